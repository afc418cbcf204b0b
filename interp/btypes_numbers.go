package interp

// This file adds the int and float methods pyjit lacked: int.bit_count,
// as_integer_ratio, numerator/denominator, the rounding dunders,
// __divmod__, __getnewargs__; float.hex, fromhex, as_integer_ratio,
// conjugate, __getformat__ (CPython's Objects/longobject.c and
// floatobject.c).

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

func setupNumberMethods() {
	it := &IntType
	noArgs := func(tp *Type, name string, f func(t *Thread, self Value) (Value, error)) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return f(t, self)
		})
	}
	for _, n := range []string{"__trunc__", "__floor__", "__ceil__"} {
		noArgs(it, n, intPos)
	}
	addMethod(it, "__round__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("__round__", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		v, err := intPos(t, self)
		if err != nil {
			return Value{}, err
		}
		return builtinRound(t, None, append([]Value{v}, args...), nil)
	})
	noArgs(it, "__getnewargs__", func(t *Thread, self Value) (Value, error) {
		v, err := intPos(t, self)
		return NewTupleValue([]Value{v}), err
	})
	noArgs(it, "bit_count", func(t *Thread, self Value) (Value, error) {
		if n, ok := smallInt(self); ok {
			if n < 0 {
				return Int(int64(bits.OnesCount64(uint64(-n)))), nil
			}
			return Int(int64(bits.OnesCount64(uint64(n)))), nil
		}
		c := 0
		for _, w := range new(big.Int).Abs(toBig(self)).Bits() {
			c += bits.OnesCount(uint(w))
		}
		return Int(int64(c)), nil
	})
	noArgs(it, "as_integer_ratio", func(t *Thread, self Value) (Value, error) {
		v, err := intPos(t, self)
		return NewTupleValue([]Value{v, Int(1)}), err
	})
	addGetSet(it, "numerator", func(t *Thread, v Value) (Value, error) { return intPos(t, v) }, nil)
	addGetSet(it, "denominator", func(t *Thread, v Value) (Value, error) { return Int(1), nil }, nil)
	divmods := func(tp *Type, exact func(Value) bool) {
		addMethod(tp, "__divmod__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__divmod__", args, kw, 1); err != nil {
				return Value{}, err
			}
			if !exact(args[0]) {
				return NotImplemented, nil
			}
			return builtinDivmod(t, None, []Value{self, args[0]}, nil)
		})
		addMethod(tp, "__rdivmod__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__rdivmod__", args, kw, 1); err != nil {
				return Value{}, err
			}
			if !exact(args[0]) {
				return NotImplemented, nil
			}
			return builtinDivmod(t, None, []Value{args[0], self}, nil)
		})
	}
	divmods(it, isIntLike)

	ft := &FloatType
	divmods(ft, func(v Value) bool { return isIntLike(v) || v.IsFloat() || v.Type().IsSubtype(&FloatType) })
	noArgs(ft, "conjugate", floatPos)
	noArgs(ft, "__getnewargs__", func(t *Thread, self Value) (Value, error) {
		return NewTupleValue([]Value{Float(self.AsFloat())}), nil
	})
	noArgs(ft, "hex", func(t *Thread, self Value) (Value, error) { return StrValue(floatHex(self.AsFloat())), nil })
	noArgs(ft, "as_integer_ratio", func(t *Thread, self Value) (Value, error) {
		f := self.AsFloat()
		if math.IsInf(f, 0) {
			return Value{}, NewError(&OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			return Value{}, NewError(&ValueErrorType, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(f)
		return NewTupleValue([]Value{IntFromBig(r.Num()), IntFromBig(r.Denom())}), nil
	})
	addClassMethod(ft, "fromhex", func(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("fromhex", args, kw, 1); err != nil {
			return Value{}, err
		}
		s, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "fromhex() argument must be str, not %s", typeName(args[0]))
		}
		f, err := floatFromHex(s.s)
		if err != nil {
			return Value{}, err
		}
		if tp, _ := asType(cls); tp != &FloatType {
			return Call(t, cls, []Value{Float(f)}, nil)
		}
		return Float(f), nil
	})
	addClassMethod(ft, "__getformat__", func(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__getformat__", args, kw, 1); err != nil {
			return Value{}, err
		}
		s, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "__getformat__() argument must be str, not %s", typeName(args[0]))
		}
		if s.s != "double" && s.s != "float" {
			return Value{}, NewError(&ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'")
		}
		return StrValue("IEEE, little-endian"), nil
	})
}

// floatHex is float.hex (floatobject.c's float_hex).
func floatHex(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return literalFloatRepr(x)
	}
	if x == 0 {
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(x))
	// Normalise so the leading digit is 1 (0 for subnormals).
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	var sb strings.Builder
	if x < 0 {
		sb.WriteByte('-')
	}
	sb.WriteString("0x")
	const hexd = "0123456789abcdef"
	d := int(m)
	sb.WriteByte(hexd[d])
	m -= float64(d)
	sb.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		d = int(m)
		sb.WriteByte(hexd[d])
		m -= float64(d)
	}
	sb.WriteByte('p')
	if e < 0 {
		sb.WriteByte('-')
		e = -e
	} else {
		sb.WriteByte('+')
	}
	sb.WriteString(strconv.Itoa(e))
	return sb.String()
}

func literalFloatRepr(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	}
	return "-inf"
}

// floatFromHex parses float.fromhex's argument: [sign] ['0x'] hexdigits
// ['.' hexdigits] ['p' [sign] decimal], or inf/infinity/nan.
func floatFromHex(s string) (float64, error) {
	bad := NewError(&ValueErrorType, "invalid hexadecimal floating-point string")
	s = strings.TrimFunc(s, pyWhitespace)
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	sign := func(f float64) float64 {
		if neg {
			return -f
		}
		return f
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return sign(math.Inf(1)), nil
	case "nan":
		return sign(math.NaN()), nil
	}
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	mant := new(big.Int)
	ndig, frac := 0, 0
	i := 0
	seenDot := false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			if seenDot {
				return 0, bad
			}
			seenDot = true
			continue
		}
		d := hexVal(c)
		if d < 0 {
			break
		}
		mant.Lsh(mant, 4)
		mant.Or(mant, big.NewInt(int64(d)))
		ndig++
		if seenDot {
			frac++
		}
	}
	if ndig == 0 {
		return 0, bad
	}
	exp := int64(0)
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		i++
		j := i
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j {
			return 0, bad
		}
		e, err := strconv.ParseInt(s[i:k], 10, 64)
		if err != nil || e > 1<<40 || e < -(1<<40) {
			// Huge exponents: overflow, or underflow to zero.
			if s[i] == '-' {
				e = -(1 << 40)
			} else {
				e = 1 << 40
			}
		}
		exp = e
		i = k
	}
	if i != len(s) {
		return 0, bad
	}
	if mant.Sign() == 0 {
		return sign(0), nil
	}
	exp -= int64(4 * frac)
	top := int64(mant.BitLen()) + exp
	if top > 1024 {
		return 0, NewError(&OverflowErrorType, "hexadecimal value too large to represent as a float")
	}
	if top < -1080 {
		return sign(0), nil
	}
	f := new(big.Float).SetPrec(uint(mant.BitLen()) + 1).SetInt(mant)
	f.SetMantExp(f, int(exp))
	r, _ := f.Float64()
	if math.IsInf(r, 0) {
		return 0, NewError(&OverflowErrorType, "hexadecimal value too large to represent as a float")
	}
	return sign(r), nil
}
