package interp

// This file is array pickling: __reduce_ex__, and
// array._array_reconstructor, which CPython's pickles of protocol 3 and
// up call with the items in a machine format code.

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"unicode/utf16"
)

// arrayMformat is the machine format code of each typecode on
// little-endian x86-64 (CPython's enum machine_format_code).
var arrayMformat = map[byte]int{'b': 1, 'B': 0, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12, 'L': 10, 'q': 12, 'Q': 10,
	'f': 14, 'd': 16, 'u': 20}

// mformatDesc describes machine format code i: item size, signedness,
// big endianness and kind ('i' integer, 'f' IEEE float, 'u' UTF-16/32).
// The UTF sizes are CPython's table entries (4 and 8), which only serve
// its length check.
func mformatDesc(code int) (size int, signed, bigEndian bool, kind byte) {
	switch {
	case code <= 13:
		sizes := []int{1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8}
		size = sizes[code]
		if code < 2 {
			return size, code == 1, false, 'i'
		}
		return size, (code-2)%4 >= 2, code%2 == 1, 'i'
	case code <= 17:
		size = 4
		if code >= 16 {
			size = 8
		}
		return size, true, code%2 == 1, 'f'
	}
	size = 4
	if code >= 20 {
		size = 8
	}
	return size, false, code%2 == 1, 'u'
}

// decodeMformat converts items in machine format code to Python values
// (or a str for the UTF kinds) and the typecode CPython picks for them:
// for integers the one of that size and signedness, else the given one.
func decodeMformat(code int, items []byte, typecode byte) (Value, byte, error) {
	size, signed, be, kind := mformatDesc(code)
	if len(items)%size != 0 {
		return Value{}, 0, NewError(&ValueErrorType, "string length not a multiple of item size")
	}
	var order binary.ByteOrder = binary.LittleEndian
	if be {
		order = binary.BigEndian
	}
	if kind == 'u' {
		var rs []rune
		if code >= 20 {
			for i := 0; i+4 <= len(items); i += 4 {
				rs = append(rs, rune(order.Uint32(items[i:])))
			}
		} else {
			u16 := make([]uint16, len(items)/2)
			for i := range u16 {
				u16[i] = order.Uint16(items[2*i:])
			}
			rs = utf16.Decode(u16)
		}
		return StrValue(string(rs)), typecode, nil
	}
	var out []Value
	for i := 0; i < len(items); i += size {
		p := items[i:]
		var w uint64
		switch size {
		case 1:
			w = uint64(p[0])
		case 2:
			w = uint64(order.Uint16(p))
		case 4:
			w = uint64(order.Uint32(p))
		default:
			w = order.Uint64(p)
		}
		switch {
		case kind == 'f' && size == 4:
			out = append(out, Float(float64(math.Float32frombits(uint32(w)))))
		case kind == 'f':
			out = append(out, Float(math.Float64frombits(w)))
		case signed:
			sh := 64 - 8*uint(size)
			out = append(out, Int(int64(w<<sh)>>sh))
		case w > math.MaxInt64:
			out = append(out, IntFromBig(new(big.Int).SetUint64(w)))
		default:
			out = append(out, Int(int64(w)))
		}
	}
	if kind == 'i' {
		for i := 0; i < len(arrayTypecodes); i++ {
			c := arrayTypecodes[i]
			if c != 'u' && c != 'f' && c != 'd' && arrayItemSize(c) == size && (c >= 'a') == signed {
				typecode = c
			}
		}
	}
	return NewListValue(out), typecode, nil
}

// arrayReconstructor is array._array_reconstructor(arraytype, typecode,
// mformat_code, items).
func arrayReconstructor(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("_array_reconstructor", args, kw, 4); err != nil {
		return Value{}, err
	}
	tp, ok := asType(args[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "first argument must be a type object, not %s", typeName(args[0]))
	}
	if !tp.IsSubtype(&arrayType) {
		return Value{}, NewError(&TypeErrorType, "%s is not a subtype of array.array", tp.Name)
	}
	tc, ok := asStr(args[1])
	if !ok || tc.Len() != 1 {
		return Value{}, NewError(&TypeErrorType, "_array_reconstructor() argument 2 must be a unicode character, not %s", typeName(args[1]))
	}
	if len(tc.s) != 1 || !strings.Contains(arrayTypecodes, tc.s) {
		return Value{}, NewError(&ValueErrorType, "second argument must be a valid type code")
	}
	code, err := indexArg(t, args[2], "")
	if err != nil {
		return Value{}, err
	}
	if code < 0 || code > 21 {
		return Value{}, NewError(&ValueErrorType, "third argument must be a valid machine format code.")
	}
	items, ok := bytesData(args[3])
	if !ok || isByteArray(args[3]) {
		return Value{}, NewError(&TypeErrorType, "fourth argument should be bytes, not %s", typeName(args[3]))
	}
	typecode := tc.s[0]
	if arrayMformat[typecode] == code {
		a := newArray(tp, typecode, nil)
		if err := a.fromBytes(append([]byte(nil), items...)); err != nil {
			return Value{}, err
		}
		return FromObject(&a.Object), nil
	}
	init, typecode, err := decodeMformat(code, items, typecode)
	if err != nil {
		return Value{}, err
	}
	return arrayNew(t, tp, []Value{StrValue(string(typecode)), init}, nil)
}

// arrayReduceEx is array.__reduce_ex__(protocol).
func arrayReduceEx(t *Thread, a *arrayObj, args []Value) (Value, error) {
	proto, err := indexArg(t, args[0], "")
	if err != nil {
		return Value{}, err
	}
	d := Value(None)
	if attrs := subclassRawAttrs(FromObject(&a.Object)); attrs != nil {
		if dd := attrs.Dict(); dd != nil && dd.Len() > 0 {
			d = FromObject(&dd.Object)
		}
	}
	// CPython answers protocols 3 and up with _array_reconstructor and
	// the raw bytes; pickle cannot save pyjit's builtin functions by
	// reference yet (they have no __module__ or __reduce__), so every
	// protocol gets the portable array(typecode, list) form, which all
	// picklers load. _array_reconstructor still loads CPython's pickles.
	_ = proto
	items := NewListValue(a.items())
	return NewTupleValue([]Value{TypeValue(a.typ), NewTupleValue([]Value{StrValue(string(a.code)), items}), d}), nil
}

// arrayReconstructorFn is the module's _array_reconstructor, which
// __reduce_ex__ refers to.
var arrayReconstructorFn = FromObject(&NewBuiltin("_array_reconstructor", arrayReconstructor).Object)
