package interp

// This file sets up the number types (int, bool, float) and None: their
// slots, constructors and a few methods.

import (
	"math"
	"math/big"
	"strings"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/literal"
)

func bigFloatInt(f float64) (*big.Int, big.Accuracy) {
	return new(big.Float).SetFloat64(f).Int(nil)
}

// parseIntString is int(s, base) for a str.
func parseIntString(s string, base int) (Value, error) {
	orig := s
	s = strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		neg = s[0] == '-'
		s = s[1:]
	}
	lower := strings.ToLower(s)
	if base == 0 {
		switch {
		case strings.HasPrefix(lower, "0x"):
			base, s = 16, s[2:]
		case strings.HasPrefix(lower, "0o"):
			base, s = 8, s[2:]
		case strings.HasPrefix(lower, "0b"):
			base, s = 2, s[2:]
		default:
			base = 10
			if len(strings.TrimLeft(s, "0_")) > 0 && strings.HasPrefix(s, "0") {
				s = "!" // leading zeros not allowed in base 0
			}
		}
	} else if (base == 16 && strings.HasPrefix(lower, "0x")) || (base == 8 && strings.HasPrefix(lower, "0o")) || (base == 2 && strings.HasPrefix(lower, "0b")) {
		s = s[2:]
	}
	clean := strings.ReplaceAll(s, "_", "")
	bad := s == "" || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.Contains(s, "__")
	b, ok := new(big.Int).SetString(clean, base)
	if bad || !ok {
		return Value{}, NewError(&ValueErrorType, "invalid literal for int() with base %d: %s", base, literal.ReprStr(orig))
	}
	if neg {
		b.Neg(b)
	}
	return bigValue(b), nil
}

func intNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	pos := args[:len(args)-len(kwnames)]
	var x, base Value
	if len(pos) > 0 {
		x = pos[0]
	}
	if len(pos) > 1 {
		base = pos[1]
	}
	if len(pos) > 2 {
		return Value{}, NewError(&TypeErrorType, "int() takes at most 2 arguments (%d given)", len(pos))
	}
	for i, k := range kwnames {
		if k != "base" {
			return Value{}, NewError(&TypeErrorType, "'%s' is an invalid keyword argument for int()", k)
		}
		base = args[len(pos)+i]
	}
	r, err := intFromArgs(t, x, base)
	if err != nil || typ == &IntType {
		return r, err
	}
	return FromObject(&(&BigInt{Object: Object{typ: typ}, v: new(big.Int).Set(toBig(r))}).Object), nil
}

func intFromArgs(t *Thread, x, base Value) (Value, error) {
	if x.IsNull() {
		if !base.IsNull() {
			return Value{}, NewError(&TypeErrorType, "int() missing string argument")
		}
		return Int(0), nil
	}
	if !base.IsNull() {
		b, ok := smallInt(base)
		if !ok || (b != 0 && (b < 2 || b > 36)) {
			return Value{}, NewError(&ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		s, ok := asStr(x)
		if !ok {
			// bytes and bytearray parse like str (re's _mk_bitmap needs it).
			if bs, ok := bytesData(x); ok {
				return parseIntString(string(bs), int(b))
			}
			return Value{}, NewError(&TypeErrorType, "int() can't convert non-string with explicit base")
		}
		return parseIntString(s.s, int(b))
	}
	switch {
	case x.IsInt():
		return x, nil
	case x.IsBool():
		return Int(x.AsInt()), nil
	case x.IsFloat():
		return floatToInt(x.AsFloat())
	}
	if s, ok := asStr(x); ok {
		return parseIntString(s.s, 10)
	}
	if bs, ok := bytesData(x); ok {
		return parseIntString(string(bs), 10)
	}
	tp := x.Type()
	if tp.IsSubtype(&IntType) && tp.Flags&FlagHeap == 0 {
		return x, nil
	}
	if f := tp.Slots.Int; f != nil {
		r, err := f(t, x)
		if err != nil {
			return Value{}, err
		}
		if !isIntLike(r) {
			return Value{}, NewError(&TypeErrorType, "__int__ returned non-int (type %s)", typeName(r))
		}
		return intPos(t, r)
	}
	if f := tp.Slots.Index; f != nil {
		r, err := indexValue(t, x, "")
		if err != nil {
			return Value{}, err
		}
		return intPos(t, r)
	}
	if tp.IsSubtype(&IntType) {
		return intPos(t, x)
	}
	return Value{}, NewError(&TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", tp.Name)
}

func floatNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Value{}, NewError(&TypeErrorType, "float expected at most 1 argument, got %d", len(args))
	}
	if typ != &FloatType {
		return subtypeNew(t, typ, &FloatType, args, kwnames)
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	return toFloatValue(t, args[0])
}

// toFloatValue is float(x).
func toFloatValue(t *Thread, x Value) (Value, error) {
	if x.IsFloat() {
		return x, nil
	}
	if isIntLike(x) {
		f, err := intToFloat(x)
		return Float(f), err
	}
	if s, ok := asStr(x); ok {
		return parseFloatString(s.s)
	}
	if f := x.Type().Slots.Float; f != nil {
		r, err := f(t, x)
		if err != nil {
			return Value{}, err
		}
		if !r.IsFloat() {
			return Value{}, NewError(&TypeErrorType, "%s.__float__ returned non-float (type %s)", typeName(x), typeName(r))
		}
		return r, nil
	}
	if x.Type().Slots.Index != nil {
		iv, err := indexValue(t, x, "")
		if err != nil {
			return Value{}, err
		}
		f, err := intToFloat(iv)
		return Float(f), err
	}
	if b, ok := bytesData(x); ok {
		return floatFromBytes(t, x, b)
	}
	return Value{}, NewError(&TypeErrorType, "float() argument must be a string or a real number, not '%s'", typeName(x))
}

func parseFloatString(orig string) (Value, error) {
	s := strings.TrimSpace(orig)
	l := strings.ToLower(s)
	sign := 1.0
	body := l
	if strings.HasPrefix(body, "-") || strings.HasPrefix(body, "+") {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch body {
	case "inf", "infinity":
		return Float(math.Inf(int(sign))), nil
	case "nan":
		return Float(math.Copysign(math.NaN(), sign)), nil
	}
	if v, err := literal.ParseNumber(strings.ReplaceAll(body, "", "")); err == nil && !strings.ContainsAny(body, "xobjJ") && body != "" && (body[0] >= '0' && body[0] <= '9' || body[0] == '.') {
		switch n := v.(type) {
		case float64:
			return Float(sign * n), nil
		case *big.Int:
			f, _ := new(big.Float).SetInt(n).Float64()
			return Float(sign * f), nil
		}
	}
	return Value{}, NewError(&ValueErrorType, "could not convert string to float: %s", literal.ReprStr(orig))
}

func boolNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "bool() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Value{}, NewError(&TypeErrorType, "bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return False, nil
	}
	b, err := Truth(t, args[0])
	return Bool(b), err
}

func boolRepr(t *Thread, v Value) (Value, error) {
	if v.AsBool() {
		return StrValue("True"), nil
	}
	return StrValue("False"), nil
}

// boolLogic implements &, | and ^ of two bools (else int's).
func boolLogic(op bytecode.BinOp) BinaryFunc {
	intF := intNumber(op)
	return func(t *Thread, a, b Value) (Value, error) {
		if a.IsBool() && b.IsBool() {
			x, y := a.AsBool(), b.AsBool()
			switch op {
			case bytecode.BinOpAnd, bytecode.BinOpInplaceAnd:
				return Bool(x && y), nil
			case bytecode.BinOpOr, bytecode.BinOpInplaceOr:
				return Bool(x || y), nil
			}
			return Bool(x != y), nil
		}
		return intF(t, a, b)
	}
}

func noneRepr(t *Thread, v Value) (Value, error) { return StrValue("None"), nil }

func setupNumbers() {
	it := &IntType
	initBuiltinType(it, "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4")
	it.Flags |= FlagBaseType
	it.Slots = Slots{Repr: intRepr, Hash: intHash, Bool: intBool, RichCompare: intCompare, New: intNew,
		Neg: intNeg, Pos: intPos, Abs: intAbs, Invert: intInvert, Index: intPos, Int: intPos, Float: intFloat}
	for op := bytecode.BinOp(0); op < bytecode.BinOpInplaceAdd; op++ {
		if op != bytecode.BinOpMatrixMultiply {
			it.Slots.Number[op] = intNumber(op)
		}
	}
	addMethod(it, "bit_length", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Int(int64(new(big.Int).Abs(toBig(self)).BitLen())), exactArgs("bit_length", args, kw, 0)
	})
	addMethod(it, "conjugate", func(t *Thread, self Value, args []Value, kw []string) (Value, error) { return intPos(t, self) })
	addGetSet(it, "real", func(t *Thread, v Value) (Value, error) { return intPos(t, v) }, nil)
	addGetSet(it, "imag", func(t *Thread, v Value) (Value, error) { return Int(0), nil }, nil)

	bt := &BoolType
	initBuiltinType(bt, "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.", &IntType)
	bt.Slots = Slots{Repr: boolRepr, New: boolNew}
	for _, op := range []bytecode.BinOp{bytecode.BinOpAnd, bytecode.BinOpOr, bytecode.BinOpXor} {
		bt.Slots.Number[op] = boolLogic(op)
	}

	ft := &FloatType
	initBuiltinType(ft, "Convert a string or number to a floating point number, if possible.")
	ft.Flags |= FlagBaseType
	ft.Slots = Slots{Repr: floatRepr, Hash: floatHash, Bool: floatBool, RichCompare: floatCompare, New: floatNew,
		Neg: floatNeg, Pos: floatPos, Abs: floatAbs, Int: floatInt, Float: floatPos}
	for _, op := range []bytecode.BinOp{bytecode.BinOpAdd, bytecode.BinOpSubtract, bytecode.BinOpMultiply,
		bytecode.BinOpTrueDivide, bytecode.BinOpFloorDivide, bytecode.BinOpRemainder, bytecode.BinOpPower} {
		ft.Slots.Number[op] = floatNumber(op)
	}
	addMethod(ft, "is_integer", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		f := self.AsFloat()
		return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), exactArgs("is_integer", args, kw, 0)
	})
	addGetSet(ft, "real", func(t *Thread, v Value) (Value, error) { return v, nil }, nil)
	addGetSet(ft, "imag", func(t *Thread, v Value) (Value, error) { return Float(0), nil }, nil)

	nt := &NoneType
	initBuiltinType(nt, "")
	nt.Slots = Slots{Repr: noneRepr, Bool: func(t *Thread, v Value) (bool, error) { return false, nil },
		Hash: objectHash, New: func(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
			if len(args) > 0 {
				return Value{}, NewError(&TypeErrorType, "NoneType takes no arguments")
			}
			return None, nil
		}}
	for _, tp := range []*Type{&NotImplementedType, &EllipsisType} {
		initBuiltinType(tp, "")
	}
	NotImplementedType.Slots.Repr = func(t *Thread, v Value) (Value, error) { return StrValue("NotImplemented"), nil }
	EllipsisType.Slots.Repr = func(t *Thread, v Value) (Value, error) { return StrValue("Ellipsis"), nil }
}
