package bz2

// This file sorts a block's cyclic rotations for the Burrows-Wheeler
// transform. The order of distinct rotations is unique, but a periodic
// block has equal rotations, and their order decides the stream's
// origPtr; libbzip2 sorts such blocks with its "fallback" algorithm
// (prefix doubling over bucket headers, with a three-way quicksort whose
// pivot choice follows a fixed pseudo-random sequence), so this file
// performs the same procedure to leave equal rotations in the same
// order.

// sortRotations returns the start positions of block's rotations in
// sorted order.
func sortRotations(block []byte) []int32 {
	n := len(block)
	fmap := make([]int32, n)
	eclass := make([]int32, n)
	// bh marks the first position of each bucket; extra words past n
	// hold the sentinel pattern that stops the bucket scan.
	bh := make([]uint32, 2+(n+64)/32+2)
	set := func(i int) { bh[i>>5] |= 1 << (uint(i) & 31) }
	clear := func(i int) { bh[i>>5] &^= 1 << (uint(i) & 31) }
	isSet := func(i int) bool { return bh[i>>5]&(1<<(uint(i)&31)) != 0 }

	var ftab [257]int
	for _, c := range block {
		ftab[c]++
	}
	for i := 1; i < 257; i++ {
		ftab[i] += ftab[i-1]
	}
	for i, c := range block {
		ftab[c]--
		fmap[ftab[c]] = int32(i)
	}
	for i := 0; i < 256; i++ {
		set(ftab[i])
	}
	for i := 0; i < 32; i++ {
		set(n + 2*i)
		clear(n + 2*i + 1)
	}

	var q qsorter
	for h := 1; ; h *= 2 {
		j := 0
		for i := 0; i < n; i++ {
			if isSet(i) {
				j = i
			}
			k := int(fmap[i]) - h
			if k < 0 {
				k += n
			}
			eclass[k] = int32(j)
		}
		notDone := 0
		r := -1
		for {
			// The next bucket of more than one entry is [l, r].
			k := r + 1
			for isSet(k) && k&31 != 0 {
				k++
			}
			if isSet(k) {
				for bh[k>>5] == 0xffffffff {
					k += 32
				}
				for isSet(k) {
					k++
				}
			}
			l := k - 1
			if l >= n {
				break
			}
			for !isSet(k) && k&31 != 0 {
				k++
			}
			if !isSet(k) {
				for bh[k>>5] == 0 {
					k += 32
				}
				for !isSet(k) {
					k++
				}
			}
			r = k - 1
			if r >= n {
				break
			}
			if r > l {
				notDone += r - l + 1
				q.sort(fmap, eclass, l, r)
				cc := int32(-1)
				for i := l; i <= r; i++ {
					if c := eclass[fmap[i]]; c != cc {
						set(i)
						cc = c
					}
				}
			}
		}
		if h*2 > n || notDone == 0 {
			break
		}
	}
	return fmap
}

// qsorter is a three-way quicksort of fmap[lo..hi] by eclass, with an
// insertion sort for short ranges.
type qsorter struct {
	lo, hi []int
}

func (q *qsorter) sort(fmap, eclass []int32, loSt, hiSt int) {
	// The pivot sequence restarts for every bucket.
	var rnd uint32
	q.lo, q.hi = append(q.lo[:0], loSt), append(q.hi[:0], hiSt)
	for len(q.lo) > 0 {
		lo, hi := q.lo[len(q.lo)-1], q.hi[len(q.hi)-1]
		q.lo, q.hi = q.lo[:len(q.lo)-1], q.hi[:len(q.hi)-1]
		if hi-lo < 10 {
			simpleSort(fmap, eclass, lo, hi)
			continue
		}
		rnd = (rnd*7621 + 1) % 32768
		var med int32
		switch rnd % 3 {
		case 0:
			med = eclass[fmap[lo]]
		case 1:
			med = eclass[fmap[(lo+hi)>>1]]
		default:
			med = eclass[fmap[hi]]
		}
		unLo, ltLo := lo, lo
		unHi, gtHi := hi, hi
		for {
			for unLo <= unHi {
				d := eclass[fmap[unLo]] - med
				if d == 0 {
					fmap[unLo], fmap[ltLo] = fmap[ltLo], fmap[unLo]
					ltLo++
					unLo++
					continue
				}
				if d > 0 {
					break
				}
				unLo++
			}
			for unLo <= unHi {
				d := eclass[fmap[unHi]] - med
				if d == 0 {
					fmap[unHi], fmap[gtHi] = fmap[gtHi], fmap[unHi]
					gtHi--
					unHi--
					continue
				}
				if d < 0 {
					break
				}
				unHi--
			}
			if unLo > unHi {
				break
			}
			fmap[unLo], fmap[unHi] = fmap[unHi], fmap[unLo]
			unLo++
			unHi--
		}
		if gtHi < ltLo {
			continue
		}
		m := min(ltLo-lo, unLo-ltLo)
		swapRuns(fmap, lo, unLo-m, m)
		m2 := min(hi-gtHi, gtHi-unHi)
		swapRuns(fmap, unLo, hi-m2+1, m2)
		nEnd := lo + unLo - ltLo - 1
		mStart := hi - (gtHi - unHi) + 1
		if nEnd-lo > hi-mStart {
			q.lo, q.hi = append(q.lo, lo, mStart), append(q.hi, nEnd, hi)
		} else {
			q.lo, q.hi = append(q.lo, mStart, lo), append(q.hi, hi, nEnd)
		}
	}
}

func swapRuns(fmap []int32, a, b, n int) {
	for ; n > 0; n-- {
		fmap[a], fmap[b] = fmap[b], fmap[a]
		a++
		b++
	}
}

// simpleSort is an insertion sort with a stride-4 pass first, in the
// order libbzip2's fallbackSimpleSort visits entries.
func simpleSort(fmap, eclass []int32, lo, hi int) {
	if lo == hi {
		return
	}
	if hi-lo > 3 {
		for i := hi - 4; i >= lo; i-- {
			tmp := fmap[i]
			ec := eclass[tmp]
			j := i + 4
			for ; j <= hi && ec > eclass[fmap[j]]; j += 4 {
				fmap[j-4] = fmap[j]
			}
			fmap[j-4] = tmp
		}
	}
	for i := hi - 1; i >= lo; i-- {
		tmp := fmap[i]
		ec := eclass[tmp]
		j := i + 1
		for ; j <= hi && ec > eclass[fmap[j]]; j++ {
			fmap[j-1] = fmap[j]
		}
		fmap[j-1] = tmp
	}
}
