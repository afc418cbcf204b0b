package astopt

// Operations on str, bytes and tuple constants: concatenation, repetition
// and indexing.

import (
	"math/big"
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/literal"
)

// maxSsize is PY_SSIZE_T_MAX on the 64-bit platforms CPython runs on.
const maxSsize = 1<<63 - 1

// concat is + on two sequences of the same type.
func concat(l, r ast.Value) (ast.Value, bool) {
	switch l := l.(type) {
	case ast.Str:
		if r, ok := r.(ast.Str); ok {
			return l + r, true
		}
	case ast.Bytes:
		if r, ok := r.(ast.Bytes); ok {
			return l + r, true
		}
	case ast.TupleValue:
		if r, ok := r.(ast.TupleValue); ok {
			out := make(ast.TupleValue, 0, len(l)+len(r))
			return append(append(out, l...), r...), true
		}
	}
	return nil, false
}

// seqLen is len() of a str, bytes, tuple or frozenset constant.
func seqLen(v ast.Value) (int, bool) {
	switch v := v.(type) {
	case ast.Str:
		return literal.RuneCount(string(v)), true
	case ast.Bytes:
		return len(v), true
	case ast.TupleValue:
		return len(v), true
	case ast.FrozenSetValue:
		return len(v), true
	}
	return 0, false
}

// repeat is seq * n (sequence_repeat). n must fit in a Py_ssize_t (else
// OverflowError); a negative count gives an empty sequence. The caller has
// already applied the folding size limits, except for empty sequences.
func repeat(seq ast.Value, n *big.Int) (ast.Value, bool) {
	if !n.IsInt64() {
		return nil, false // OverflowError: cannot fit 'int' into an index-sized integer
	}
	count := n.Int64()
	if count < 0 {
		count = 0
	}
	size, _ := seqLen(seq)
	if size > 0 && count > int64(maxSsize/size) {
		return nil, false // MemoryError
	}
	if size == 0 {
		count = 0 // the result is empty whatever the count
	}
	switch s := seq.(type) {
	case ast.Str:
		return ast.Str(strings.Repeat(string(s), int(count))), true
	case ast.Bytes:
		return ast.Bytes(strings.Repeat(string(s), int(count))), true
	case ast.TupleValue:
		out := make(ast.TupleValue, 0, len(s)*int(count))
		for i := int64(0); i < count; i++ {
			out = append(out, s...)
		}
		return out, true
	}
	return nil, false
}

// subscript is PyObject_GetItem(container, index) for constants: only
// str, bytes and tuple with an int (or bool) index fold.
func subscript(container, index ast.Value) (ast.Value, bool) {
	idx, ok := asInt(index)
	if !ok || !idx.IsInt64() {
		return nil, false // TypeError, or IndexError for a huge index
	}
	i := idx.Int64()
	switch c := container.(type) {
	case ast.Str:
		runes := literal.Runes(string(c))
		if i, ok := wrapIndex(i, len(runes)); ok {
			return ast.Str(literal.EncodeRune(runes[i])), true
		}
	case ast.Bytes:
		if i, ok := wrapIndex(i, len(c)); ok {
			return big.NewInt(int64(c[i])), true
		}
	case ast.TupleValue:
		if i, ok := wrapIndex(i, len(c)); ok {
			return c[i], true
		}
	}
	return nil, false
}

// wrapIndex applies Python's negative-index rule and the bounds check.
func wrapIndex(i int64, n int) (int, bool) {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, false // IndexError
	}
	return int(i), true
}
