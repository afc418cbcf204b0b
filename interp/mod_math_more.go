package interp

// This file holds the math module's smaller functions that work on the
// representation of doubles (ldexp, frexp, modf, ulp, nextafter,
// remainder), dist, the C library's exp2, cbrt, erf and erfc, and
// gamma and lgamma (mod_math_gamma.go), with
// CPython's argument handling and messages (Modules/mathmodule.c).

import (
	"math"
)

func addMoreMathFunctions(m *Module) {
	fn := func(name string, f BuiltinFn) { moduleFn(m, name, f) }
	fn("ldexp", mathLdexp)
	fn("frexp", mathFrexp)
	fn("modf", mathModf)
	fn("ulp", math1("ulp", mathUlp, false))
	fn("nextafter", math2("nextafter", cNextafter))
	fn("remainder", math2("remainder", math.Remainder))
	fn("dist", mathDist)
	fn("exp2", math1("exp2", crExp2, true))
	// Go's Cbrt, Erf and Erfc are ports of the same fdlibm code the C
	// library's come from.
	fn("cbrt", math1("cbrt", math.Cbrt, false))
	fn("erf", math1("erf", math.Erf, false))
	fn("erfc", math1("erfc", math.Erfc, false))
	fn("gamma", mathErrnoFn("gamma", tgamma))
	fn("lgamma", mathErrnoFn("lgamma", lgamma))
}

// cNextafter is C's nextafter, which returns y (not x) when they are
// equal, so nextafter(0.0, -0.0) is -0.0.
func cNextafter(x, y float64) float64 {
	if x == y {
		return y
	}
	return math.Nextafter(x, y)
}

func mathUlp(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return x
	}
	next := math.Nextafter(x, math.Inf(1))
	if math.IsInf(next, 0) {
		// x is the largest double: the gap below it.
		return x - math.Nextafter(x, math.Inf(-1))
	}
	return next - x
}

func mathLdexp(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "ldexp() takes no keyword arguments")
	}
	if len(args) != 2 {
		return Value{}, NewError(&TypeErrorType, "ldexp expected 2 arguments, got %d", len(args))
	}
	x, err := mathFloat(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if !isIntLike(args[1]) {
		return Value{}, NewError(&TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	// Exponents beyond int range saturate, as PyLong_AsLongAndOverflow
	// and the INT_MAX/INT_MIN checks do.
	e, ok := smallInt(args[1])
	if !ok {
		e = math.MaxInt64
		if toBig(args[1]).Sign() < 0 {
			e = math.MinInt64
		}
	}
	switch {
	case x == 0 || math.IsInf(x, 0) || math.IsNaN(x):
		return Float(x), nil
	case e > math.MaxInt32:
		return Value{}, rangeError()
	case e < math.MinInt32:
		return Float(math.Copysign(0, x)), nil
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return Value{}, rangeError()
	}
	return Float(r), nil
}

func mathFrexp(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.frexp", args, kw, 1); err != nil {
		return Value{}, err
	}
	x, err := mathFloat(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return NewTupleValue([]Value{Float(x), Int(0)}), nil
	}
	m, e := math.Frexp(x)
	return NewTupleValue([]Value{Float(m), Int(int64(e))}), nil
}

func mathModf(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("math.modf", args, kw, 1); err != nil {
		return Value{}, err
	}
	x, err := mathFloat(t, args[0])
	if err != nil {
		return Value{}, err
	}
	switch {
	case math.IsInf(x, 0):
		return NewTupleValue([]Value{Float(math.Copysign(0, x)), Float(x)}), nil
	case math.IsNaN(x):
		return NewTupleValue([]Value{Float(x), Float(x)}), nil
	}
	ip, frac := math.Modf(x)
	return NewTupleValue([]Value{Float(frac), Float(ip)}), nil
}

// mathDist is the Euclidean distance of two points given as sequences
// of equal length.
func mathDist(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "dist() takes no keyword arguments")
	}
	if len(args) != 2 {
		return Value{}, NewError(&TypeErrorType, "dist expected 2 arguments, got %d", len(args))
	}
	var pts [2][]Value
	for i, a := range args {
		if a.Type().IsSubtype(&TupleType) {
			pts[i] = objectAs[Tuple](a.ref).items
			continue
		}
		items, err := iterateToSlice(t, a)
		if err != nil {
			return Value{}, err
		}
		pts[i] = items
	}
	if len(pts[0]) != len(pts[1]) {
		return Value{}, NewError(&ValueErrorType, "both points must have the same number of dimensions")
	}
	diffs := make([]float64, len(pts[0]))
	for i := range diffs {
		p, err := mathFloat(t, pts[0][i])
		if err != nil {
			return Value{}, err
		}
		q, err := mathFloat(t, pts[1][i])
		if err != nil {
			return Value{}, err
		}
		diffs[i] = math.Abs(p - q)
	}
	return Float(vectorNorm(diffs)), nil
}

// crExp2 is the correctly rounded 2**x: e**(x ln 2) with x ln 2 a
// double-double within 2 eps |x ln 2|, so e**z within ddExpRel plus that;
// integers give exact powers of two.
func crExp2(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x >= 1024:
		return math.Inf(1)
	case x < -1075:
		return 0
	case x == math.Trunc(x):
		return math.Ldexp(1, int(x))
	}
	ddExpInit()
	z := ddMulD(ddLn2, x)
	v, k := ddExpCore(z)
	if y, ok := ddFinish(v, k, math.Abs(z.hi)*4*ddEps+ddExpRel); ok {
		return y
	}
	return slowPow(2, x)
}
