package astopt

// Python complex arithmetic (CPython's Objects/complexobject.c), replayed
// operation by operation so results are bit-exact. The explicit float64
// conversions stop the Go compiler from fusing a*b+c into an FMA, which C
// compilers for CPython's platforms do not do either.

import "math"

// cProd is _Py_c_prod.
func cProd(a, b complex128) complex128 {
	re := float64(real(a)*real(b)) - float64(imag(a)*imag(b))
	im := float64(real(a)*imag(b)) + float64(imag(a)*real(b))
	return complex(re, im)
}

// cQuot is _Py_c_quot (Smith's algorithm); ok=false on division by zero.
func cQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false // ZeroDivisionError
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	// At least one of br, bi is a NaN.
	return complex(math.NaN(), math.NaN()), true
}

// cPowGeneral is _Py_c_pow; ok=false for 0 to a negative or complex power.
func cPowGeneral(a, b complex128) (complex128, bool) {
	switch {
	case real(b) == 0 && imag(b) == 0:
		return complex(1, 0), true
	case real(a) == 0 && imag(a) == 0:
		if imag(b) != 0 || real(b) < 0 {
			return 0, false
		}
		return 0, true
	}
	vabs := crHypot(real(a), imag(a))
	length := libmPow(vabs, real(b))
	at := crAtan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= crExp(float64(at * imag(b)))
		phase += float64(imag(b) * crLog(vabs))
	}
	if math.IsInf(phase, 0) {
		// cos and sin of an infinity set errno to EDOM, which complex_pow
		// reports as ZeroDivisionError.
		return 0, false
	}
	sin, cos := crSinCos(phase)
	return complex(float64(length*cos), float64(length*sin)), true
}

// libmPow is C's pow() for the general complex power (no Python checks).
func libmPow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x <= 0:
		return math.Pow(x, y)
	}
	return crPow(x, y)
}

// cPowU is c_powu: x**n for n >= 1 by binary powering.
func cPowU(x complex128, n int64) complex128 {
	r := complex(1, 0)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

// complexPow is complex_pow without a modulus.
func complexPow(a, b complex128) (any, bool) {
	var p complex128
	ok := true
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		if n > 0 {
			p = cPowU(a, n)
		} else {
			p, ok = cQuot(complex(1, 0), cPowU(a, -n))
		}
	} else {
		p, ok = cPowGeneral(a, b)
	}
	if !ok {
		return nil, false // ZeroDivisionError
	}
	if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		return nil, false // OverflowError: complex exponentiation
	}
	return p, true
}
