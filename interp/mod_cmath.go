package interp

// This file implements the cmath module (CPython's Modules/cmathmodule.c):
// the same formulas, branch cuts and C99 Annex G special-value tables (as
// of 3.11: tanh and acosh of (+-0 + nan j) are nan+nanj),
// evaluated with the correctly rounded exp/log/sin/cos/atan2/hypot of
// mod_math_prec.go, which is what glibc gives CPython. Errors follow
// CPython's errno protocol: EDOM is ValueError("math domain error"),
// ERANGE is OverflowError("math range error").

import (
	"math"
)

func init() {
	builtinModules["cmath"] = makeCmathModule
	delete(cModules, "cmath")
}

// cmErr is the errno of one cmath computation.
type cmErr int

const (
	cmOK cmErr = iota
	cmEDOM
	cmERANGE
)

func (e cmErr) err() error {
	switch e {
	case cmEDOM:
		return domainError()
	case cmERANGE:
		return rangeError()
	}
	return nil
}

const (
	cmLargeDouble   = math.MaxFloat64 / 4
	cmDblMin        = 2.2250738585072014e-308
	cmScaleUp       = 53
	cmScaleDown     = -27
	cmLn2           = 0.6931471805599453094
	cmLn10          = 2.302585092994045684
	cmPyMathE       = 2.718281828459045
	cmPi            = math.Pi
	cmPi14, cmPi12  = 0.25 * math.Pi, 0.5 * math.Pi
	cmPi34          = 0.75 * math.Pi
	cmSqrtLargeDbl  = 6.703903964971298e+153 // sqrt(DBL_MAX/4)
	cmLogLargeDbl   = 708.3964185322641      // log(DBL_MAX/4)
	cmSqrtDblMinVal = 1.4916681462400413e-154
)

// special types, the index into the special value tables.
func cmSpecialType(d float64) int {
	switch {
	case math.IsNaN(d):
		return 6
	case math.IsInf(d, -1):
		return 0
	case math.IsInf(d, 1):
		return 5
	case d == 0:
		if math.Signbit(d) {
			return 2
		}
		return 3
	case d < 0:
		return 1
	}
	return 4
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// cmTable is a 7x7 special value table; entries for finite arguments are
// never used.
type cmTable [7][7]complex128

var cmInf, cmNaN = math.Inf(1), math.NaN()

func cmTab(rows [7][14]float64) *cmTable {
	var t cmTable
	for i, r := range rows {
		for j := 0; j < 7; j++ {
			t[i][j] = complex(r[2*j], r[2*j+1])
		}
	}
	return &t
}

var (
	cmAcosSV, cmAcoshSV, cmAsinhSV, cmAtanhSV, cmCoshSV, cmExpSV, cmLogSV, cmSinhSV, cmSqrtSV, cmTanhSV, cmRectSV *cmTable
)

func initCmathTables() {
	P, P14, P12, P34, INF, N, U := cmPi, cmPi14, cmPi12, cmPi34, cmInf, cmNaN, cmNaN
	z, nz := 0.0, math.Copysign(0, -1)
	cmAcosSV = cmTab([7][14]float64{
		{P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF},
		{P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N},
		{P12, INF, U, U, P12, z, P12, nz, U, U, P12, -INF, P12, N},
		{P12, INF, U, U, P12, z, P12, nz, U, U, P12, -INF, P12, N},
		{P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N},
		{P14, INF, z, INF, z, INF, z, -INF, z, -INF, P14, -INF, N, INF},
		{N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N},
	})
	cmAcoshSV = cmTab([7][14]float64{
		{INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N},
		{INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N},
		{INF, -P12, U, U, z, -P12, z, P12, U, U, INF, P12, N, N},
		{INF, -P12, U, U, z, -P12, z, P12, U, U, INF, P12, N, N},
		{INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N},
		{INF, -P14, INF, nz, INF, nz, INF, z, INF, z, INF, P14, INF, N},
		{INF, N, N, N, N, N, N, N, N, N, INF, N, N, N},
	})
	cmAsinhSV = cmTab([7][14]float64{
		{-INF, -P14, -INF, nz, -INF, nz, -INF, z, -INF, z, -INF, P14, -INF, N},
		{-INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N},
		{-INF, -P12, U, U, nz, nz, nz, z, U, U, -INF, P12, N, N},
		{INF, -P12, U, U, z, nz, z, z, U, U, INF, P12, N, N},
		{INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N},
		{INF, -P14, INF, nz, INF, nz, INF, z, INF, z, INF, P14, INF, N},
		{INF, N, N, N, N, nz, N, z, N, N, INF, N, N, N},
	})
	cmAtanhSV = cmTab([7][14]float64{
		{nz, -P12, nz, -P12, nz, -P12, nz, P12, nz, P12, nz, P12, nz, N},
		{nz, -P12, U, U, U, U, U, U, U, U, nz, P12, N, N},
		{nz, -P12, U, U, nz, nz, nz, z, U, U, nz, P12, nz, N},
		{z, -P12, U, U, z, nz, z, z, U, U, z, P12, z, N},
		{z, -P12, U, U, U, U, U, U, U, U, z, P12, N, N},
		{z, -P12, z, -P12, z, -P12, z, P12, z, P12, z, P12, z, N},
		{z, -P12, N, N, N, N, N, N, N, N, z, P12, N, N},
	})
	cmCoshSV = cmTab([7][14]float64{
		{INF, N, U, U, INF, z, INF, nz, U, U, INF, N, INF, N},
		{N, N, U, U, U, U, U, U, U, U, N, N, N, N},
		{N, z, U, U, 1, z, 1, nz, U, U, N, z, N, z},
		{N, z, U, U, 1, nz, 1, z, U, U, N, z, N, z},
		{N, N, U, U, U, U, U, U, U, U, N, N, N, N},
		{INF, N, U, U, INF, nz, INF, z, U, U, INF, N, INF, N},
		{N, N, N, N, N, z, N, z, N, N, N, N, N, N},
	})
	cmExpSV = cmTab([7][14]float64{
		{z, z, U, U, z, nz, z, z, U, U, z, z, z, z},
		{N, N, U, U, U, U, U, U, U, U, N, N, N, N},
		{N, N, U, U, 1, nz, 1, z, U, U, N, N, N, N},
		{N, N, U, U, 1, nz, 1, z, U, U, N, N, N, N},
		{N, N, U, U, U, U, U, U, U, U, N, N, N, N},
		{INF, N, U, U, INF, nz, INF, z, U, U, INF, N, INF, N},
		{N, N, N, N, N, nz, N, z, N, N, N, N, N, N},
	})
	cmLogSV = cmTab([7][14]float64{
		{INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N},
		{INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N},
		{INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N},
		{INF, -P12, U, U, -INF, nz, -INF, z, U, U, INF, P12, N, N},
		{INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N},
		{INF, -P14, INF, nz, INF, nz, INF, z, INF, z, INF, P14, INF, N},
		{INF, N, N, N, N, N, N, N, N, N, INF, N, N, N},
	})
	cmSinhSV = cmTab([7][14]float64{
		{INF, N, U, U, -INF, nz, -INF, z, U, U, INF, N, INF, N},
		{N, N, U, U, U, U, U, U, U, U, N, N, N, N},
		{z, N, U, U, nz, nz, nz, z, U, U, z, N, z, N},
		{z, N, U, U, z, nz, z, z, U, U, z, N, z, N},
		{N, N, U, U, U, U, U, U, U, U, N, N, N, N},
		{INF, N, U, U, INF, nz, INF, z, U, U, INF, N, INF, N},
		{N, N, N, N, N, nz, N, z, N, N, N, N, N, N},
	})
	cmSqrtSV = cmTab([7][14]float64{
		{INF, -INF, z, -INF, z, -INF, z, INF, z, INF, INF, INF, N, INF},
		{INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N},
		{INF, -INF, U, U, z, nz, z, z, U, U, INF, INF, N, N},
		{INF, -INF, U, U, z, nz, z, z, U, U, INF, INF, N, N},
		{INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N},
		{INF, -INF, INF, nz, INF, nz, INF, z, INF, z, INF, INF, INF, N},
		{INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N},
	})
	cmTanhSV = cmTab([7][14]float64{
		{-1, z, U, U, -1, nz, -1, z, U, U, -1, z, -1, z},
		{N, N, U, U, U, U, U, U, U, U, N, N, N, N},
		{N, N, U, U, nz, nz, nz, z, U, U, N, N, N, N},
		{N, N, U, U, z, nz, z, z, U, U, N, N, N, N},
		{N, N, U, U, U, U, U, U, U, U, N, N, N, N},
		{1, z, U, U, 1, nz, 1, z, U, U, 1, z, 1, z},
		{N, N, N, N, N, nz, N, z, N, N, N, N, N, N},
	})
	cmRectSV = cmTab([7][14]float64{
		{INF, N, U, U, -INF, z, -INF, nz, U, U, INF, N, INF, N},
		{N, N, U, U, U, U, U, U, U, U, N, N, N, N},
		{z, z, U, U, nz, z, nz, nz, U, U, z, z, z, z},
		{z, z, U, U, z, nz, z, z, U, U, z, z, z, z},
		{N, N, U, U, U, U, U, U, U, U, N, N, N, N},
		{INF, N, U, U, INF, nz, INF, z, U, U, INF, N, INF, N},
		{N, N, N, N, N, z, N, z, N, N, N, N, N, N},
	})
}

func cmSpecial(z complex128, t *cmTable) (complex128, bool) {
	if isFinite(real(z)) && isFinite(imag(z)) {
		return 0, false
	}
	return t[cmSpecialType(real(z))][cmSpecialType(imag(z))], true
}

func cmSqrt(z complex128) (complex128, cmErr) {
	if r, ok := cmSpecial(z, cmSqrtSV); ok {
		return r, cmOK
	}
	if real(z) == 0 && imag(z) == 0 {
		return complex(0, imag(z)), cmOK
	}
	ax, ay := math.Abs(real(z)), math.Abs(imag(z))
	var s float64
	if ax < cmDblMin && ay < cmDblMin {
		ax = math.Ldexp(ax, cmScaleUp)
		s = math.Ldexp(math.Sqrt(ax+chypot(ax, math.Ldexp(ay, cmScaleUp))), cmScaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+chypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if real(z) >= 0 {
		return complex(s, math.Copysign(d, imag(z))), cmOK
	}
	return complex(d, math.Copysign(s, imag(z))), cmOK
}

func cmAcos(z complex128) (complex128, cmErr) {
	if r, ok := cmSpecial(z, cmAcosSV); ok {
		return r, cmOK
	}
	if math.Abs(real(z)) > cmLargeDouble || math.Abs(imag(z)) > cmLargeDouble {
		re := crAtan2(math.Abs(imag(z)), real(z))
		var im float64
		if real(z) < 0 {
			im = -math.Copysign(crLog(chypot(real(z)/2, imag(z)/2))+cmLn2*2, imag(z))
		} else {
			im = math.Copysign(crLog(chypot(real(z)/2, imag(z)/2))+cmLn2*2, -imag(z))
		}
		return complex(re, im), cmOK
	}
	s1, _ := cmSqrt(complex(1-real(z), -imag(z)))
	s2, _ := cmSqrt(complex(1+real(z), imag(z)))
	return complex(2*crAtan2(real(s1), real(s2)), crAsinh(real(s2)*imag(s1)-imag(s2)*real(s1))), cmOK
}

func cmAcosh(z complex128) (complex128, cmErr) {
	if r, ok := cmSpecial(z, cmAcoshSV); ok {
		return r, cmOK
	}
	if math.Abs(real(z)) > cmLargeDouble || math.Abs(imag(z)) > cmLargeDouble {
		return complex(crLog(chypot(real(z)/2, imag(z)/2))+cmLn2*2, crAtan2(imag(z), real(z))), cmOK
	}
	s1, _ := cmSqrt(complex(real(z)-1, imag(z)))
	s2, _ := cmSqrt(complex(real(z)+1, imag(z)))
	return complex(crAsinh(real(s1)*real(s2)+imag(s1)*imag(s2)), 2*crAtan2(imag(s1), real(s2))), cmOK
}

func cmAsinh(z complex128) (complex128, cmErr) {
	if r, ok := cmSpecial(z, cmAsinhSV); ok {
		return r, cmOK
	}
	if math.Abs(real(z)) > cmLargeDouble || math.Abs(imag(z)) > cmLargeDouble {
		var re float64
		if imag(z) >= 0 {
			re = math.Copysign(crLog(chypot(real(z)/2, imag(z)/2))+cmLn2*2, real(z))
		} else {
			re = -math.Copysign(crLog(chypot(real(z)/2, imag(z)/2))+cmLn2*2, -real(z))
		}
		return complex(re, crAtan2(imag(z), math.Abs(real(z)))), cmOK
	}
	s1, _ := cmSqrt(complex(1+imag(z), -real(z)))
	s2, _ := cmSqrt(complex(1-imag(z), real(z)))
	return complex(crAsinh(real(s1)*imag(s2)-real(s2)*imag(s1)), crAtan2(imag(z), real(s1)*real(s2)-imag(s1)*imag(s2))), cmOK
}

// cmRot applies f to i*z and returns -i*f(i*z) (asin, atan, sin, tan
// from their hyperbolic counterparts).
func cmRot(f func(complex128) (complex128, cmErr)) func(complex128) (complex128, cmErr) {
	return func(z complex128) (complex128, cmErr) {
		s, e := f(complex(-imag(z), real(z)))
		return complex(imag(s), -real(s)), e
	}
}

func cmAtanh(z complex128) (complex128, cmErr) {
	if r, ok := cmSpecial(z, cmAtanhSV); ok {
		return r, cmOK
	}
	if real(z) < 0 {
		r, e := cmAtanh(-z)
		return -r, e
	}
	ay := math.Abs(imag(z))
	if real(z) > cmSqrtLargeDbl || ay > cmSqrtLargeDbl {
		h := chypot(real(z)/2, imag(z)/2)
		return complex(real(z)/4/h/h, math.Copysign(math.Pi/2, imag(z))), cmOK
	}
	if real(z) == 1 && ay < cmSqrtDblMinVal {
		if ay == 0 {
			return complex(cmInf, imag(z)), cmEDOM
		}
		return complex(-crLog(math.Sqrt(ay)/math.Sqrt(chypot(ay, 2))), math.Copysign(crAtan2(2, -ay)/2, imag(z))), cmOK
	}
	x := real(z)
	re := math.Log1p(4*x/((1-x)*(1-x)+ay*ay)) / 4
	im := -crAtan2(-2*imag(z), (1-x)*(1+x)-ay*ay) / 2
	return complex(re, im), cmOK
}

// cmHyp is the shared special-value handling of cosh, sinh and exp for
// an infinite real part and finite nonzero imaginary part.
func cmCosh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			if x > 0 {
				r = complex(math.Copysign(cmInf, crCos(y)), math.Copysign(cmInf, crSin(y)))
			} else {
				r = complex(math.Copysign(cmInf, crCos(y)), -math.Copysign(cmInf, crSin(y)))
			}
		} else {
			r = cmCoshSV[cmSpecialType(x)][cmSpecialType(y)]
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, cmEDOM
		}
		return r, cmOK
	}
	var r complex128
	if math.Abs(x) > cmLogLargeDbl {
		xm1 := x - math.Copysign(1, x)
		r = complex(crCos(y)*crCosh(xm1)*cmPyMathE, crSin(y)*crSinh(xm1)*cmPyMathE)
	} else {
		r = complex(crCos(y)*crCosh(x), crSin(y)*crSinh(x))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return r, cmERANGE
	}
	return r, cmOK
}

func cmSinh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			if x > 0 {
				r = complex(math.Copysign(cmInf, crCos(y)), math.Copysign(cmInf, crSin(y)))
			} else {
				r = complex(-math.Copysign(cmInf, crCos(y)), math.Copysign(cmInf, crSin(y)))
			}
		} else {
			r = cmSinhSV[cmSpecialType(x)][cmSpecialType(y)]
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, cmEDOM
		}
		return r, cmOK
	}
	var r complex128
	if math.Abs(x) > cmLogLargeDbl {
		xm1 := x - math.Copysign(1, x)
		r = complex(crCos(y)*crSinh(xm1)*cmPyMathE, crSin(y)*crCosh(xm1)*cmPyMathE)
	} else {
		r = complex(crCos(y)*crSinh(x), crSin(y)*crCosh(x))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return r, cmERANGE
	}
	return r, cmOK
}

func cmExp(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			if x > 0 {
				r = complex(math.Copysign(cmInf, crCos(y)), math.Copysign(cmInf, crSin(y)))
			} else {
				r = complex(math.Copysign(0, crCos(y)), math.Copysign(0, crSin(y)))
			}
		} else {
			r = cmExpSV[cmSpecialType(x)][cmSpecialType(y)]
		}
		if math.IsInf(y, 0) && (isFinite(x) || math.IsInf(x, 1)) {
			return r, cmEDOM
		}
		return r, cmOK
	}
	var r complex128
	if x > cmLogLargeDbl {
		l := crExp(x - 1)
		r = complex(l*crCos(y)*cmPyMathE, l*crSin(y)*cmPyMathE)
	} else {
		l := crExp(x)
		r = complex(l*crCos(y), l*crSin(y))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return r, cmERANGE
	}
	return r, cmOK
}

func cmTanh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			sign := 1.0
			if x < 0 {
				sign = -1
			}
			r = complex(sign, math.Copysign(0, 2*crSin(y)*crCos(y)))
		} else {
			r = cmTanhSV[cmSpecialType(x)][cmSpecialType(y)]
		}
		if math.IsInf(y, 0) && isFinite(x) {
			return r, cmEDOM
		}
		return r, cmOK
	}
	if math.Abs(x) > cmLogLargeDbl {
		return complex(math.Copysign(1, x), 4*crSin(y)*crCos(y)*crExp(-2*math.Abs(x))), cmOK
	}
	tx := crTanh(x)
	ty := crTan(y)
	cx := 1 / crCosh(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx), cmOK
}

func cmLog(z complex128) (complex128, cmErr) {
	if r, ok := cmSpecial(z, cmLogSV); ok {
		return r, cmOK
	}
	ax, ay := math.Abs(real(z)), math.Abs(imag(z))
	var re float64
	switch {
	case ax > cmLargeDouble || ay > cmLargeDouble:
		re = crLog(chypot(ax/2, ay/2)) + cmLn2
	case ax < cmDblMin && ay < cmDblMin:
		if ax > 0 || ay > 0 {
			re = crLog(chypot(math.Ldexp(ax, 53), math.Ldexp(ay, 53))) - 53*cmLn2
		} else {
			return complex(math.Inf(-1), crAtan2(imag(z), real(z))), cmEDOM
		}
	default:
		h := chypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := max(ax, ay), min(ax, ay)
			re = math.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = crLog(h)
		}
	}
	return complex(re, crAtan2(imag(z), real(z))), cmOK
}

// cmathArg is PyComplex_AsCComplex: complex, __complex__, or a real.
func cmathArg(t *Thread, v Value) (complex128, error) {
	if c, ok := asComplex(v); ok && v.Type() == &ComplexType {
		return c, nil
	}
	m, err := lookupMethod(t, v, "__complex__")
	if err != nil {
		return 0, err
	}
	if !m.IsNull() {
		r, err := Call(t, m, nil, nil)
		if err != nil {
			return 0, err
		}
		c, ok := asComplex(r)
		if !ok {
			return 0, NewError(&TypeErrorType, "__complex__ returned non-complex (type %s)", typeName(r))
		}
		return c, nil
	}
	if c, ok := asComplex(v); ok {
		return c, nil
	}
	f, err := mathFloat(t, v)
	return complex(f, 0), err
}

func cmath1(name string, f func(complex128) (complex128, cmErr)) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("cmath."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		z, err := cmathArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		r, e := f(z)
		if e != cmOK {
			return Value{}, e.err()
		}
		return ComplexValue(r), nil
	}
}

func cmathPredicate(name string, f func(z complex128) bool) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("cmath."+name, args, kw, 1); err != nil {
			return Value{}, err
		}
		z, err := cmathArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Bool(f(z)), nil
	}
}

// cAbs is _Py_c_abs; ok is false on overflow.
func cAbs(z complex128) (float64, bool) {
	x, y := real(z), imag(z)
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return cmInf, true
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return cmNaN, true
	}
	r := chypot(x, y)
	return r, !math.IsInf(r, 0)
}

func makeCmathModule(in *Interpreter) *Module {
	if cmSqrtSV == nil {
		initCmathTables()
	}
	m := NewModule("cmath")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("This module provides access to mathematical functions for complex\nnumbers."))
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	fn := func(name string, f BuiltinFn) { moduleFn(m, name, f) }
	fn("acos", cmath1("acos", cmAcos))
	fn("acosh", cmath1("acosh", cmAcosh))
	fn("asin", cmath1("asin", cmRot(cmAsinh)))
	fn("asinh", cmath1("asinh", cmAsinh))
	fn("atan", cmath1("atan", cmRot(cmAtanh)))
	fn("atanh", cmath1("atanh", cmAtanh))
	fn("cos", cmath1("cos", func(z complex128) (complex128, cmErr) { return cmCosh(complex(-imag(z), real(z))) }))
	fn("cosh", cmath1("cosh", cmCosh))
	fn("exp", cmath1("exp", cmExp))
	fn("log10", cmath1("log10", func(z complex128) (complex128, cmErr) {
		r, e := cmLog(z)
		return complex(real(r)/cmLn10, imag(r)/cmLn10), e
	}))
	fn("sin", cmath1("sin", cmRot(cmSinh)))
	fn("sinh", cmath1("sinh", cmSinh))
	fn("sqrt", cmath1("sqrt", cmSqrt))
	fn("tan", cmath1("tan", cmRot(cmTanh)))
	fn("tanh", cmath1("tanh", cmTanh))
	fn("log", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "log() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > 2 {
			if len(args) < 1 {
				return Value{}, NewError(&TypeErrorType, "log expected at least 1 argument, got %d", len(args))
			}
			return Value{}, NewError(&TypeErrorType, "log expected at most 2 arguments, got %d", len(args))
		}
		x, err := cmathArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		r, e := cmLog(x)
		if len(args) == 2 {
			y, err := cmathArg(t, args[1])
			if err != nil {
				return Value{}, err
			}
			var ly complex128
			ly, e = cmLog(y)
			q, ok := cQuot(r, ly)
			if !ok {
				e = cmEDOM
			}
			r = q
		}
		if e != cmOK {
			return Value{}, e.err()
		}
		return ComplexValue(r), nil
	})
	fn("phase", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("cmath.phase", args, kw, 1); err != nil {
			return Value{}, err
		}
		z, err := cmathArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		r := crAtan2(imag(z), real(z))
		if r == 0 && imag(z) != 0 && !math.IsInf(real(z), 0) {
			// glibc's atan2 reports the underflow with ERANGE.
			return Value{}, rangeError()
		}
		return Float(r), nil
	})
	fn("polar", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("cmath.polar", args, kw, 1); err != nil {
			return Value{}, err
		}
		z, err := cmathArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		phi := crAtan2(imag(z), real(z))
		r, ok := cAbs(z)
		if !ok {
			return Value{}, rangeError()
		}
		return NewTupleValue([]Value{Float(r), Float(phi)}), nil
	})
	fn("rect", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "rect() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Value{}, NewError(&TypeErrorType, "rect expected 2 arguments, got %d", len(args))
		}
		r, err := mathFloat(t, args[0])
		if err != nil {
			return Value{}, err
		}
		phi, err := mathFloat(t, args[1])
		if err != nil {
			return Value{}, err
		}
		var z complex128
		switch {
		case !isFinite(r) || !isFinite(phi):
			if math.IsInf(r, 0) && isFinite(phi) && phi != 0 {
				if r > 0 {
					z = complex(math.Copysign(cmInf, crCos(phi)), math.Copysign(cmInf, crSin(phi)))
				} else {
					z = complex(-math.Copysign(cmInf, crCos(phi)), -math.Copysign(cmInf, crSin(phi)))
				}
			} else {
				z = cmRectSV[cmSpecialType(r)][cmSpecialType(phi)]
			}
			if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
				return Value{}, domainError()
			}
		case phi == 0:
			z = complex(r, r*phi)
		default:
			z = complex(r*crCos(phi), r*crSin(phi))
		}
		return ComplexValue(z), nil
	})
	fn("isfinite", cmathPredicate("isfinite", func(z complex128) bool { return isFinite(real(z)) && isFinite(imag(z)) }))
	fn("isnan", cmathPredicate("isnan", func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) }))
	fn("isinf", cmathPredicate("isinf", func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) }))
	fn("isclose", cmathIsClose)
	set("pi", Float(math.Pi))
	set("e", Float(math.E))
	set("tau", Float(2*math.Pi))
	set("inf", Float(cmInf))
	set("infj", ComplexValue(complex(0, cmInf)))
	set("nan", Float(math.Abs(cmNaN)))
	set("nanj", ComplexValue(complex(0, math.Abs(cmNaN))))
	return m
}

func cmathIsClose(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs("isclose", args, kwnames, []string{"a", "b", "rel_tol", "abs_tol"}, 2, 2)
	if err != nil {
		return Value{}, err
	}
	if a[0].IsNull() || a[1].IsNull() {
		return Value{}, NewError(&TypeErrorType, "isclose() missing required argument")
	}
	x, err := cmathArg(t, a[0])
	if err != nil {
		return Value{}, err
	}
	y, err := cmathArg(t, a[1])
	if err != nil {
		return Value{}, err
	}
	relTol, absTol := 1e-09, 0.0
	if !a[2].IsNull() {
		if relTol, err = mathFloat(t, a[2]); err != nil {
			return Value{}, err
		}
	}
	if !a[3].IsNull() {
		if absTol, err = mathFloat(t, a[3]); err != nil {
			return Value{}, err
		}
	}
	if relTol < 0 || absTol < 0 {
		return Value{}, NewError(&ValueErrorType, "tolerances must be non-negative")
	}
	if x == y {
		return True, nil
	}
	if math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) || math.IsInf(real(y), 0) || math.IsInf(imag(y), 0) {
		return False, nil
	}
	diff, _ := cAbs(x - y)
	ax, _ := cAbs(x)
	ay, _ := cAbs(y)
	return Bool(diff <= relTol*ay || diff <= relTol*ax || diff <= absTol), nil
}
