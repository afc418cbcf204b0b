package interp

// This file is list.sort's algorithm: a natural merge sort in the manner of
// CPython's listsort (Objects/listsort.txt): find ascending or strictly
// descending runs, extend short runs to minrun with binary insertion, and
// merge runs in the order the powersort policy picks (CPython 3.11's).
// Only "<" is used, so the sort is stable and __lt__ is all a class needs.
//
// A comparison that raises records the error and answers "not less" from
// then on without calling Python again: the sort finishes quickly as a
// permutation of the input, which is what CPython leaves behind too.

// timsort sorts keys (and vals in step, when vals is not nil).
type timsort struct {
	t    *Thread
	keys []Value
	vals []Value // nil when the keys are the values
	err  error

	runs   []tsRun
	tmpK   []Value
	tmpV   []Value
	nItems int
}

type tsRun struct {
	start, len int
	power      int
}

func (s *timsort) less(a, b Value) bool {
	if s.err != nil {
		return false
	}
	lt, err := lessThan(s.t, a, b)
	if err != nil {
		s.err = err
		return false
	}
	return lt
}

func (s *timsort) swap(i, j int) {
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	if s.vals != nil {
		s.vals[i], s.vals[j] = s.vals[j], s.vals[i]
	}
}

// minRun is CPython's merge_compute_minrun: n's top six bits, plus one if
// any lower bit is set, so n/minrun is a power of two or just below one.
func minRun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

func (s *timsort) sort() {
	n := len(s.keys)
	s.nItems = n
	if n < 2 {
		return
	}
	minrun := minRun(n)
	for lo := 0; lo < n; {
		runLen := s.countRun(lo, n)
		if runLen < minrun {
			force := min(minrun, n-lo)
			s.binaryInsertion(lo, lo+force, lo+runLen)
			runLen = force
		}
		s.pushRun(lo, runLen)
		lo += runLen
	}
	for len(s.runs) > 1 {
		s.mergeAt(len(s.runs) - 2)
	}
}

// countRun returns the length of the run starting at lo, reversing it in
// place when it is strictly descending (strictness keeps the sort stable).
func (s *timsort) countRun(lo, hi int) int {
	if lo+1 == hi {
		return 1
	}
	k := s.keys
	i := lo + 1
	if s.less(k[i], k[lo]) {
		for i+1 < hi && s.less(k[i+1], k[i]) {
			i++
		}
		for a, b := lo, i; a < b; a, b = a+1, b-1 {
			s.swap(a, b)
		}
	} else {
		for i+1 < hi && !s.less(k[i+1], k[i]) {
			i++
		}
	}
	return i + 1 - lo
}

// binaryInsertion sorts [lo, hi) given that [lo, start) is sorted.
func (s *timsort) binaryInsertion(lo, hi, start int) {
	k, v := s.keys, s.vals
	for i := start; i < hi; i++ {
		pk := k[i]
		// The first position whose key is greater than pk keeps equal
		// keys in their original order.
		l, r := lo, i
		for l < r {
			m := int(uint(l+r) >> 1)
			if s.less(pk, k[m]) {
				r = m
			} else {
				l = m + 1
			}
		}
		copy(k[l+1:i+1], k[l:i])
		k[l] = pk
		if v != nil {
			pv := v[i]
			copy(v[l+1:i+1], v[l:i])
			v[l] = pv
		}
	}
}

// runPower is the powersort priority of the boundary between the run
// [s1, s1+n1) and the run that follows it (n2 long) in an array of n: the
// number of leading bits the two runs' midpoints (as fractions of n) share,
// plus one. Deeper boundaries are merged first.
func runPower(s1, n1, n2, n int) int {
	a := 2*s1 + n1 // twice A's midpoint
	b := a + n1 + n2
	p := 0
	for {
		p++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			return p
		}
		a <<= 1
		b <<= 1
	}
}

func (s *timsort) pushRun(start, n int) {
	if len(s.runs) > 0 {
		top := &s.runs[len(s.runs)-1]
		p := runPower(top.start, top.len, n, s.nItems)
		for len(s.runs) > 1 && s.runs[len(s.runs)-2].power > p {
			s.mergeAt(len(s.runs) - 2)
		}
		s.runs[len(s.runs)-1].power = p
	}
	s.runs = append(s.runs, tsRun{start: start, len: n})
}

// mergeAt merges runs i and i+1 into run i.
func (s *timsort) mergeAt(i int) {
	a, b := s.runs[i], s.runs[i+1]
	s.runs[i].len = a.len + b.len
	s.runs[i].power = b.power
	s.runs = append(s.runs[:i+1], s.runs[i+2:]...)
	k := s.keys
	// Elements of A already <= B[0] and of B already >= A's last stay put.
	lo, mid, hi := a.start, a.start+a.len, b.start+b.len
	bk0 := k[mid]
	lo = s.gallopLeft(lo, mid, func(x Value) bool { return !s.less(bk0, x) })
	if lo == mid {
		return
	}
	ak := k[mid-1]
	hi = s.gallopRight(mid, hi, func(x Value) bool { return s.less(x, ak) })
	if mid-lo <= hi-mid {
		s.mergeLo(lo, mid, hi)
	} else {
		s.mergeHi(lo, mid, hi)
	}
}

// mergeLo merges [lo, mid) and [mid, hi) copying the shorter left run out.
func (s *timsort) mergeLo(lo, mid, hi int) {
	k, v := s.keys, s.vals
	s.tmpK = append(s.tmpK[:0], k[lo:mid]...)
	if v != nil {
		s.tmpV = append(s.tmpV[:0], v[lo:mid]...)
	}
	tk, tv := s.tmpK, s.tmpV
	i, j, d := 0, mid, lo
	for i < len(tk) && j < hi {
		if s.less(k[j], tk[i]) {
			k[d] = k[j]
			if v != nil {
				v[d] = v[j]
			}
			j++
		} else {
			k[d] = tk[i]
			if v != nil {
				v[d] = tv[i]
			}
			i++
		}
		d++
	}
	copy(k[d:], tk[i:])
	if v != nil {
		copy(v[d:], tv[i:])
	}
}

// mergeHi merges [lo, mid) and [mid, hi) from the right, copying the
// shorter right run out.
func (s *timsort) mergeHi(lo, mid, hi int) {
	k, v := s.keys, s.vals
	s.tmpK = append(s.tmpK[:0], k[mid:hi]...)
	if v != nil {
		s.tmpV = append(s.tmpV[:0], v[mid:hi]...)
	}
	tk, tv := s.tmpK, s.tmpV
	i, j, d := mid-1, len(tk)-1, hi-1
	for i >= lo && j >= 0 {
		if s.less(tk[j], k[i]) {
			k[d] = k[i]
			if v != nil {
				v[d] = v[i]
			}
			i--
		} else {
			k[d] = tk[j]
			if v != nil {
				v[d] = tv[j]
			}
			j--
		}
		d--
	}
	copy(k[lo:d+1], tk[:j+1])
	if v != nil {
		copy(v[lo:d+1], tv[:j+1])
	}
}

// gallopLeft returns the first index in [lo, hi) where pred fails, given
// that pred holds on a prefix of the range. It probes lo, lo+1, lo+3, ...
// then bisects, so an answer near lo costs few comparisons.
func (s *timsort) gallopLeft(lo, hi int, pred func(Value) bool) int {
	k := s.keys
	prev, ofs := -1, 0
	for lo+ofs < hi && pred(k[lo+ofs]) {
		prev, ofs = ofs, ofs*2+1
	}
	l, r := lo+prev+1, min(lo+ofs, hi)
	for l < r {
		m := int(uint(l+r) >> 1)
		if pred(k[m]) {
			l = m + 1
		} else {
			r = m
		}
	}
	return l
}

// gallopRight is gallopLeft probing from the right end: the first index in
// [lo, hi) where pred fails, pred holding on a prefix.
func (s *timsort) gallopRight(lo, hi int, pred func(Value) bool) int {
	k := s.keys
	prev, ofs := -1, 0
	for hi-1-ofs >= lo && !pred(k[hi-1-ofs]) {
		prev, ofs = ofs, ofs*2+1
	}
	// pred fails at hi-1-prev (or prev is -1) and holds at hi-1-ofs.
	l, r := max(hi-ofs, lo), hi-1-prev
	for l < r {
		m := int(uint(l+r) >> 1)
		if pred(k[m]) {
			l = m + 1
		} else {
			r = m
		}
	}
	return l
}
