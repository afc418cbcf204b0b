package interp

// This file defines str: an immutable Go string in generalized UTF-8
// (frontend/literal's conventions), with its hash and code-point length
// cached, and O(1) indexing when the string is ASCII.

import (
	"strings"
	"sync/atomic"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/literal"
)

// StrType is str.
var StrType = Type{Name: "str"}

// Str is a str object.
type Str struct {
	Object
	s string
	// hash caches hash(s)+1 under the process key (0: not computed yet);
	// atomic because interned strings are shared between threads.
	hash atomic.Int64
	// n is the code-point count, or -1 when not computed yet.
	n     int
	ascii bool
	// runes caches the code points, made on first use. Atomic because
	// interned strings are shared by every interpreter in the process
	// (Intern computes n itself before publishing one).
	runes atomic.Pointer[[]rune]
}

// NewStr makes a str.
func NewStr(s string) *Str {
	st := &Str{Object: Object{typ: &StrType}, s: s, n: -1}
	st.ascii = isASCII(s)
	if st.ascii {
		st.n = len(s)
	}
	return st
}

// StrValue makes a str Value.
func StrValue(s string) Value { return FromObject(&NewStr(s).Object) }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// String returns the Go string.
func (s *Str) String() string { return s.s }

// Len is len(s) in code points.
func (s *Str) Len() int {
	if s.n < 0 {
		s.n = literal.RuneCount(s.s)
	}
	return s.n
}

// Hash is hash(s).
func (s *Str) Hash() int64 {
	if h := s.hash.Load(); h != 0 {
		return h - 1
	}
	h := HashStr(processHashKey, s.s)
	s.hash.Store(h + 1)
	return h
}

func (s *Str) codePoints() []rune {
	if p := s.runes.Load(); p != nil {
		return *p
	}
	rs := literal.Runes(s.s)
	s.runes.Store(&rs)
	return rs
}

// at returns the code point at index i (0 <= i < Len()) as a str.
func (s *Str) at(i int) Value {
	if s.ascii {
		return asciiChar(s.s[i])
	}
	return StrValue(literal.EncodeRune(s.codePoints()[i]))
}

// substr returns code points [i:j).
func (s *Str) substr(i, j int) string {
	if s.ascii {
		return s.s[i:j]
	}
	return literal.FromRunes(s.codePoints()[i:j])
}

// asciiStrs are the one-character ASCII strings, shared.
var asciiStrs [128]*Str

func asciiChar(c byte) Value { return FromObject(&asciiStrs[c].Object) }

// asStr returns the *Str of v when v is a str (or subclass instance).
func asStr(v Value) (*Str, bool) {
	if v.ref != nil && v.ref.typ.IsSubtype(&StrType) {
		return objectAs[Str](v.ref), true
	}
	return nil, false
}

// mustStr returns the *Str of a value known to be a str.
func mustStr(v Value) *Str { return objectAs[Str](v.ref) }

func isStr(v Value) bool { return v.ref != nil && v.ref.typ == &StrType }

func strRepr(t *Thread, v Value) (Value, error) {
	return StrValue(literal.ReprStr(mustStr(v).s)), nil
}

func strStr(t *Thread, v Value) (Value, error) {
	if v.ref.typ == &StrType {
		return v, nil
	}
	return StrValue(mustStr(v).s), nil
}

func strHash(t *Thread, v Value) (int64, error) { return mustStr(v).Hash(), nil }

// compareStrings compares by code point, which for generalized UTF-8
// byte order gives except that surrogates (ED A0..) sort like their code
// points already: the encoding is order-preserving.
func strRichCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	x, ok1 := asStr(a)
	y, ok2 := asStr(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return Bool(cmpResult(strings.Compare(x.s, y.s), op)), nil
}

// cmpResult turns a three-way comparison into the result of op.
func cmpResult(c int, op bytecode.CmpOp) bool {
	switch op {
	case bytecode.CmpLT:
		return c < 0
	case bytecode.CmpLE:
		return c <= 0
	case bytecode.CmpEQ:
		return c == 0
	case bytecode.CmpNE:
		return c != 0
	case bytecode.CmpGT:
		return c > 0
	}
	return c >= 0
}

func strLen(t *Thread, v Value) (int, error) { return mustStr(v).Len(), nil }

func strBool(t *Thread, v Value) (bool, error) { return len(mustStr(v).s) > 0, nil }

func strConcat(t *Thread, a, b Value) (Value, error) {
	y, ok := asStr(b)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "can only concatenate str (not \"%s\") to str", typeName(b))
	}
	return StrValue(mustStr(a).s + y.s), nil
}

func strRepeat(t *Thread, v Value, n int) (Value, error) {
	s := mustStr(v).s
	if n <= 0 || s == "" {
		return StrValue(""), nil
	}
	if len(s)*n/n != len(s) || len(s)*n > 1<<34 {
		return Value{}, NewError(&MemoryErrorType, "")
	}
	return StrValue(strings.Repeat(s, n)), nil
}

func strContains(t *Thread, v, item Value) (bool, error) {
	sub, ok := asStr(item)
	if !ok {
		return false, NewError(&TypeErrorType, "'in <string>' requires string as left operand, not %s", typeName(item))
	}
	return strings.Contains(mustStr(v).s, sub.s), nil
}

func strGetItem(t *Thread, v, key Value) (Value, error) {
	s := mustStr(v)
	if sl, ok := asSlice(key); ok {
		start, _, step, n, err := sl.indices(t, s.Len())
		if err != nil {
			return Value{}, err
		}
		if step == 1 {
			return StrValue(s.substr(start, start+n)), nil
		}
		var b []byte
		if s.ascii {
			for i := 0; i < n; i++ {
				b = append(b, s.s[start+i*step])
			}
		} else {
			rs := s.codePoints()
			for i := 0; i < n; i++ {
				b = literal.AppendRune(b, rs[start+i*step])
			}
		}
		return StrValue(string(b)), nil
	}
	i, err := indexArg(t, key, "string indices must be integers, not '%s'")
	if err != nil {
		return Value{}, err
	}
	n := s.Len()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Value{}, NewError(&IndexErrorType, "string index out of range")
	}
	return s.at(i), nil
}

type strIter struct {
	Object
	s *Str
	i int
}

var StrIterType = Type{Name: "str_ascii_iterator"}

func strIterate(t *Thread, v Value) (Value, error) {
	return FromObject(&(&strIter{Object: Object{typ: &StrIterType}, s: mustStr(v)}).Object), nil
}

func strIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[strIter](v.ref)
	if it.i >= it.s.Len() {
		return Value{}, nil
	}
	c := it.s.at(it.i)
	it.i++
	return c, nil
}

func init() {
	for i := range asciiStrs {
		asciiStrs[i] = NewStr(string(rune(i)))
	}
}
