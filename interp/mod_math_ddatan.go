package interp

// This file is the double-double fast path (see mod_math_ddexp.go for the
// strategy and the error unit eps = 2**-102) of the correctly rounded
// atan, atan2, asin, acos, tan and hypot.

import (
	"math"
	"sync"
)

var (
	ddAtanOnce sync.Once
	// ddAtanTab[j] is atan(j/64) for 0 <= j <= 64.
	ddAtanTab [65]dd
	// ddPiO2 is pi/2 and ddPi pi (each within 2**-107 relative).
	ddPiO2, ddPi dd
)

func ddAtanInit() {
	ddAtanOnce.Do(func() {
		ddExpInit()
		const p = 192
		// atan((j+1)/64) - atan(j/64) = atan(64/(4096 + j(j+1))), a
		// series in a ratio below 1/64.
		v := newF(p)
		for j := range ddAtanTab {
			hi := f64(v)
			ddAtanTab[j] = quickTwoSum(hi, f64(newF(p).Sub(v, fl(hi, 64))))
			z := newF(p).Quo(fl(64, p), fl(float64(4096+j*(j+1)), p))
			z2 := newF(p).Mul(z, z)
			term := newF(p).Set(z)
			for k := 0; k < 30; k++ {
				t := newF(p).Quo(term, fl(float64(2*k+1), p))
				if k%2 == 0 {
					v.Add(v, t)
				} else {
					v.Sub(v, t)
				}
				term.Mul(term, z2)
			}
		}
		pi := newF(p).Set(bigPi)
		hi := f64(pi)
		ddPi = quickTwoSum(hi, f64(newF(p).Sub(pi, fl(hi, 64))))
		ddPiO2 = dd{ddPi.hi / 2, ddPi.lo / 2}
	})
}

// ddAtanFrac is atan(n/d) for double-doubles 0 <= n <= d (a little more
// from rounding), each within e_in (at most 3 eps) relative, with a
// single division:
//
//	atan(n/d) = atan c + atan u,  u = (n - c d)/(d + c n)
//
// where c = j/64 is the grid point nearest a = n.hi/d.hi, so |u| <=
// 2**-7 (and a hair). n - c d costs eps (n + d/128) for the product and
// eps d/128 for the sum, plus e_in (2n + d/128) from the inputs; d + c n
// and the quotient one eps each and e_in: for j >= 1 (a >= 1/128) u is
// within 7 eps a + 5 e_in a absolute, against a result atan a >= 0.78a:
// 9 eps + 6.4 e_in relative. For j = 0, u = n/d within eps + 2 e_in. The
// series (below) adds 5 eps + 2**-80 of atan u, the table entry (within
// 2**-106) and the last sum an eps each: in all below 2**-79.9.
//
//	atan u = u - u**3/3 + h**5 (1/5 - h**2/7 + ... - h**10/15)
//
// with u = h + l, u**3 the exact h*h (twoProd) times h (one eps) plus
// 3h*h*l in double, times 1/3 (one eps), and the last sum, below 2**-30
// of u, in double (error below 2**-81 of u); the terms left out (u**17
// onwards, l's share in u**5: u**4 l < 2**-81 u) are smaller; two sums
// cost an eps each.
func ddAtanFrac(n, d dd) dd {
	j := int(math.Round(n.hi / d.hi * 64))
	var u dd
	if j == 0 {
		u = ddDiv(n, d)
	} else {
		c := float64(j) / 64
		num := ddAdd(n, ddNeg(ddMulD(d, c)))
		den := ddAdd(d, ddMulD(n, c))
		u = ddDiv(num, den)
	}
	h, l := u.hi, u.lo
	h2 := h * h
	u3 := ddMulD(twoProd(h, h), h)
	u3 = ddAdd(u3, dd{3 * h2 * l, 0})
	u3 = ddMul(u3, ddOdd[1])
	const (
		c5  = 1.0 / 5
		c7  = 1.0 / 7
		c9  = 1.0 / 9
		c11 = 1.0 / 11
		c13 = 1.0 / 13
		c15 = 1.0 / 15
	)
	tail := h2 * h2 * h * (c5 - h2*(c7-h2*(c9-h2*(c11-h2*(c13-h2*c15)))))
	s := ddAdd(u, ddNeg(u3))
	s = ddAdd(s, dd{tail, 0})
	if j == 0 {
		return s
	}
	return ddAdd(ddAtanTab[j], s)
}

// ddAtanRatio is atan(n/d) for double-doubles n >= 0, d > 0 within 3 eps
// relative each: ddAtanFrac of the smaller over the larger, then pi/2 -
// atan(d/n) when n > d, which is at least pi/4 while atan(d/n) <= pi/4
// (plus rounding): a cancellation factor of 2 and one eps for the sum.
// In all below 2**-78.8.
func ddAtanRatio(n, d dd) dd {
	ddAtanInit()
	if n.hi <= d.hi {
		return ddAtanFrac(n, d)
	}
	return ddAdd(ddPiO2, ddNeg(ddAtanFrac(d, n)))
}

// ddAtanRel is the bound declared for ddAtanRatio, ddAtan2Rel
// the one after pi - theta for theta in [0, pi/2], where the result is
// at least pi/2: a factor of 2 and one eps more.
const (
	ddAtanRel  = 0x1p-76
	ddAtan2Rel = 0x1p-75
)

// The fastX functions are the double-double paths alone, reporting
// whether they could prove the rounding; the crX functions fall back to
// math/big when not.

func crAtan(x float64) float64 {
	if y, ok := fastAtan(x); ok {
		return y
	}
	return slowAtan(x)
}

func crAtan2(y, x float64) float64 {
	if r, ok := fastAtan2(y, x); ok {
		return r
	}
	return slowAtan2(y, x)
}

func crAsin(x float64) float64 {
	if y, ok := fastAsin(x); ok {
		return y
	}
	return slowAsin(x)
}

func crAcos(x float64) float64 {
	if y, ok := fastAcos(x); ok {
		return y
	}
	return slowAcos(x)
}

func crTan(x float64) float64 {
	if y, ok := fastTan(x); ok {
		return y
	}
	return slowTan(x)
}

func crHypot(xs []float64) float64 {
	if y, ok := fastHypot(xs); ok {
		return y
	}
	return slowHypot(xs)
}

func fastAtan(x float64) (float64, bool) {
	ax := math.Abs(x)
	if !(ax >= 0x1p-60 && ax < 0x1p900) {
		return 0, false
	}
	y, ok := ddRoundRel(ddAtanRatio(dd{ax, 0}, dd{1, 0}), ddAtanRel)
	return math.Copysign(y, x), ok
}

// fastAtan2 reduces both arguments to their mantissas so that y/x
// neither overflows nor underflows: (my 2**(ey-ex)) / mx is exact in its
// numerator while |ey - ex| <= 900.
func fastAtan2(y, x float64) (float64, bool) {
	if special(x) || special(y) {
		return 0, false
	}
	my, ey := math.Frexp(math.Abs(y))
	mx, ex := math.Frexp(math.Abs(x))
	d := ey - ex
	if d < -900 || d > 900 {
		return 0, false
	}
	r := ddAtanRatio(dd{math.Ldexp(my, d), 0}, dd{mx, 0})
	rel := ddAtanRel
	if x < 0 {
		r = ddAdd(ddPi, ddNeg(r))
		rel = ddAtan2Rel
	}
	v, ok := ddRoundRel(r, rel)
	return math.Copysign(v, y), ok
}

// ddOneMinusSq is sqrt(1 - a*a) = sqrt((1-a)(1+a)) for 0 <= a < 1: both
// factors are exact double-doubles, so only the product and the square
// root cost an eps each (within the 3 eps ddAtanRatio allows).
func ddOneMinusSq(a float64) dd {
	return ddSqrt(ddMul(twoSum(1, -a), twoSum(1, a)))
}

func fastAsin(x float64) (float64, bool) {
	ax := math.Abs(x)
	if !(ax >= 0x1p-60 && ax < 1) {
		return 0, false
	}
	r := ddAtanRatio(dd{ax, 0}, ddOneMinusSq(ax))
	y, ok := ddRoundRel(r, ddAtanRel)
	return math.Copysign(y, x), ok
}

func fastAcos(x float64) (float64, bool) {
	ax := math.Abs(x)
	switch {
	case x == 0:
		return math.Pi / 2, true // the double nearest pi/2
	case x == -1:
		return math.Pi, true
	case !(ax >= 0x1p-900 && ax < 1):
		return 0, false
	}
	r := ddAtanRatio(ddOneMinusSq(ax), dd{ax, 0})
	rel := ddAtanRel
	if x < 0 {
		r = ddAdd(ddPi, ddNeg(r))
		rel = ddAtan2Rel
	}
	return ddRoundRel(r, rel)
}

// fastTan is sin/cos from ddSinCos. Its results carry absolute errors
// below |v|*2**-80 + 2**-128 (the bound ddRound uses), so the quotient's
// relative error is below 2**-79 + 2**-128/|s| + 2**-128/|c| plus the
// division's eps. Below 2**-30, tan x = x + x**3/3 + 2x**5/15 + ...: the
// double x*x*x/3 is within 2**-51 of x**3/3, so x + x*x*x/3 is within
// |x| 2**-110 of tan x.
func fastTan(x float64) (float64, bool) {
	ax := math.Abs(x)
	if ax < 0x1p-60 || math.IsNaN(x) {
		return 0, false
	}
	if ax < 0x1p-30 {
		return ddRoundRel(quickTwoSum(x, x*x*x/3), 0x1p-105)
	}
	s, c, ok := ddSinCos(x)
	if !ok || s.hi == 0 || c.hi == 0 {
		return 0, false
	}
	rel := 0x1p-79 + 0x1p-128/math.Abs(s.hi) + 0x1p-128/math.Abs(c.hi) + 2*ddEps
	return ddRoundRel(ddDiv(s, c), rel)
}

// fastHypot is the correctly rounded Euclidean norm of finite values,
// not all zero (xs holds absolute values). The values are scaled by the
// largest one's power of two so the sum of squares lies in [1/4, n):
// the squares are exact, each sum of positive terms costs one eps, the
// square root halves the relative error and adds one. Values scaled
// below 2**-500 lose low bits of their squares, but those are below
// 2**-1000 absolute against a sum of at least 1/4. Declared as (n+8) eps.
func fastHypot(xs []float64) (float64, bool) {
	maxv := 0.0
	for _, x := range xs {
		maxv = math.Max(maxv, x)
	}
	if !(maxv > 0) || math.IsInf(maxv, 0) || len(xs) >= 1000 {
		return 0, false
	}
	_, e := math.Frexp(maxv)
	sum := dd{}
	for _, x := range xs {
		s := math.Ldexp(x, -e)
		sum = ddAdd(sum, twoProd(s, s))
	}
	return ddFinish(ddSqrt(sum), e, float64(len(xs)+8)*ddEps)
}
