package interp

// This file implements the array module (CPython's Modules/arraymodule.c):
// array.array, a typed sequence of machine values kept as raw bytes in
// native (little-endian) byte order, so tobytes, byteswap and the buffer
// protocol are plain byte operations. The sequence protocol is in
// mod_array_seq.go.

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"sync"
	"unicode/utf8"
)

// arrayType is array.array.
var (
	arrayType     = Type{Name: "array"}
	arrayIterType = Type{Name: "arrayiterator"}
	arrayOnce     sync.Once
)

const arrayTypecodes = "bBuhHiIlLqQfd"

func init() {
	builtinModules["array"] = makeArrayModule
	delete(cModules, "array")
	subclassableBases[&arrayType] = true
}

// arrayObj is an array.array: data holds len/itemsize items.
type arrayObj struct {
	Object
	code  byte
	data  []byte
	attrs Attrs
}

type arrayIter struct {
	Object
	a *arrayObj
	i int
}

func arrayItemSize(code byte) int {
	switch code {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f', 'u':
		return 4
	}
	return 8
}

func (a *arrayObj) itemSize() int { return arrayItemSize(a.code) }
func (a *arrayObj) n() int        { return len(a.data) / a.itemSize() }

func asArray(v Value) (*arrayObj, bool) {
	if v.ref == nil || !v.Type().IsSubtype(&arrayType) {
		return nil, false
	}
	return objectAs[arrayObj](v.ref), true
}

func newArray(typ *Type, code byte, data []byte) *arrayObj {
	return &arrayObj{Object: Object{typ: typ}, code: code, data: data}
}

// get returns item i.
func (a *arrayObj) get(i int) Value {
	sz := a.itemSize()
	p := a.data[i*sz : (i+1)*sz]
	switch a.code {
	case 'b':
		return Int(int64(int8(p[0])))
	case 'B':
		return Int(int64(p[0]))
	case 'h':
		return Int(int64(int16(binary.LittleEndian.Uint16(p))))
	case 'H':
		return Int(int64(binary.LittleEndian.Uint16(p)))
	case 'i':
		return Int(int64(int32(binary.LittleEndian.Uint32(p))))
	case 'I':
		return Int(int64(binary.LittleEndian.Uint32(p)))
	case 'l', 'q':
		return Int(int64(binary.LittleEndian.Uint64(p)))
	case 'L', 'Q':
		x := binary.LittleEndian.Uint64(p)
		if x > math.MaxInt64 {
			return IntFromBig(new(big.Int).SetUint64(x))
		}
		return Int(int64(x))
	case 'f':
		return Float(float64(math.Float32frombits(binary.LittleEndian.Uint32(p))))
	case 'd':
		return Float(math.Float64frombits(binary.LittleEndian.Uint64(p)))
	case 'u':
		return StrValue(string(rune(binary.LittleEndian.Uint32(p))))
	}
	return None
}

func arrayOverflow(msg string) error { return NewError(&OverflowErrorType, "%s", msg) }

// arrayEncode converts v to the item bytes for code, with the messages of
// CPython's *_setitem functions.
func arrayEncode(t *Thread, code byte, v Value) ([]byte, error) {
	sz := arrayItemSize(code)
	out := make([]byte, sz)
	switch code {
	case 'u':
		s, ok := asStr(v)
		if !ok || s.Len() != 1 {
			return nil, NewError(&TypeErrorType, "array item must be unicode character")
		}
		r, _ := utf8.DecodeRuneInString(s.s)
		binary.LittleEndian.PutUint32(out, uint32(r))
		return out, nil
	case 'f', 'd':
		if !v.IsFloat() && !isIntLike(v) && v.Type().Slots.Float == nil && v.Type().Slots.Index == nil {
			return nil, NewError(&TypeErrorType, "must be real number, not %s", typeName(v))
		}
		f, err := mathFloat(t, v)
		if err != nil {
			return nil, err
		}
		if code == 'f' {
			binary.LittleEndian.PutUint32(out, math.Float32bits(float32(f)))
		} else {
			binary.LittleEndian.PutUint64(out, math.Float64bits(f))
		}
		return out, nil
	}
	var x int64
	if v.IsInt() {
		x = v.AsInt()
	} else {
		iv, err := indexValue(t, v, "")
		if err != nil {
			return nil, err
		}
		b := toBig(iv)
		if !b.IsInt64() {
			return arrayEncodeBig(code, b, out)
		}
		x = b.Int64()
	}
	switch code {
	case 'b':
		switch {
		case x > math.MaxInt16:
			return nil, arrayOverflow("signed short integer is greater than maximum")
		case x < math.MinInt16:
			return nil, arrayOverflow("signed short integer is less than minimum")
		case x > 127:
			return nil, arrayOverflow("signed char is greater than maximum")
		case x < -128:
			return nil, arrayOverflow("signed char is less than minimum")
		}
		out[0] = byte(x)
	case 'B':
		switch {
		case x < 0:
			return nil, arrayOverflow("unsigned byte integer is less than minimum")
		case x > 255:
			return nil, arrayOverflow("unsigned byte integer is greater than maximum")
		}
		out[0] = byte(x)
	case 'h':
		switch {
		case x > math.MaxInt16:
			return nil, arrayOverflow("signed short integer is greater than maximum")
		case x < math.MinInt16:
			return nil, arrayOverflow("signed short integer is less than minimum")
		}
		binary.LittleEndian.PutUint16(out, uint16(x))
	case 'H':
		switch {
		case x > math.MaxInt32:
			return nil, arrayOverflow("signed integer is greater than maximum")
		case x < math.MinInt32:
			return nil, arrayOverflow("signed integer is less than minimum")
		case x < 0:
			return nil, arrayOverflow("unsigned short is less than minimum")
		case x > 65535:
			return nil, arrayOverflow("unsigned short is greater than maximum")
		}
		binary.LittleEndian.PutUint16(out, uint16(x))
	case 'i':
		switch {
		case x > math.MaxInt32:
			return nil, arrayOverflow("signed integer is greater than maximum")
		case x < math.MinInt32:
			return nil, arrayOverflow("signed integer is less than minimum")
		}
		binary.LittleEndian.PutUint32(out, uint32(x))
	case 'l', 'q':
		binary.LittleEndian.PutUint64(out, uint64(x))
	case 'I', 'L':
		if x < 0 {
			return nil, arrayOverflow("can't convert negative value to unsigned int")
		}
		if code == 'I' {
			if x > math.MaxUint32 {
				return nil, arrayOverflow("unsigned int is greater than maximum")
			}
			binary.LittleEndian.PutUint32(out, uint32(x))
		} else {
			binary.LittleEndian.PutUint64(out, uint64(x))
		}
	case 'Q':
		if x < 0 {
			return nil, arrayOverflow("can't convert negative int to unsigned")
		}
		binary.LittleEndian.PutUint64(out, uint64(x))
	}
	return out, nil
}

// arrayEncodeBig handles ints beyond int64: only 'I', 'L' and 'Q' can
// still take (some of) them.
func arrayEncodeBig(code byte, b *big.Int, out []byte) ([]byte, error) {
	fitsU64 := b.Sign() > 0 && b.BitLen() <= 64
	switch code {
	case 'I', 'L':
		if b.Sign() < 0 {
			return nil, arrayOverflow("can't convert negative value to unsigned int")
		}
		if !fitsU64 {
			return nil, arrayOverflow("Python int too large to convert to C unsigned long")
		}
		if code == 'I' {
			return nil, arrayOverflow("unsigned int is greater than maximum")
		}
		binary.LittleEndian.PutUint64(out, b.Uint64())
	case 'q':
		return nil, arrayOverflow("int too big to convert")
	case 'Q':
		if b.Sign() < 0 {
			return nil, arrayOverflow("can't convert negative int to unsigned")
		}
		if !fitsU64 {
			return nil, arrayOverflow("int too big to convert")
		}
		binary.LittleEndian.PutUint64(out, b.Uint64())
	default:
		return nil, arrayOverflow("Python int too large to convert to C long")
	}
	return out, nil
}

// encodeAll encodes vs without touching the array: fromlist adds all of
// them or, on a bad item, none (extendIter keeps the items before it).
func (a *arrayObj) encodeAll(t *Thread, vs []Value) ([]byte, error) {
	out := make([]byte, 0, len(vs)*a.itemSize())
	for _, v := range vs {
		b, err := arrayEncode(t, a.code, v)
		if err != nil {
			return nil, err
		}
		out = append(out, b...)
	}
	return out, nil
}

// extendIter appends the items of an iterable one by one (items before a
// bad one stay, as in array_iter_extend).
func (a *arrayObj) extendIter(t *Thread, v Value) error {
	it, err := Iter(t, v)
	if err != nil {
		return err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return err
		}
		if x.IsNull() {
			return nil
		}
		b, err := arrayEncode(t, a.code, x)
		if err != nil {
			return err
		}
		a.data = append(a.data, b...)
	}
}

func arrayNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 && typ == &arrayType {
		return Value{}, NewError(&TypeErrorType, "array.array() takes no keyword arguments")
	}
	pos := args[:len(args)-len(kwnames)]
	if len(pos) < 1 || len(pos) > 2 {
		if len(pos) < 1 {
			return Value{}, NewError(&TypeErrorType, "array() takes at least 1 argument (0 given)")
		}
		return Value{}, NewError(&TypeErrorType, "array() takes at most 2 arguments (%d given)", len(pos))
	}
	s, ok := asStr(pos[0])
	if !ok || s.Len() != 1 {
		what := typeName(pos[0])
		if ok {
			what = "str"
		}
		return Value{}, NewError(&TypeErrorType, "array() argument 1 must be a unicode character, not %s", what)
	}
	if len(s.s) != 1 || !strings.Contains(arrayTypecodes, s.s) {
		return Value{}, NewError(&ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := newArray(typ, s.s[0], nil)
	if len(pos) == 2 {
		init := pos[1]
		if str, ok := asStr(init); ok {
			if a.code != 'u' {
				return Value{}, NewError(&TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", a.code)
			}
			a.fromUnicode(str.s)
		} else if other, ok := asArray(init); ok {
			if other.code == 'u' && a.code != 'u' {
				return Value{}, NewError(&TypeErrorType, "cannot use a unicode array to initialize an array with typecode '%c'", a.code)
			}
			if other.code == a.code {
				a.data = append([]byte(nil), other.data...)
			} else if err := a.extendIter(t, init); err != nil {
				return Value{}, err
			}
		} else if b, ok := bytesData(init); ok {
			if err := a.fromBytes(b); err != nil {
				return Value{}, err
			}
		} else if err := a.extendIter(t, init); err != nil {
			return Value{}, err
		}
	}
	return FromObject(&a.Object), nil
}

func (a *arrayObj) fromUnicode(s string) {
	for _, r := range s {
		var b [4]byte
		binary.LittleEndian.PutUint32(b[:], uint32(r))
		a.data = append(a.data, b[:]...)
	}
}

func (a *arrayObj) fromBytes(b []byte) error {
	if len(b)%a.itemSize() != 0 {
		return NewError(&ValueErrorType, "bytes length not a multiple of item size")
	}
	a.data = append(a.data, b...)
	return nil
}

func arrayRepr(t *Thread, v Value) (Value, error) {
	a := objectAs[arrayObj](v.ref)
	name := typeQualName(v.Type())
	if a.n() == 0 {
		return StrValue(name + "('" + string(a.code) + "')"), nil
	}
	var inner Value
	var err error
	if a.code == 'u' {
		inner, err = Repr(t, StrValue(a.unicode()))
	} else {
		inner, err = Repr(t, NewListValue(a.items()))
	}
	if err != nil {
		return Value{}, err
	}
	return StrValue(name + "('" + string(a.code) + "', " + mustStr(inner).s + ")"), nil
}

func (a *arrayObj) items() []Value {
	n := a.n()
	out := make([]Value, n)
	for i := range out {
		out[i] = a.get(i)
	}
	return out
}

func (a *arrayObj) unicode() string {
	var sb strings.Builder
	for i := 0; i+4 <= len(a.data); i += 4 {
		sb.WriteRune(rune(binary.LittleEndian.Uint32(a.data[i:])))
	}
	return sb.String()
}

func makeArrayModule(in *Interpreter) *Module {
	arrayOnce.Do(setupArrayType)
	m := NewModule("array")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n"))
	m.Dict.setStrNoErr(Intern("array"), TypeValue(&arrayType))
	m.Dict.setStrNoErr(Intern("ArrayType"), TypeValue(&arrayType))
	m.Dict.setStrNoErr(Intern("typecodes"), StrValue(arrayTypecodes))
	m.Dict.setStrNoErr(Intern("_array_reconstructor"), arrayReconstructorFn)
	return m
}
