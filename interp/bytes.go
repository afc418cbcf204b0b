package interp

// This file defines bytes and bytearray: the objects, their constructors
// and their data-model slots. Both hold a Go []byte; bytes never mutates
// its slice after construction. Most slots are shared: an operation on a
// bytearray returns a bytearray, as in CPython.

import (
	"bytes"
	"math"
	"sync/atomic"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/literal"
)

// BytesType is bytes, ByteArrayType bytearray.
var (
	BytesType         = Type{Name: "bytes"}
	ByteArrayType     = Type{Name: "bytearray"}
	BytesIterType     = Type{Name: "bytes_iterator"}
	ByteArrayIterType = Type{Name: "bytearray_iterator"}
)

// Bytes is a bytes object.
type Bytes struct {
	Object
	b []byte
	// hash caches hash(b)+1 (0: not computed yet).
	hash atomic.Int64
}

// ByteArray is a bytearray object.
type ByteArray struct {
	Object
	b []byte
}

// NewBytes makes a bytes object that owns b.
func NewBytes(b []byte) *Bytes { return &Bytes{Object: Object{typ: &BytesType}, b: b} }

// BytesValue makes a bytes Value that owns b.
func BytesValue(b []byte) Value { return FromObject(&NewBytes(b).Object) }

// ByteArrayValue makes a bytearray Value that owns b.
func ByteArrayValue(b []byte) Value {
	return FromObject(&(&ByteArray{Object: Object{typ: &ByteArrayType}, b: b}).Object)
}

// Data returns the bytes (which the caller must not modify).
func (b *Bytes) Data() []byte { return b.b }

// bytesData returns the buffer of a bytes or bytearray value.
func bytesData(v Value) ([]byte, bool) {
	if v.ref == nil {
		return nil, false
	}
	if v.ref.typ.IsSubtype(&BytesType) {
		return objectAs[Bytes](v.ref).b, true
	}
	if v.ref.typ.IsSubtype(&ByteArrayType) {
		return objectAs[ByteArray](v.ref).b, true
	}
	if v.ref.typ == &MemoryViewType {
		return memoryViewBytes(v)
	}
	return nil, false
}

func isByteArray(v Value) bool { return v.ref != nil && v.ref.typ.IsSubtype(&ByteArrayType) }

// newLike makes a bytes or bytearray, whichever like is.
func newLike(like Value, b []byte) Value {
	if isByteArray(like) {
		return ByteArrayValue(b)
	}
	return BytesValue(b)
}

func mustData(v Value) []byte {
	b, _ := bytesData(v)
	return b
}

func bytesRepr(t *Thread, v Value) (Value, error) {
	r := literal.ReprBytes(string(mustData(v)))
	if isByteArray(v) {
		return StrValue(v.Type().Name + "(" + r + ")"), nil
	}
	return StrValue(r), nil
}

func bytesHash(t *Thread, v Value) (int64, error) {
	b := objectAs[Bytes](v.ref)
	if h := b.hash.Load(); h != 0 {
		return h - 1, nil
	}
	h := HashBytes(processHashKey, b.b)
	b.hash.Store(h + 1)
	return h, nil
}

func bytesRichCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	x, ok1 := bytesData(a)
	y, ok2 := bytesData(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return Bool(cmpResult(bytes.Compare(x, y), op)), nil
}

func bytesLen(t *Thread, v Value) (int, error) { return len(mustData(v)), nil }

func bytesBool(t *Thread, v Value) (bool, error) { return len(mustData(v)) > 0, nil }

// bufferArg returns the bytes of a bytes-like argument, with CPython's
// "a bytes-like object is required" message otherwise.
func bufferArg(v Value) ([]byte, error) {
	if b, ok := bytesData(v); ok {
		return b, nil
	}
	return nil, NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(v))
}

func bytesConcat(t *Thread, a, b Value) (Value, error) {
	x, ok := bytesData(a)
	if !ok {
		return NotImplemented, nil
	}
	y, ok := bytesData(b)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "can't concat %s to %s", typeName(b), typeName(a))
	}
	out := make([]byte, 0, len(x)+len(y))
	return newLike(a, append(append(out, x...), y...)), nil
}

func bytesRepeat(t *Thread, v Value, n int) (Value, error) {
	b := mustData(v)
	if n <= 0 || len(b) == 0 {
		return newLike(v, []byte{}), nil
	}
	if n > math.MaxInt64/len(b) {
		return Value{}, NewError(&OverflowErrorType, "repeated bytes are too long")
	}
	if len(b)*n > maxBytesLen {
		return Value{}, NewError(&MemoryErrorType, "")
	}
	return newLike(v, bytes.Repeat(b, n)), nil
}

// byteValue converts an int-like value to a byte, with CPython's messages.
func byteValue(t *Thread, v Value) (byte, error) {
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	i, ok := smallInt(iv)
	if !ok || i < 0 || i > 255 {
		return 0, NewError(&ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(i), nil
}

func bytesContains(t *Thread, v, item Value) (bool, error) {
	b := mustData(v)
	if sub, ok := bytesData(item); ok {
		return bytes.Contains(b, sub), nil
	}
	if !isIntLike(item) && item.Type().Slots.Index == nil {
		return false, NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(item))
	}
	c, err := byteValue(t, item)
	if err != nil {
		return false, err
	}
	return bytes.IndexByte(b, c) >= 0, nil
}

func bytesGetItem(t *Thread, v, key Value) (Value, error) {
	b := mustData(v)
	if sl, ok := asSlice(key); ok {
		start, _, step, n, err := sl.indices(t, len(b))
		if err != nil {
			return Value{}, err
		}
		out := make([]byte, n)
		for i := range out {
			out[i] = b[start+i*step]
		}
		return newLike(v, out), nil
	}
	what := "byte"
	if isByteArray(v) {
		what = "bytearray"
	}
	i, err := indexArg(t, key, what+" indices must be integers or slices, not %s")
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		i += len(b)
	}
	if i < 0 || i >= len(b) {
		if isByteArray(v) {
			return Value{}, NewError(&IndexErrorType, "bytearray index out of range")
		}
		return Value{}, NewError(&IndexErrorType, "index out of range")
	}
	return Int(int64(b[i])), nil
}

type bytesIter struct {
	Object
	seq Value
	i   int
}

func bytesIterate(t *Thread, v Value) (Value, error) {
	typ := &BytesIterType
	if isByteArray(v) {
		typ = &ByteArrayIterType
	}
	return FromObject(&(&bytesIter{Object: Object{typ: typ}, seq: v}).Object), nil
}

func bytesIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[bytesIter](v.ref)
	b := mustData(it.seq)
	if it.i >= len(b) {
		return Value{}, nil
	}
	c := b[it.i]
	it.i++
	return Int(int64(c)), nil
}

// bytesFromObject is the conversion of bytes(x) / bytearray(x) for one
// argument: an int count, a buffer, or an iterable of ints.
func bytesFromObject(t *Thread, x Value, typeName_ string) ([]byte, error) {
	if b, ok := bytesData(x); ok {
		return append([]byte{}, b...), nil
	}
	if _, ok := asStr(x); ok {
		return nil, NewError(&TypeErrorType, "string argument without an encoding")
	}
	if isIntLike(x) || x.Type().Slots.Index != nil {
		iv, err := indexValue(t, x, "")
		if err != nil {
			return nil, err
		}
		n, ok := smallInt(iv)
		if !ok {
			return nil, NewError(&OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if n < 0 {
			return nil, NewError(&ValueErrorType, "negative count")
		}
		if n > maxBytesLen {
			return nil, NewError(&MemoryErrorType, "")
		}
		return make([]byte, n), nil
	}
	if x.Type().Slots.Iter == nil && x.Type().Lookup(Intern("__getitem__")).IsNull() {
		if typeName_ == "bytearray" {
			return nil, NewError(&TypeErrorType, "cannot convert '%s' object to bytearray", typeName(x))
		}
		return nil, NewError(&TypeErrorType, "cannot convert '%s' object to bytes", typeName(x))
	}
	items, err := iterateToSlice(t, x)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, it := range items {
		iv, err := indexValue(t, it, "")
		if err != nil {
			return nil, err
		}
		n, ok := smallInt(iv)
		if !ok || n < 0 || n > 255 {
			return nil, NewError(&ValueErrorType, "bytes must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return out, nil
}

// bytesArgs parses (source, encoding, errors) of bytes() and bytearray().
func bytesArgs(t *Thread, name string, args []Value, kwnames []string) ([]byte, error) {
	for _, k := range kwnames {
		if k != "source" && k != "encoding" && k != "errors" {
			return nil, NewError(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	pos, kw, err := kwArgs(name, args, kwnames, "source", "encoding", "errors")
	if err != nil {
		return nil, err
	}
	if len(pos) > 3 {
		return nil, NewError(&TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, len(pos))
	}
	vals := [3]Value{}
	copy(vals[:], pos)
	for i, k := range []string{"source", "encoding", "errors"} {
		if v, ok := kw[k]; ok {
			if !vals[i].IsNull() {
				return nil, NewError(&TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", name, k, i+1)
			}
			vals[i] = v
		}
	}
	src, encV, errV := vals[0], vals[1], vals[2]
	var enc, errs string
	if !encV.IsNull() {
		s, ok := asStr(encV)
		if !ok {
			return nil, NewError(&TypeErrorType, "%s() argument 'encoding' must be str, not %s", name, argTypeName(encV))
		}
		enc = s.s
	}
	if !errV.IsNull() {
		s, ok := asStr(errV)
		if !ok {
			return nil, NewError(&TypeErrorType, "%s() argument 'errors' must be str, not %s", name, argTypeName(errV))
		}
		errs = s.s
	}
	if src.IsNull() {
		if !encV.IsNull() {
			return nil, NewError(&TypeErrorType, "encoding without a string argument")
		}
		if !errV.IsNull() {
			return nil, NewError(&TypeErrorType, "errors without a string argument")
		}
		return []byte{}, nil
	}
	if s, ok := asStr(src); ok {
		if encV.IsNull() {
			return nil, NewError(&TypeErrorType, "string argument without an encoding")
		}
		return textEncode(t, s.s, enc, errs)
	}
	if !encV.IsNull() {
		return nil, NewError(&TypeErrorType, "encoding without a string argument")
	}
	if !errV.IsNull() {
		return nil, NewError(&TypeErrorType, "errors without a string argument")
	}
	if name == "bytes" {
		if m, err := lookupMethod(t, src, "__bytes__"); err == nil && !m.IsNull() {
			r, err := Call(t, m, nil, nil)
			if err != nil {
				return nil, err
			}
			if !r.Type().IsSubtype(&BytesType) {
				return nil, NewError(&TypeErrorType, "__bytes__ returned non-bytes (type %s)", typeName(r))
			}
			return mustData(r), nil
		}
	}
	return bytesFromObject(t, src, name)
}

func bytesNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	b, err := bytesArgs(t, "bytes", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	return newBytesOf(typ, b), nil
}

func byteArrayNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return newByteArrayOf(typ), nil
}

func byteArrayInit(t *Thread, self Value, args []Value, kwnames []string) error {
	b, err := bytesArgs(t, "bytearray", args, kwnames)
	if err != nil {
		return err
	}
	objectAs[ByteArray](self.ref).b = b
	return nil
}

// bytesStr is str(b): its repr (CPython warns under -b; we never do).
func bytesStr(t *Thread, v Value) (Value, error) { return bytesRepr(t, v) }

// bytesSsizeArg converts a Py_ssize_t argument, with CPython's overflow error.
func bytesSsizeArg(t *Thread, v Value) (int, error) {
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// bytesCIntArg converts a C int argument, with CPython's overflow error.
func bytesCIntArg(t *Thread, v Value) (int, error) {
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(n), nil
}
