package interp

// This file holds the non-mutating methods bytes and bytearray share
// (CPython's Objects/bytes_methods.c plus the split/strip/replace family).
// Methods returning byte strings return the receiver's type.

import (
	"bytes"
	"math"
)

// bytesMethod is a method body: self is the receiver, b its data.
type bytesMethod func(t *Thread, self Value, b []byte, args []Value) (Value, error)

// isASCIISpace is bytes.isspace for one byte.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isAlphaByte(c byte) bool { return isLowerByte(c) || isUpperByte(c) }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// byteSubArg is the sub argument of find/count/index: bytes-like or an
// int in range(256).
func byteSubArg(t *Thread, v Value) ([]byte, error) {
	if b, ok := bytesData(v); ok {
		return b, nil
	}
	if !isIntLike(v) && v.Type().Slots.Index == nil {
		return nil, NewError(&TypeErrorType, "argument should be integer or bytes-like object, not '%s'", typeName(v))
	}
	c, err := byteValue(t, v)
	if err != nil {
		return nil, err
	}
	return []byte{c}, nil
}

// byteRange resolves optional start/end arguments against length n;
// ok is false when the range is empty past the end (start > n).
func byteRange(t *Thread, n int, args []Value) (int, int, error) {
	start, end := 0, n
	if len(args) > 0 && !args[0].IsNone() {
		i, err := sliceIndex(t, args[0])
		if err != nil {
			return 0, 0, err
		}
		start = i
	}
	if len(args) > 1 && !args[1].IsNone() {
		i, err := sliceIndex(t, args[1])
		if err != nil {
			return 0, 0, err
		}
		end = i
	}
	// CPython's ADJUST_INDICES: start is not clamped to n, so that
	// find(b'', 100) can fail.
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end, nil
}

// bytesFind is find/rfind: the index of sub in b[start:end] or -1.
func bytesFind(t *Thread, b []byte, args []Value, reverse bool) (int, error) {
	sub, err := byteSubArg(t, args[0])
	if err != nil {
		return 0, err
	}
	start, end, err := byteRange(t, len(b), args[1:])
	if err != nil {
		return 0, err
	}
	if end-start < len(sub) || start > len(b) {
		return -1, nil
	}
	var i int
	if reverse {
		i = bytes.LastIndex(b[start:end], sub)
	} else {
		i = bytes.Index(b[start:end], sub)
	}
	if i < 0 {
		return -1, nil
	}
	return start + i, nil
}

// bytesSplitWhite splits on runs of ASCII whitespace; max < 0 is no limit.
func bytesSplitWhite(b []byte, max int, reverse bool) [][]byte {
	var out [][]byte
	if !reverse {
		i := 0
		for {
			for i < len(b) && isASCIISpace(b[i]) {
				i++
			}
			if i >= len(b) {
				return out
			}
			if max >= 0 && len(out) == max {
				return append(out, b[i:])
			}
			j := i
			for j < len(b) && !isASCIISpace(b[j]) {
				j++
			}
			out = append(out, b[i:j])
			i = j
		}
	}
	j := len(b)
	for {
		for j > 0 && isASCIISpace(b[j-1]) {
			j--
		}
		if j <= 0 {
			break
		}
		if max >= 0 && len(out) == max {
			out = append(out, b[:j])
			break
		}
		i := j
		for i > 0 && !isASCIISpace(b[i-1]) {
			i--
		}
		out = append(out, b[i:j])
		j = i
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

func bytesSplit(t *Thread, self Value, b []byte, args []Value, kwnames []string, reverse bool) (Value, error) {
	name := "split"
	if reverse {
		name = "rsplit"
	}
	pos, kw, err := kwArgs(name, args, kwnames, "sep", "maxsplit")
	if err != nil {
		return Value{}, err
	}
	if len(pos) > 2 {
		return Value{}, NewError(&TypeErrorType, "%s() takes at most 2 arguments (%d given)", name, len(pos))
	}
	sepV, maxV := None, Int(-1)
	if len(pos) > 0 {
		sepV = pos[0]
	}
	if len(pos) > 1 {
		maxV = pos[1]
	}
	if v, ok := kw["sep"]; ok {
		sepV = v
	}
	if v, ok := kw["maxsplit"]; ok {
		maxV = v
	}
	max, err := bytesSsizeArg(t, maxV)
	if err != nil {
		return Value{}, err
	}
	var parts [][]byte
	if sepV.IsNone() {
		parts = bytesSplitWhite(b, max, reverse)
	} else {
		sep, err := bufferArg(sepV)
		if err != nil {
			return Value{}, err
		}
		if len(sep) == 0 {
			return Value{}, NewError(&ValueErrorType, "empty separator")
		}
		if max < 0 {
			parts = bytes.Split(b, sep)
		} else if !reverse {
			parts = bytes.SplitN(b, sep, max+1)
		} else {
			rest := b
			for len(parts) < max {
				i := bytes.LastIndex(rest, sep)
				if i < 0 {
					break
				}
				parts = append(parts, rest[i+len(sep):])
				rest = rest[:i]
			}
			parts = append(parts, rest)
			for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
				parts[l], parts[r] = parts[r], parts[l]
			}
		}
	}
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = newLike(self, append([]byte{}, p...))
	}
	return NewListValue(items), nil
}

// bytesStrip is strip/lstrip/rstrip (which: 'b', 'l' or 'r').
func bytesStrip(self Value, b []byte, args []Value, which byte, name string) (Value, error) {
	in := isASCIISpace
	if len(args) > 0 && !args[0].IsNone() {
		chars, ok := bytesData(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(args[0]))
		}
		in = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
	}
	i, j := 0, len(b)
	if which != 'r' {
		for i < j && in(b[i]) {
			i++
		}
	}
	if which != 'l' {
		for j > i && in(b[j-1]) {
			j--
		}
	}
	return newLike(self, append([]byte{}, b[i:j]...)), nil
}

// bytesAffix is startswith/endswith.
func bytesAffix(t *Thread, b []byte, args []Value, name string, end bool) (Value, error) {
	start, stop, err := byteRange(t, len(b), args[1:])
	if err != nil {
		return Value{}, err
	}
	test := func(p []byte) bool {
		if start > len(b) || stop-start < len(p) {
			return false
		}
		s := b[start:stop]
		if end {
			return bytes.HasSuffix(s, p)
		}
		return bytes.HasPrefix(s, p)
	}
	if tu, ok := asTuple(args[0]); ok {
		for _, x := range tu.items {
			p, ok := bytesData(x)
			if !ok {
				return Value{}, NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(x))
			}
			if test(p) {
				return True, nil
			}
		}
		return False, nil
	}
	p, ok := bytesData(args[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, typeName(args[0]))
	}
	return Bool(test(p)), nil
}

func bytesPad(t *Thread, self Value, b []byte, args []Value, name string) (Value, error) {
	width, err := bytesSsizeArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	fill := byte(' ')
	if len(args) > 1 {
		f, ok := bytesData(args[1])
		if !ok || len(f) != 1 {
			return Value{}, NewError(&TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, typeName(args[1]))
		}
		fill = f[0]
	}
	if width <= len(b) {
		return newLike(self, append([]byte{}, b...)), nil
	}
	if width > maxBytesLen {
		return Value{}, NewError(&MemoryErrorType, "")
	}
	pad := width - len(b)
	var left int
	switch name {
	case "rjust":
		left = pad
	case "center":
		left = pad/2 + (pad & width & 1)
	}
	out := bytes.Repeat([]byte{fill}, width)
	copy(out[left:], b)
	return newLike(self, out), nil
}

func bytesPartition(self Value, b []byte, sepV Value, reverse bool) (Value, error) {
	sep, err := bufferArg(sepV)
	if err != nil {
		return Value{}, err
	}
	if len(sep) == 0 {
		return Value{}, NewError(&ValueErrorType, "empty separator")
	}
	mk := func(p []byte) Value { return newLike(self, append([]byte{}, p...)) }
	var i int
	if reverse {
		i = bytes.LastIndex(b, sep)
		if i < 0 {
			return NewTupleValue([]Value{mk(nil), mk(nil), mk(b)}), nil
		}
	} else {
		i = bytes.Index(b, sep)
		if i < 0 {
			return NewTupleValue([]Value{mk(b), mk(nil), mk(nil)}), nil
		}
	}
	return NewTupleValue([]Value{mk(b[:i]), mk(sep), mk(b[i+len(sep):])}), nil
}

func bytesJoin(t *Thread, self Value, b []byte, iterable Value) (Value, error) {
	if iterable.Type().Slots.Iter == nil && iterable.Type().Lookup(Intern("__getitem__")).IsNull() {
		return Value{}, NewError(&TypeErrorType, "can only join an iterable")
	}
	items, err := iterateToSlice(t, iterable)
	if err != nil {
		return Value{}, err
	}
	var out []byte
	for i, x := range items {
		p, ok := bytesData(x)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, typeName(x))
		}
		if i > 0 {
			out = append(out, b...)
		}
		out = append(out, p...)
	}
	if out == nil {
		out = []byte{}
	}
	return newLike(self, out), nil
}

func bytesReplace(t *Thread, self Value, b []byte, args []Value) (Value, error) {
	old, err := bufferArg(args[0])
	if err != nil {
		return Value{}, err
	}
	nw, err := bufferArg(args[1])
	if err != nil {
		return Value{}, err
	}
	n := -1
	if len(args) > 2 {
		if n, err = bytesSsizeArg(t, args[2]); err != nil {
			return Value{}, err
		}
	}
	return newLike(self, bytes.Replace(append([]byte{}, b...), old, nw, n)), nil
}

func bytesHex(t *Thread, b []byte, args []Value) (Value, error) {
	const digits = "0123456789abcdef"
	if len(args) == 0 {
		out := make([]byte, 0, 2*len(b))
		for _, c := range b {
			out = append(out, digits[c>>4], digits[c&15])
		}
		return StrValue(string(out)), nil
	}
	var sep []byte
	if s, ok := asStr(args[0]); ok {
		sep = []byte(s.s)
	} else if s, ok := bytesData(args[0]); ok {
		sep = s
	} else {
		return Value{}, NewError(&TypeErrorType, "sep must be str or bytes.")
	}
	if len(sep) != 1 {
		return Value{}, NewError(&ValueErrorType, "sep must be length 1.")
	}
	if sep[0] >= 0x80 {
		return Value{}, NewError(&ValueErrorType, "sep must be ASCII.")
	}
	per := 1
	if len(args) > 1 {
		iv, err := indexValue(t, args[1], "")
		if err != nil {
			return Value{}, err
		}
		n, ok := smallInt(iv)
		if !ok || n > math.MaxInt32 || n < math.MinInt32 {
			return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C int")
		}
		per = int(n)
	}
	if per > len(b) {
		per = len(b) + 1
	} else if per < -len(b) {
		per = -len(b) - 1
	}
	var groups [][]byte
	if per == 0 {
		groups = [][]byte{b}
	} else if per > 0 {
		// Groups count from the right.
		for j := len(b); j > 0; j -= per {
			i := j - per
			if i < 0 {
				i = 0
			}
			groups = append([][]byte{b[i:j]}, groups...)
		}
	} else {
		for i := 0; i < len(b); i += -per {
			j := i - per
			if j > len(b) {
				j = len(b)
			}
			groups = append(groups, b[i:j])
		}
	}
	var out []byte
	for k, g := range groups {
		if k > 0 {
			out = append(out, sep[0])
		}
		for _, c := range g {
			out = append(out, digits[c>>4], digits[c&15])
		}
	}
	return StrValue(string(out)), nil
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func bytesFromHex(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("fromhex", args, kw, 1); err != nil {
		return Value{}, err
	}
	s, ok := asStr(args[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "fromhex() argument must be str, not %s", typeName(args[0]))
	}
	var out []byte
	str := s.s
	for i := 0; i < len(str); {
		if isASCIISpace(str[i]) {
			i++
			continue
		}
		hi := hexVal(str[i])
		if hi < 0 {
			return Value{}, NewError(&ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", s.cpIndex(i))
		}
		if i+1 >= len(str) || hexVal(str[i+1]) < 0 {
			return Value{}, NewError(&ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", s.cpIndex(i+1))
		}
		out = append(out, byte(hi<<4|hexVal(str[i+1])))
		i += 2
	}
	if out == nil {
		out = []byte{}
	}
	if tp, ok := asType(cls); ok && tp.IsSubtype(&ByteArrayType) {
		return ByteArrayValue(out), nil
	}
	return BytesValue(out), nil
}

func bytesTranslate(t *Thread, self Value, b []byte, args []Value) (Value, error) {
	var table []byte
	if !args[0].IsNone() {
		tb, err := bufferArg(args[0])
		if err != nil {
			return Value{}, err
		}
		if len(tb) != 256 {
			return Value{}, NewError(&ValueErrorType, "translation table must be 256 characters long")
		}
		table = tb
	}
	var del []byte
	if len(args) > 1 {
		d, err := bufferArg(args[1])
		if err != nil {
			return Value{}, err
		}
		del = d
	}
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if bytes.IndexByte(del, c) >= 0 {
			continue
		}
		if table != nil {
			c = table[c]
		}
		out = append(out, c)
	}
	return newLike(self, out), nil
}

func bytesMakeTrans(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("maketrans", args, kw, 2); err != nil {
		return Value{}, err
	}
	from, err := bufferArg(args[0])
	if err != nil {
		return Value{}, err
	}
	to, err := bufferArg(args[1])
	if err != nil {
		return Value{}, err
	}
	if len(from) != len(to) {
		return Value{}, NewError(&ValueErrorType, "maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i, c := range from {
		table[c] = to[i]
	}
	return BytesValue(table), nil
}

// mapBytes applies f to every byte (upper, lower, swapcase).
func mapBytes(b []byte, f func(c byte) byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = f(c)
	}
	return out
}

func toUpperByte(c byte) byte {
	if isLowerByte(c) {
		return c - 32
	}
	return c
}

func toLowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + 32
	}
	return c
}

// allBytes is the is* predicates: false for empty b.
func allBytes(b []byte, f func(c byte) bool) Value {
	if len(b) == 0 {
		return False
	}
	for _, c := range b {
		if !f(c) {
			return False
		}
	}
	return True
}

// casedBytes is islower/isupper: some cased byte, none of the other case.
func casedBytes(b []byte, want, other func(c byte) bool) Value {
	cased := false
	for _, c := range b {
		if other(c) {
			return False
		}
		if want(c) {
			cased = true
		}
	}
	return Bool(cased)
}

func bytesTitle(b []byte) []byte {
	out := make([]byte, len(b))
	prevCased := false
	for i, c := range b {
		if prevCased {
			out[i] = toLowerByte(c)
		} else {
			out[i] = toUpperByte(c)
		}
		prevCased = isAlphaByte(c)
	}
	return out
}

func bytesIsTitle(b []byte) Value {
	cased, prev := false, false
	for _, c := range b {
		switch {
		case isUpperByte(c):
			if prev {
				return False
			}
			prev, cased = true, true
		case isLowerByte(c):
			if !prev {
				return False
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return Bool(cased)
}

func bytesSplitLines(self Value, b []byte, keep bool) Value {
	var items []Value
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] != '\n' && b[j] != '\r' {
			j++
		}
		eol := j
		if j < len(b) {
			if b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
		}
		if keep {
			eol = j
		}
		items = append(items, newLike(self, append([]byte{}, b[i:eol]...)))
		i = j
	}
	return NewListValue(items)
}

// maxBytesLen bounds the results we agree to build, so that absurd sizes
// raise MemoryError instead of exhausting memory.
const maxBytesLen = 1 << 31

func bytesExpandTabs(b []byte, size int) ([]byte, error) {
	var out []byte
	col := 0
	for _, c := range b {
		switch c {
		case '\t':
			if size > 0 {
				n := size - col%size
				if col+n > maxBytesLen || len(out)+n > maxBytesLen {
					return nil, NewError(&OverflowErrorType, "result too long")
				}
				out = append(out, bytes.Repeat([]byte{' '}, n)...)
				col += n
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

func bytesZfill(b []byte, width int) ([]byte, error) {
	if width <= len(b) {
		return append([]byte{}, b...), nil
	}
	if width > maxBytesLen {
		return nil, NewError(&MemoryErrorType, "")
	}
	fill := width - len(b)
	out := append(bytes.Repeat([]byte{'0'}, fill), b...)
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		out[0] = b[0]
		out[fill] = '0'
	}
	return out, nil
}
