package interp

// math.gamma and math.lgamma. CPython computes these itself (not in the C
// library): the Lanczos approximation with N = 13 and g =
// 6.024680040776729583740234375 written as a rational function, the
// reflection formula for negative arguments, and the C library's exp,
// pow, log, sin and cos underneath. The same steps over pyjit's correctly
// rounded exp, pow, log, sin and cos give the same doubles.

import "math"

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

// The Lanczos sum's numerator and denominator coefficients (the
// denominator is x(x+1)...(x+11)).
var (
	lanczosNum = [13]float64{
		23531376880.410759688572007674451636754734846804940,
		42919803642.649098768957899047001988850926355848959,
		35711959237.355668049440185451547166705960488635843,
		17921034426.037209699919755754458931112671403265390,
		6039542586.3520280050642916443072979210699388420708,
		1439720407.3117216736632230727949123939715485786772,
		248874557.86205415651146038641322942321632125127801,
		31426415.585400194380614231628318205362874684987640,
		2876370.6289353724412254090516208496135991145378768,
		186056.26539522349504029498971604569928220784236328,
		8071.6720023658162106380029022722506138218516325024,
		210.82427775157934587250973392071336271166969580291,
		2.5066282746310002701649081771338373386264310793408,
	}
	lanczosDen = [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
		13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}
)

// lanczosSum is L_g(x) for x > 0; above 5 it is evaluated in 1/x, which
// avoids overflow and loses less accuracy.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi is sin(pi x) for finite x, exact at integers and half-integers.
func sinPi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2)
	var r float64
	switch int(math.Round(2 * y)) { // C round: halves away from zero
	case 0:
		r = fastSin(math.Pi * y)
	case 1:
		r = fastCos(math.Pi * (y - 0.5))
	case 2:
		// -sin(pi*(y-1)) would be -0.0 at y == 1.
		r = fastSin(math.Pi * (1 - y))
	case 3:
		r = -fastCos(math.Pi * (y - 1.5))
	default:
		r = fastSin(math.Pi * (y - 2))
	}
	return math.Copysign(1, x) * r
}

// mathErrno is the C errno a gamma computation sets.
type mathErrno int

const (
	errNone mathErrno = iota
	errDomain
	errRange
)

func tgamma(x float64) (float64, mathErrno) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, errNone
	case math.IsInf(x, -1):
		return math.NaN(), errDomain
	case x == 0:
		return math.Copysign(math.Inf(1), x), errDomain
	case x == math.Floor(x):
		if x < 0 {
			return math.NaN(), errDomain
		}
		if x <= 23 {
			f := 1.0
			for i := 2.0; i < x; i++ {
				f *= i // exact: the factorials up to 22! are doubles
			}
			return f, errNone
		}
	}
	ax := math.Abs(x)
	if ax < 1e-20 {
		r := 1 / x
		if math.IsInf(r, 0) {
			return r, errRange
		}
		return r, errNone
	}
	if ax > 200 {
		if x < 0 {
			return 0 / sinPi(x), errNone
		}
		return math.Inf(1), errRange
	}
	y := ax + lanczosGMinusHalf
	// z is the rounding error of y, corrected for below (see
	// mathmodule.c's comment on the correction factor).
	var z float64
	if ax > lanczosGMinusHalf {
		q := y - ax
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - ax
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -math.Pi / sinPi(ax) / ax * crExp(y) / lanczosSum(ax)
		r -= z * r
		if ax < 140 {
			r /= crPow(y, ax-0.5)
		} else {
			sqrtpow := crPow(y, ax/2-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(ax) / crExp(y)
		r += z * r
		if ax < 140 {
			r *= crPow(y, ax-0.5)
		} else {
			sqrtpow := crPow(y, ax/2-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

func lgamma(x float64) (float64, mathErrno) {
	switch {
	case math.IsNaN(x):
		return x, errNone
	case math.IsInf(x, 0):
		return math.Inf(1), errNone
	case x == math.Floor(x) && x <= 2:
		if x <= 0 {
			return math.Inf(1), errDomain
		}
		return 0, errNone
	}
	ax := math.Abs(x)
	if ax < 1e-20 {
		return -crLog(ax), errNone
	}
	r := crLog(lanczosSum(ax)) - lanczosG
	r += (ax - 0.5) * (crLog(ax+lanczosG-0.5) - 1)
	if x < 0 {
		r = logPi - crLog(math.Abs(sinPi(ax))) - crLog(ax) - r
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

// mathErrnoFn wraps a function reporting errno as math_1 does: EDOM is
// a domain error, ERANGE an overflow unless the result is small (an
// underflow, which is not an error).
func mathErrnoFn(name string, f func(float64) (float64, mathErrno)) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("math."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		x, err := mathFloat(t, args[0])
		if err != nil {
			return Value{}, err
		}
		r, e := f(x)
		switch {
		case e == errDomain:
			return Value{}, domainError()
		case e == errRange && math.Abs(r) >= 1.5:
			return Value{}, rangeError()
		}
		return Float(r), nil
	}
}
