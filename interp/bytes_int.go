package interp

// This file holds int.to_bytes and int.from_bytes, the bridge between
// ints and bytes (CPython's int_to_bytes_impl / int_from_bytes_impl).

import "math/big"

// intBytesArgs parses (first, byteorder, *, signed) for to_bytes and
// from_bytes. first is length or bytes; def is its default (null: required).
func intBytesArgs(name, firstName string, def Value, args []Value, kwnames []string) (Value, bool, bool, error) {
	for _, k := range kwnames {
		if k != firstName && k != "byteorder" && k != "signed" {
			return Value{}, false, false, NewError(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	pos, kw, err := kwArgs(name, args, kwnames, firstName, "byteorder", "signed")
	if err != nil {
		return Value{}, false, false, err
	}
	if len(pos) > 2 {
		return Value{}, false, false, NewError(&TypeErrorType, "%s() takes at most 2 positional arguments (%d given)", name, len(pos))
	}
	first, order := def, StrValue("big")
	if len(pos) > 0 {
		first = pos[0]
	}
	if len(pos) > 1 {
		order = pos[1]
	}
	if v, ok := kw[firstName]; ok {
		if len(pos) > 0 {
			return Value{}, false, false, NewError(&TypeErrorType, "argument for %s() given by name ('%s') and position (1)", name, firstName)
		}
		first = v
	}
	if v, ok := kw["byteorder"]; ok {
		if len(pos) > 1 {
			return Value{}, false, false, NewError(&TypeErrorType, "argument for %s() given by name ('byteorder') and position (2)", name)
		}
		order = v
	}
	if first.IsNull() {
		return Value{}, false, false, NewError(&TypeErrorType, "%s() missing required argument '%s' (pos 1)", name, firstName)
	}
	os, ok := asStr(order)
	if !ok {
		return Value{}, false, false, NewError(&TypeErrorType, "%s() argument 'byteorder' must be str, not %s", name, argTypeName(order))
	}
	var little bool
	switch os.s {
	case "little":
		little = true
	case "big":
	default:
		return Value{}, false, false, NewError(&ValueErrorType, "byteorder must be either 'little' or 'big'")
	}
	signed := false
	if v, ok := kw["signed"]; ok {
		if signed, err = Truth(nil, v); err != nil {
			return Value{}, false, false, err
		}
	}
	return first, little, signed, nil
}

func reverseBytes(b []byte) {
	for l, r := 0, len(b)-1; l < r; l, r = l+1, r-1 {
		b[l], b[r] = b[r], b[l]
	}
}

func intToBytes(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	lenV, little, signed, err := intBytesArgs("to_bytes", "length", Int(1), args, kwnames)
	if err != nil {
		return Value{}, err
	}
	n, err := bytesSsizeArg(t, lenV)
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, NewError(&ValueErrorType, "length argument must be non-negative")
	}
	x := toBig(self)
	if x.Sign() < 0 && !signed {
		return Value{}, NewError(&OverflowErrorType, "can't convert negative int to unsigned")
	}
	// Two's complement: negative x is stored as 2**(8n) + x.
	bits := x.BitLen()
	if signed {
		lim := new(big.Int).Lsh(big.NewInt(1), uint(8*n))
		lim.Rsh(lim, 1)
		neg := new(big.Int).Neg(lim)
		if n == 0 {
			lim, neg = big.NewInt(0), big.NewInt(0)
			if x.Sign() != 0 {
				return Value{}, NewError(&OverflowErrorType, "int too big to convert")
			}
		} else if x.Cmp(lim) >= 0 || x.Cmp(neg) < 0 {
			return Value{}, NewError(&OverflowErrorType, "int too big to convert")
		}
	} else if bits > 8*n {
		return Value{}, NewError(&OverflowErrorType, "int too big to convert")
	}
	if n > maxBytesLen {
		return Value{}, NewError(&MemoryErrorType, "")
	}
	v := new(big.Int).Set(x)
	if v.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	out := v.FillBytes(make([]byte, n))
	if little {
		reverseBytes(out)
	}
	return BytesValue(out), nil
}

func intFromBytes(t *Thread, cls Value, args []Value, kwnames []string) (Value, error) {
	src, little, signed, err := intBytesArgs("from_bytes", "bytes", Value{}, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	b, ok := bytesData(src)
	if !ok {
		if _, isStr := asStr(src); isStr || isIntLike(src) {
			return Value{}, NewError(&TypeErrorType, "cannot convert '%s' object to bytes", typeName(src))
		}
		if b, err = bytesArgs(t, "bytes", []Value{src}, nil); err != nil {
			return Value{}, err
		}
	}
	b = append([]byte{}, b...)
	if little {
		reverseBytes(b)
	}
	x := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := IntFromBig(x)
	if tp, ok := asType(cls); ok && tp != &IntType {
		return Call(t, cls, []Value{r}, nil)
	}
	return r, nil
}

func setupIntBytes() {
	addMethod(&IntType, "to_bytes", intToBytes)
	addClassMethod(&IntType, "from_bytes", intFromBytes)
}
