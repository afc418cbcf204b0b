package interp

// This file registers bytes' and bytearray's slots and methods, and
// str.encode.

import (
	"bytes"

	"github.com/pyjit/pyjit/bytecode"
)

func setupBytes() {
	initBuiltinType(&BytesType, "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer")
	initBuiltinType(&ByteArrayType, "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer")
	initBuiltinType(&BytesIterType, "")
	initBuiltinType(&ByteArrayIterType, "")
	BytesIterType.Slots = Slots{Iter: selfIter, Next: bytesIterNext}
	ByteArrayIterType.Slots = Slots{Iter: selfIter, Next: bytesIterNext}
	common := Slots{Repr: bytesRepr, Str: bytesStr, RichCompare: bytesRichCompare, Len: bytesLen,
		Bool: bytesBool, Concat: bytesConcat, Repeat: bytesRepeat, Contains: bytesContains,
		GetItem: bytesGetItem, Iter: bytesIterate}
	common.Number[bytecode.BinOpRemainder] = bytesMod
	bt, ba := &BytesType, &ByteArrayType
	bt.Flags |= FlagBaseType
	ba.Flags |= FlagBaseType
	bt.Slots = common
	bt.Slots.Hash = bytesHash
	bt.Slots.New = bytesNew
	ba.Slots = common
	ba.Slots.Hash = unhashable
	ba.Slots.New = byteArrayNew
	ba.Slots.Init = byteArrayInit
	ba.Slots.SetItem = byteArraySetItem
	ba.Slots.InplaceConcat = byteArrayInplaceConcat
	ba.Slots.InplaceRepeat = byteArrayInplaceRepeat
	for _, tp := range []*Type{bt, ba} {
		setupBytesMethods(tp)
	}
	setupByteArrayMethods()
	addMethod(&StrType, "encode", strEncode)
	setupIntBytes()
}

func setupBytesMethods(tp *Type) {
	m := func(name string, min, max int, f bytesMethod) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if min == 1 && max == 3 && len(kw) == 0 {
				// find, count, startswith...: METH_FASTCALL messages.
				if len(args) < 1 {
					return Value{}, NewError(&TypeErrorType, "%s() takes at least 1 argument (0 given)", name)
				}
				if len(args) > 3 {
					return Value{}, NewError(&TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, len(args))
				}
			}
			if err := rangeArgs(name, args, kw, min, max); err != nil {
				return Value{}, err
			}
			return f(t, self, mustData(self), args)
		})
	}
	pred := func(name string, f func(b []byte) Value) {
		m(name, 0, 0, func(t *Thread, self Value, b []byte, args []Value) (Value, error) { return f(b), nil })
	}
	conv := func(name string, f func(b []byte) []byte) {
		m(name, 0, 0, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
			return newLike(self, f(b)), nil
		})
	}
	addMethod(tp, "decode", bytesDecode)
	addMethod(tp, "split", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return bytesSplit(t, self, mustData(self), args, kw, false)
	})
	addMethod(tp, "rsplit", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return bytesSplit(t, self, mustData(self), args, kw, true)
	})
	addMethod(tp, "splitlines", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		pos, kwv, err := kwArgs("splitlines", args, kw, "keepends")
		if err != nil {
			return Value{}, err
		}
		keep := Value{}
		if len(pos) > 1 {
			return Value{}, NewError(&TypeErrorType, "splitlines() takes at most 1 argument (%d given)", len(pos))
		}
		if len(pos) == 1 {
			keep = pos[0]
		}
		if v, ok := kwv["keepends"]; ok {
			keep = v
		}
		k := false
		if !keep.IsNull() {
			if k, err = Truth(t, keep); err != nil {
				return Value{}, err
			}
		}
		return bytesSplitLines(self, mustData(self), k), nil
	})
	addMethod(tp, "hex", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		pos, kwv, err := kwArgs("hex", args, kw, "sep", "bytes_per_sep")
		if err != nil {
			return Value{}, err
		}
		a := append([]Value{}, pos...)
		if v, ok := kwv["sep"]; ok {
			a = append(a[:0], v)
		}
		if v, ok := kwv["bytes_per_sep"]; ok {
			if len(a) == 0 {
				a = append(a, StrValue(""))
			}
			a = append(a[:1], v)
		}
		if len(a) > 2 {
			return Value{}, NewError(&TypeErrorType, "hex() takes at most 2 arguments (%d given)", len(a))
		}
		return bytesHex(t, mustData(self), a)
	})
	addClassMethod(tp, "fromhex", bytesFromHex)
	tp.Dict.setStrNoErr(Intern("maketrans"), newStaticMethod(FromObject(&NewBuiltin("maketrans", bytesMakeTrans).Object)))
	m("join", 1, 1, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
		return bytesJoin(t, self, b, args[0])
	})
	for _, s := range []struct {
		name  string
		which byte
	}{{"strip", 'b'}, {"lstrip", 'l'}, {"rstrip", 'r'}} {
		s := s
		m(s.name, 0, 1, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
			return bytesStrip(self, b, args, s.which, s.name)
		})
	}
	m("startswith", 1, 3, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
		return bytesAffix(t, b, args, "startswith", false)
	})
	m("endswith", 1, 3, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
		return bytesAffix(t, b, args, "endswith", true)
	})
	find := func(name string, reverse, raise bool) {
		m(name, 1, 3, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
			i, err := bytesFind(t, b, args, reverse)
			if err != nil {
				return Value{}, err
			}
			if i < 0 && raise {
				return Value{}, NewError(&ValueErrorType, "subsection not found")
			}
			return Int(int64(i)), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	m("count", 1, 3, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
		sub, err := byteSubArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		start, end, err := byteRange(t, len(b), args[1:])
		if err != nil {
			return Value{}, err
		}
		if end-start < len(sub) || start > len(b) {
			return Int(0), nil
		}
		if len(sub) == 0 {
			return Int(int64(end - start + 1)), nil
		}
		return Int(int64(countBytes(b[start:end], sub))), nil
	})
	m("replace", 2, 3, bytesReplace)
	m("partition", 1, 1, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
		return bytesPartition(self, b, args[0], false)
	})
	m("rpartition", 1, 1, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
		return bytesPartition(self, b, args[0], true)
	})
	for _, name := range []string{"ljust", "rjust", "center"} {
		name := name
		m(name, 1, 2, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
			return bytesPad(t, self, b, args, name)
		})
	}
	m("zfill", 1, 1, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
		w, err := bytesSsizeArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		out, err := bytesZfill(b, w)
		if err != nil {
			return Value{}, err
		}
		return newLike(self, out), nil
	})
	m("expandtabs", 0, 1, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
		size := 8
		if len(args) > 0 {
			var err error
			if size, err = bytesCIntArg(t, args[0]); err != nil {
				return Value{}, err
			}
		}
		out, err := bytesExpandTabs(b, size)
		if err != nil {
			return Value{}, err
		}
		return newLike(self, out), nil
	})
	m("translate", 1, 2, bytesTranslate)
	m("removeprefix", 1, 1, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
		p, err := bufferArg(args[0])
		if err != nil {
			return Value{}, err
		}
		if len(p) <= len(b) && string(b[:len(p)]) == string(p) {
			b = b[len(p):]
		}
		return newLike(self, append([]byte{}, b...)), nil
	})
	m("removesuffix", 1, 1, func(t *Thread, self Value, b []byte, args []Value) (Value, error) {
		p, err := bufferArg(args[0])
		if err != nil {
			return Value{}, err
		}
		if len(p) > 0 && len(p) <= len(b) && string(b[len(b)-len(p):]) == string(p) {
			b = b[:len(b)-len(p)]
		}
		return newLike(self, append([]byte{}, b...)), nil
	})
	conv("upper", func(b []byte) []byte { return mapBytes(b, toUpperByte) })
	conv("lower", func(b []byte) []byte { return mapBytes(b, toLowerByte) })
	conv("swapcase", func(b []byte) []byte {
		return mapBytes(b, func(c byte) byte {
			if isLowerByte(c) {
				return c - 32
			}
			return toLowerByte(c)
		})
	})
	conv("capitalize", func(b []byte) []byte {
		out := mapBytes(b, toLowerByte)
		if len(out) > 0 {
			out[0] = toUpperByte(out[0])
		}
		return out
	})
	conv("title", bytesTitle)
	pred("isdigit", func(b []byte) Value { return allBytes(b, isDigitByte) })
	pred("isalpha", func(b []byte) Value { return allBytes(b, isAlphaByte) })
	pred("isalnum", func(b []byte) Value {
		return allBytes(b, func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) })
	})
	pred("isspace", func(b []byte) Value { return allBytes(b, isASCIISpace) })
	pred("isascii", func(b []byte) Value {
		for _, c := range b {
			if c >= 0x80 {
				return False
			}
		}
		return True
	})
	pred("islower", func(b []byte) Value { return casedBytes(b, isLowerByte, isUpperByte) })
	pred("isupper", func(b []byte) Value { return casedBytes(b, isUpperByte, isLowerByte) })
	pred("istitle", bytesIsTitle)
	addMethod(tp, "__getnewargs__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return NewTupleValue([]Value{BytesValue(append([]byte{}, mustData(self)...))}), nil
	})
}

// countBytes counts non-overlapping occurrences of a non-empty sub.
func countBytes(b, sub []byte) int {
	n := 0
	for {
		i := bytes.Index(b, sub)
		if i < 0 {
			return n
		}
		n++
		b = b[i+len(sub):]
	}
}
