package interp

// This file implements the math module's common functions and constants
// with CPython's results and error messages (Modules/mathmodule.c): a
// NaN result from a non-NaN argument is "math domain error", an infinite
// result from a finite argument is "math range error" (OverflowError) or
// a domain error, depending on the function.

import (
	"math"
	"math/big"

	"github.com/pyjit/pyjit/bytecode"
)

func domainError() error { return NewError(&ValueErrorType, "math domain error") }
func rangeError() error  { return NewError(&OverflowErrorType, "math range error") }

// mathFloat is PyFloat_AsDouble with the math module's TypeError.
func mathFloat(t *Thread, v Value) (float64, error) {
	if v.IsFloat() {
		return v.AsFloat(), nil
	}
	if isIntLike(v) {
		return intToFloat(v)
	}
	tp := v.Type()
	if f := tp.Slots.Float; f != nil {
		r, err := f(t, v)
		if err != nil {
			return 0, err
		}
		if !r.IsFloat() {
			return 0, NewError(&TypeErrorType, "%s.__float__ returned non-float (type %s)", typeName(v), typeName(r))
		}
		return r.AsFloat(), nil
	}
	if tp.Slots.Index != nil {
		iv, err := indexValue(t, v, "")
		if err != nil {
			return 0, err
		}
		return intToFloat(iv)
	}
	return 0, NewError(&TypeErrorType, "must be real number, not %s", typeName(v))
}

// math1 is mathmodule.c's math_1.
func math1(name string, f func(float64) float64, canOverflow bool) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("math."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		x, err := mathFloat(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if math.IsNaN(x) {
			// Every one-argument libm function maps NaN to NaN.
			return Float(x), nil
		}
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return Value{}, domainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if canOverflow {
				return Value{}, rangeError()
			}
			return Value{}, domainError()
		}
		return Float(r), nil
	}
}

// mathScale is degrees/radians: a plain product, which may overflow to
// infinity without an error (CPython does not use math_1 for them).
func mathScale(name string, k float64) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("math."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		x, err := mathFloat(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Float(x * k), nil
	}
}

// math2 is math_2: two float arguments.
func math2(name string, f func(x, y float64) float64) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		x, y, err := twoFloats(t, name, args, kw)
		if err != nil {
			return Value{}, err
		}
		r := f(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return Value{}, domainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(x) && !math.IsNaN(y) {
			return Value{}, rangeError()
		}
		return Float(r), nil
	}
}

func twoFloats(t *Thread, name string, args []Value, kw []string) (float64, float64, error) {
	if len(kw) > 0 {
		return 0, 0, NewError(&TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 2 {
		return 0, 0, NewError(&TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
	}
	x, err := mathFloat(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := mathFloat(t, args[1])
	return x, y, err
}

func makeMathModule(in *Interpreter) *Module {
	m := NewModule("math")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("This module provides access to the mathematical functions\ndefined by the C standard."))
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	fn := func(name string, f BuiltinFn) { moduleFn(m, name, f) }
	fn("acos", math1("acos", crAcos, false))
	fn("acosh", math1("acosh", crAcosh, false))
	fn("asin", math1("asin", crAsin, false))
	fn("asinh", math1("asinh", crAsinh, false))
	fn("atan", math1("atan", crAtan, false))
	fn("atan2", math2("atan2", crAtan2))
	fn("atanh", math1("atanh", crAtanh, false))
	fn("ceil", mathRound("ceil", math.Ceil))
	fn("copysign", math2("copysign", math.Copysign))
	fn("cos", math1("cos", fastCos, false))
	fn("cosh", math1("cosh", crCosh, true))
	fn("degrees", mathScale("degrees", 180.0/math.Pi))
	fn("exp", math1("exp", crExp, true))
	fn("expm1", math1("expm1", math.Expm1, true))
	fn("fabs", math1("fabs", math.Abs, false))
	fn("factorial", mathFactorial)
	fn("floor", mathRound("floor", math.Floor))
	fn("fmod", mathFmod)
	fn("fsum", mathFsum)
	fn("gcd", mathGcd("gcd", false))
	fn("hypot", mathHypot)
	fn("isclose", mathIsClose)
	fn("isfinite", mathPredicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }))
	fn("isinf", mathPredicate("isinf", func(x float64) bool { return math.IsInf(x, 0) }))
	fn("isnan", mathPredicate("isnan", math.IsNaN))
	fn("lcm", mathGcd("lcm", true))
	fn("log", mathLog)
	fn("log10", mathLogN("log10", crLog10))
	fn("log1p", math1("log1p", math.Log1p, false))
	fn("log2", mathLogN("log2", crLog2))
	fn("pow", mathPow)
	fn("prod", mathProd)
	fn("radians", mathScale("radians", math.Pi/180.0))
	fn("sin", math1("sin", fastSin, false))
	fn("sinh", math1("sinh", crSinh, true))
	fn("sqrt", math1("sqrt", math.Sqrt, false))
	fn("tan", math1("tan", crTan, false))
	fn("tanh", math1("tanh", crTanh, false))
	fn("trunc", mathTrunc)
	fn("comb", mathComb)
	fn("perm", mathPerm)
	fn("isqrt", mathIsqrt)
	set("pi", Float(math.Pi))
	set("e", Float(math.E))
	set("tau", Float(2*math.Pi))
	set("inf", Float(math.Inf(1)))
	set("nan", Float(math.NaN()))
	addMoreMathFunctions(m)
	return m
}

func mathPredicate(name string, f func(float64) bool) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("math."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		x, err := mathFloat(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Bool(f(x)), nil
	}
}

// mathRound is floor and ceil: ints are returned as they are, objects
// with __floor__/__ceil__ are asked, floats are rounded to an int.
func mathRound(name string, f func(float64) float64) BuiltinFn {
	dunder := Intern("__" + name + "__")
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("math."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		x := args[0]
		if x.IsFloat() {
			return floatToInt(f(x.AsFloat()))
		}
		if x.Type() == &IntType || x.IsInt() || x.IsBool() {
			if x.IsBool() {
				return Int(int64(x.bits)), nil
			}
			return x, nil
		}
		if m := x.Type().Lookup(dunder); !m.IsNull() {
			return callMethodDescr(t, m, x)
		}
		fl, err := mathFloat(t, x)
		if err != nil {
			return Value{}, err
		}
		return floatToInt(f(fl))
	}
}

// callMethodDescr calls a looked-up special method on v.
func callMethodDescr(t *Thread, m, v Value) (Value, error) {
	if get := m.Type().Slots.DescrGet; get != nil {
		bound, err := get(t, m, v, v.Type())
		if err != nil {
			return Value{}, err
		}
		return Call(t, bound, nil, nil)
	}
	return Call(t, m, nil, nil)
}

func mathTrunc(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.trunc", args, kw, 1); err != nil {
		return Value{}, err
	}
	x := args[0]
	if x.IsFloat() {
		return floatToInt(x.AsFloat())
	}
	m := x.Type().Lookup(Intern("__trunc__"))
	if m.IsNull() {
		return Value{}, NewError(&TypeErrorType, "type %s doesn't define __trunc__ method", typeName(x))
	}
	return callMethodDescr(t, m, x)
}

func mathFmod(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	x, y, err := twoFloats(t, "fmod", args, kw)
	if err != nil {
		return Value{}, err
	}
	// fmod(x, inf) is x for finite x; fmod(inf, y) and fmod(x, 0) are
	// domain errors.
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return Float(x), nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return Value{}, domainError()
	}
	return Float(r), nil
}

func mathPow(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	x, y, err := twoFloats(t, "pow", args, kw)
	if err != nil {
		return Value{}, err
	}
	var r float64
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		r = math.NaN()
		if y == 0 {
			r = 1
		} else if x == 1 {
			r = 1
		}
		return Float(r), nil
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return Float(math.Pow(x, y)), nil
	}
	r = crPow(x, y)
	if math.IsNaN(r) {
		return Value{}, domainError()
	}
	if math.IsInf(r, 0) {
		if x == 0 {
			return Value{}, domainError()
		}
		return Value{}, rangeError()
	}
	return Float(r), nil
}

func mathHypot(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "math.hypot() takes no keyword arguments")
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		x, err := mathFloat(t, a)
		if err != nil {
			return Value{}, err
		}
		xs[i] = math.Abs(x)
	}
	return Float(vectorNorm(xs)), nil
}

// vectorNorm is the Euclidean norm. Infinities win over NaNs, as in
// CPython; otherwise the sum of squares is scaled by the largest
// component to avoid overflow and underflow.
func vectorNorm(xs []float64) float64 {
	maxv, nan := 0.0, false
	for _, x := range xs {
		if math.IsNaN(x) {
			nan = true
		}
		if x > maxv {
			maxv = x
		}
	}
	if math.IsInf(maxv, 1) {
		return maxv
	}
	if nan {
		return math.NaN()
	}
	if maxv == 0 || len(xs) <= 1 {
		return maxv
	}
	return crHypot(xs)
}

func mathIsClose(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	pos, kw, err := kwArgs("isclose", args, kwnames, "a", "b", "rel_tol", "abs_tol")
	if err != nil {
		return Value{}, err
	}
	if len(pos) > 2 {
		return Value{}, NewError(&TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", len(pos))
	}
	vals := map[string]Value{}
	for i, v := range pos {
		vals[[]string{"a", "b"}[i]] = v
	}
	for k, v := range kw {
		if _, dup := vals[k]; dup {
			return Value{}, NewError(&TypeErrorType, "argument for isclose() given by name ('%s') and position (%d)", k, map[string]int{"a": 1, "b": 2}[k])
		}
		vals[k] = v
	}
	get := func(k string, def float64, pos int) (float64, error) {
		v, ok := vals[k]
		if !ok {
			if pos > 0 {
				return 0, NewError(&TypeErrorType, "isclose() missing required argument '%s' (pos %d)", k, pos)
			}
			return def, nil
		}
		return mathFloat(t, v)
	}
	a, err := get("a", 0, 1)
	if err != nil {
		return Value{}, err
	}
	b, err := get("b", 0, 2)
	if err != nil {
		return Value{}, err
	}
	rel, err := get("rel_tol", 1e-9, 0)
	if err != nil {
		return Value{}, err
	}
	abs, err := get("abs_tol", 0, 0)
	if err != nil {
		return Value{}, err
	}
	if rel < 0 || abs < 0 {
		return Value{}, NewError(&ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return False, nil
	}
	diff := math.Abs(b - a)
	return Bool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}

// mathFsum is Shewchuk's exactly rounded sum with the partials list, as
// CPython's math.fsum computes it (same special cases and messages).
func mathFsum(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.fsum", args, kw, 1); err != nil {
		return Value{}, err
	}
	items, err := iterateToSlice(t, args[0])
	if err != nil {
		return Value{}, err
	}
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	for _, it := range items {
		x, err := mathFloat(t, it)
		if err != nil {
			return Value{}, err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				// a nonfinite x could arise either as a result of
				// intermediate overflow, or as a result of a nan or inf
				// in the summands
				if math.IsInf(xsave, 0) || math.IsNaN(xsave) {
					if math.IsInf(xsave, 0) {
						infSum += xsave
					}
					specialSum += xsave
					partials = partials[:0]
					continue
				}
				return Value{}, NewError(&OverflowErrorType, "intermediate overflow in fsum")
			}
			partials = append(partials, x)
		}
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return Value{}, NewError(&ValueErrorType, "-inf + inf in fsum")
		}
		return Float(specialSum), nil
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		var lo float64
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		// Round half-even correctly when the remaining partials would
		// change the rounding of hi.
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return Float(hi), nil
}

// mathIntArg is an integer argument (via __index__) for the integer
// functions.
func mathIntArg(t *Thread, v Value) (*big.Int, error) {
	iv, err := indexValue(t, v, "")
	if err != nil {
		return nil, err
	}
	return toBig(iv), nil
}

func mathGcd(name string, lcm bool) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "math.%s() takes no keyword arguments", name)
		}
		acc := big.NewInt(0)
		if lcm {
			acc.SetInt64(1)
		}
		for _, a := range args {
			x, err := mathIntArg(t, a)
			if err != nil {
				return Value{}, err
			}
			ax := new(big.Int).Abs(x)
			if lcm {
				if acc.Sign() == 0 || ax.Sign() == 0 {
					acc.SetInt64(0)
					continue
				}
				g := new(big.Int).GCD(nil, nil, acc, ax)
				acc.Mul(acc, new(big.Int).Quo(ax, g))
			} else {
				acc.GCD(nil, nil, acc, ax)
			}
		}
		return bigValue(acc), nil
	}
}

func mathFactorial(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.factorial", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := mathIntArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n.Sign() < 0 {
		return Value{}, NewError(&ValueErrorType, "factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 1<<20 {
		return Value{}, NewError(&OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return bigValue(new(big.Int).MulRange(1, n.Int64())), nil
}

func mathIsqrt(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.isqrt", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := mathIntArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n.Sign() < 0 {
		return Value{}, NewError(&ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return bigValue(new(big.Int).Sqrt(n)), nil
}

// combPermArgs parses comb(n, k) and perm(n, k=None).
func combPermArgs(t *Thread, name string, args []Value, kw []string, minArgs int) (n, k *big.Int, err error) {
	if len(kw) > 0 {
		return nil, nil, NewError(&TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) < minArgs || len(args) > 2 {
		if minArgs == 2 {
			return nil, nil, NewError(&TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
		}
		if len(args) < minArgs {
			return nil, nil, NewError(&TypeErrorType, "%s expected at least %d argument, got %d", name, minArgs, len(args))
		}
		return nil, nil, NewError(&TypeErrorType, "%s expected at most 2 arguments, got %d", name, len(args))
	}
	if n, err = mathIntArg(t, args[0]); err != nil {
		return nil, nil, err
	}
	if len(args) == 1 || args[1].IsNone() {
		k = n
	} else if k, err = mathIntArg(t, args[1]); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, NewError(&ValueErrorType, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, NewError(&ValueErrorType, "k must be a non-negative integer")
	}
	if !n.IsInt64() || !k.IsInt64() {
		return nil, nil, notImplemented("math." + name + "() with arguments beyond 64 bits")
	}
	return n, k, nil
}

func mathComb(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	n, k, err := combPermArgs(t, "comb", args, kw, 2)
	if err != nil {
		return Value{}, err
	}
	if k.Cmp(n) > 0 {
		return Int(0), nil
	}
	return bigValue(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
}

func mathPerm(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	n, k, err := combPermArgs(t, "perm", args, kw, 1)
	if err != nil {
		return Value{}, err
	}
	if k.Cmp(n) > 0 {
		return Int(0), nil
	}
	if k.Sign() == 0 {
		return Int(1), nil
	}
	return bigValue(new(big.Int).MulRange(n.Int64()-k.Int64()+1, n.Int64())), nil
}

func mathProd(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	pos, kw, err := kwArgs("prod", args, kwnames, "start")
	if err != nil {
		return Value{}, err
	}
	if len(pos) != 1 {
		if len(pos) == 0 {
			return Value{}, NewError(&TypeErrorType, "prod() missing required argument 'iterable' (pos 1)")
		}
		return Value{}, NewError(&TypeErrorType, "prod() takes exactly 1 positional argument (%d given)", len(pos))
	}
	acc := Int(1)
	if s, ok := kw["start"]; ok {
		acc = s
	}
	it, err := Iter(t, pos[0])
	if err != nil {
		return Value{}, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if x.IsNull() {
			return acc, nil
		}
		if acc, err = BinaryOp(t, bytecode.BinOpMultiply, acc, x); err != nil {
			return Value{}, err
		}
	}
}

// logOf is the natural log of a math argument; ints too large for a
// float are split into mantissa and exponent, as loghelper does.
func logOf(t *Thread, v Value, f func(float64) float64) (float64, error) {
	if isIntLike(v) {
		b := toBig(v)
		if b.Sign() <= 0 {
			return 0, domainError()
		}
		if x, err := intToFloat(v); err == nil {
			return f(x), nil
		}
		// x = m * 2**e with 0.5 <= m < 1.
		e := b.BitLen()
		m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b), -e).Float64()
		return f(m) + float64(float64(e)*f(2)), nil // no fused multiply-add (arm64)
	}
	x, err := mathFloat(t, v)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return x, nil
	}
	if x <= 0 {
		return 0, domainError()
	}
	return f(x), nil
}

func mathLog(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "math.log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return Value{}, NewError(&TypeErrorType, "math.log requires 1 to 2 arguments")
	}
	num, err := logOf(t, args[0], crLog)
	if err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		return Float(num), nil
	}
	den, err := logOf(t, args[1], crLog)
	if err != nil {
		return Value{}, err
	}
	if den == 0 {
		return Value{}, NewError(&ZeroDivisionErrorType, "float division by zero")
	}
	return Float(num / den), nil
}

func mathLogN(name string, f func(float64) float64) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("math."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		r, err := logOf(t, args[0], f)
		return Float(r), err
	}
}
