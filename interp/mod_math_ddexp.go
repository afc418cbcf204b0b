package interp

// This file is the double-double fast path (Ziv's strategy, as for sin
// and cos in mod_math_dd.go) of the correctly rounded exp, log, log2 and
// pow: evaluate to about 100 bits with a proven error bound and return
// the rounded result when the bound shows it is the correctly rounded
// one, else fall back to the math/big evaluation in mod_math_prec.go.
//
// Error accounting. Write eps = 2**-102. Every double-double primitive
// used here (ddAdd, ddMul, ddMulD, ddDiv, ddSqrt) returns its exact
// result times (1 + d) with |d| <= eps when its inputs are normal and far
// from overflow: the accurate ddAdd is within 3*2**-106, ddMul (which
// drops lo*lo, below 2**-106 relative) within 7*2**-107, ddDiv and ddSqrt
// within 2**-103 (one Newton correction each). Sums of values of one
// sign do not amplify relative errors; the comments below bound the
// cancellation where signs differ. Each function then declares a bound
// of 2**-95 or more: several units of eps short of the sum, so rounding
// the estimates of the bound itself cannot make it dishonest.

import (
	"math"
	"math/big"
	"sync"
)

// ddEps is the relative error of one double-double primitive (above).
const ddEps = 0x1p-102

// ddMulD is a*b for a double b.
func ddMulD(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return quickTwoSum(p.hi, p.lo)
}

// ddDiv is a/b: a first quotient and two corrections from the exact
// remainders.
func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddMulD(b, -q1))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddMulD(b, -q2))
	q3 := r.hi / b.hi
	return ddAdd(quickTwoSum(q1, q2), dd{q3, 0})
}

// ddSqrt is sqrt(a) for a > 0: one Newton step s + (a - s*s)/(2s) from
// the double square root doubles its 53 bits.
func ddSqrt(a dd) dd {
	s := math.Sqrt(a.hi)
	p := twoProd(s, s)
	d := ddAdd(a, dd{-p.hi, -p.lo})
	return quickTwoSum(s, d.hi/(2*s))
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

// ddRoundRel returns the double nearest to v when v is within a relative
// error rel of the true value and that error cannot change the answer.
// It refuses values where v.lo could be subnormal (|v| < 2**-960) or
// v overflows, so the rounding it proves is the one of an unbounded
// exponent range.
func ddRoundRel(v dd, rel float64) (float64, bool) {
	v = quickTwoSum(v.hi, v.lo)
	return ddDecide(v, math.Abs(v.hi)*rel)
}

// ddDecide returns v.hi when it is the double nearest to every value
// within errBound of the normalized v (|v.lo| <= ulp(v.hi)/2).
func ddDecide(v dd, errBound float64) (float64, bool) {
	bits := math.Float64bits(v.hi) &^ (1 << 63)
	exp := bits >> 52
	// 2**-960 <= |hi| < infinity.
	if exp < 1023-960 || exp == 0x7ff {
		return 0, false
	}
	half := math.Float64frombits((exp - 53) << 52) // ulp(hi)/2
	if bits&(1<<52-1) == 0 && (v.lo < 0) != (v.hi < 0) {
		// hi is a power of two and v lies below it in magnitude, where
		// the doubles are twice as dense.
		half /= 2
	}
	lo := math.Abs(v.lo)
	if lo > half || half-lo <= errBound {
		return 0, false
	}
	return v.hi, true
}

// ddFinish rounds v*2**k. Scaling a double by a power of two is exact
// while the result stays normal, so the rounding ddRoundRel proves for v
// is that of v*2**k, and a result beyond the largest double is correctly
// infinity; a subnormal result would be rounded twice, so it falls back.
func ddFinish(v dd, k int, rel float64) (float64, bool) {
	y, ok := ddRoundRel(v, rel)
	if !ok {
		return 0, false
	}
	r := math.Ldexp(y, k)
	if math.Abs(r) < 0x1p-1022 {
		return 0, false
	}
	return r, true
}

var (
	ddExpOnce sync.Once
	// ddLn2o64 is ln(2)/64 as three doubles (about 160 bits).
	ddLn2o64 [3]float64
	// ddExp2Tab[j] is 2**(j/64).
	ddExp2Tab [64]dd
	// ddRecFact[n] is 1/n!.
	ddRecFact [12]dd
	// ddLn2 is ln 2, ddInvLn2 1/ln 2.
	ddLn2, ddInvLn2 dd
	// ddLogTab[j-96] is log(j/128) for 96 <= j <= 192.
	ddLogTab [97]dd
	// ddOdd[k] is 1/(2k+1).
	ddOdd [10]dd
	// ddTwoThirds is 2/3.
	ddTwoThirds dd
)

func ddExpInit() {
	ddExpOnce.Do(func() {
		initConsts()
		// The tables are built by recurrences over short series (a few
		// milliseconds at most on the first call), at 192 bits: the
		// double-doubles need 107.
		const p = 192
		split := func(v *big.Float) dd {
			hi := f64(v)
			return quickTwoSum(hi, f64(newF(p).Sub(v, fl(hi, 64))))
		}
		l := newF(p).Quo(bigLn2, fl(64, p))
		rest := newF(p).Set(l)
		for i := range ddLn2o64 {
			ddLn2o64[i] = f64(rest)
			rest.Sub(rest, fl(ddLn2o64[i], 64))
		}
		step := bigExp(l, p) // 2**(1/64)
		t := fl(1, p)
		for j := range ddExp2Tab {
			ddExp2Tab[j] = split(t)
			t.Mul(t, step)
		}
		f := fl(1, p)
		for n := range ddRecFact {
			if n > 0 {
				f.Mul(f, fl(float64(n), p))
			}
			ddRecFact[n] = split(newF(p).Quo(fl(1, p), f))
		}
		ddLn2 = split(bigLn2)
		ddInvLn2 = split(newF(p).Quo(fl(1, p), bigLn2))
		// log((j+1)/128) - log(j/128) = 2 atanh(1/(2j+1)), from log 1 = 0
		// both ways.
		step2 := func(j int) *big.Float {
			z := newF(p).Quo(fl(1, p), fl(float64(2*j+1), p))
			r := atanhSeries(z, p)
			return r.Mul(r, fl(2, p))
		}
		lg := newF(p)
		for j := 128; j <= 192; j++ {
			ddLogTab[j-96] = split(lg)
			lg.Add(lg, step2(j))
		}
		lg = newF(p)
		for j := 128; j > 96; j-- {
			lg.Sub(lg, step2(j-1))
			ddLogTab[j-1-96] = split(lg)
		}
		v := newF(p).Quo(fl(2, p), fl(3, p))
		ddTwoThirds = quickTwoSum(f64(v), f64(newF(p).Sub(v, fl(f64(v), 64))))
		for k := range ddOdd {
			ddOdd[k] = split(newF(p).Quo(fl(1, p), fl(float64(2*k+1), p)))
		}
	})
}

// ddExpCore returns v and k with e**x = v * 2**k, v in about [0.7, 1.5],
// for |x.hi| < 1100, with a relative error of v below 2**-73.
//
// x = (64k' + j) ln2/64 + r with |r| <= ln2/128 (a little more from
// rounding k'): the products of the integer k' (below 2**17) with the
// three parts of ln2/64 are exact or, for the last, within 2**-160;
// the sums are exact or within eps*|r|, so r = h + l is within 2**-110
// absolute, e**r within 2**-110 relative. Then
//
//	e**r = 1 + r + h*h/2 + [h*l + h**3 (1/3! + h/4! + ... + h**5/8!)]
//
// with h*h exact (twoProd) and the bracket in double: it is below 2**-24
// (|h| < 2**-7.5, |l| <= 2**-61), so its rounding errors (a few units of
// 2**-53 relative) are below 2**-75; the terms left out, l*l/2, h*h*l/2
// and h**9/9! onwards, are below 2**-77 together. The three
// double-double sums and the product with the table entry (itself within
// 2**-106) add 4 eps. In all below 2**-74, declared as 2**-73.
func ddExpCore(x dd) (dd, int) {
	ddExpInit()
	kf := math.Round(x.hi * (64 / math.Ln2))
	p1 := twoProd(kf, ddLn2o64[0])
	r := twoSum(x.hi, -p1.hi)
	r.lo -= p1.lo
	r = quickTwoSum(r.hi, r.lo)
	p2 := twoProd(kf, ddLn2o64[1])
	r = ddAdd(r, dd{-p2.hi, -p2.lo})
	r = ddAdd(r, dd{x.lo - kf*ddLn2o64[2], 0})
	h, l := r.hi, r.lo
	const (
		c3 = 1.0 / 6
		c4 = 1.0 / 24
		c5 = 1.0 / 120
		c6 = 1.0 / 720
		c7 = 1.0 / 5040
		c8 = 1.0 / 40320
	)
	tail := h*l + h*h*h*(c3+h*(c4+h*(c5+h*(c6+h*(c7+h*c8)))))
	sq := twoProd(h, h)
	p := ddAdd(twoSum(1, h), dd{l, 0})
	p = ddAdd(p, dd{sq.hi / 2, sq.lo / 2})
	p = ddAdd(p, dd{tail, 0})
	k := int(kf)
	j := k & 63
	return ddMul(p, ddExp2Tab[j]), (k - j) / 64
}

// ddExpRel is the relative error bound declared for ddExpCore.
const ddExpRel = 0x1p-73

func crExp(x float64) float64 {
	if x > -745.2 && x < 709.8 && x != 0 && !math.IsNaN(x) {
		v, k := ddExpCore(dd{x, 0})
		if y, ok := ddFinish(v, k, ddExpRel); ok {
			return y
		}
	}
	return slowExp(x)
}

// ddLogCore returns log(x) for finite x > 0 and a bound on its relative
// error: 2**-82, or less near 1 (below).
//
// x = 2**e * m with m in [0.75, 1.5); c = j/128 is the grid point
// nearest m, so |t| = |m - c| <= 2**-8 and t is exact (m and c are
// multiples of ulp(m) and t needs at most 46 bits). log m = log c +
// 2 atanh(u) with u = t/(m + c) = h + l, |u| < 2**-8.5, within eps
// (m + c is an exact double-double). Then
//
//	2 atanh(u) = 2u + 2u**3/3 + 2h**5 (1/5 + h**2/7 + ... + h**8/13)
//
// where u**3 is the exact h*h (twoProd) times h (one eps) plus 3h*h*l in
// double, times 2/3 (one eps); the last sum, below 2**-36 of 2u, is
// evaluated in double (error below 2**-87 of 2u); the terms left out
// (u**15 onwards, l's share in u**5, l*l*h) are below 2**-100 of 2u.
// Three sums cost an eps each: 2 atanh(u) is within 7 eps + 2**-87. The
// table entry and e*ln2 (e below 2**11, ln2 within 2**-107) cost one eps
// each, the two final sums one each. The terms can have opposite signs:
// with e = 0 and c != 1, |log c| >= log(129/128) > 2|2 atanh(u)|, so the
// sum keeps at least half the larger term; with e != 0, |log x| >=
// log(1.5) > 0.4 while |log c| < 0.41 and |e ln2| - |log c| >= 0.28, so
// the cancellation factor is below 2.5. In all below 2.5*(2**-87 + 11
// eps) + eps < 2**-85, declared as 2**-82.
//
// Near 1 (e = 0, c = 1) the result is 2 atanh(u) alone, whose tail (at
// most 0.41 u**4 of 2u) is within a few units of 2**-53 of itself: the
// error is below 4 eps + 2**-51 u**4, declared as 8 eps + 2**-50 h**4,
// which lets the rounding of log(1 + d) for tiny d be decided here too.
func ddLogCore(x float64) (dd, float64) {
	ddExpInit()
	m, e := math.Frexp(x) // m in [0.5, 1)
	if m < 0.75 {
		m *= 2
		e--
	}
	j := int(math.Round(m * 128))
	c := float64(j) / 128
	t := m - c
	u := ddDiv(dd{t, 0}, twoSum(m, c))
	h, l := u.hi, u.lo
	h2 := h * h
	u3 := ddMulD(twoProd(h, h), h)
	u3 = ddAdd(u3, dd{3 * h2 * l, 0})
	u3 = ddMul(u3, ddTwoThirds)
	const (
		c5  = 2.0 / 5
		c7  = 2.0 / 7
		c9  = 2.0 / 9
		c11 = 2.0 / 11
		c13 = 2.0 / 13
	)
	tail := h2 * h2 * h * (c5 + h2*(c7+h2*(c9+h2*(c11+h2*c13))))
	s := ddAdd(dd{2 * h, 2 * l}, u3)
	s = ddAdd(s, dd{tail, 0})
	if j == 128 && e == 0 {
		return s, 8*ddEps + 0x1p-50*h2*h2
	}
	r := s
	if j != 128 {
		r = ddAdd(ddLogTab[j-96], s)
	}
	if e != 0 {
		r = ddAdd(ddMulD(ddLn2, float64(e)), r)
	}
	return r, ddLogRel
}

// ddLogRel is the relative error bound declared for ddLogCore.
const ddLogRel = 0x1p-82

func crLog(x float64) float64 {
	if x > 0 && !math.IsInf(x, 1) && x != 1 {
		if y, ok := ddRoundRel(ddLogCore(x)); ok {
			return y
		}
	}
	return slowLog(x)
}

// crLog2 is log(x)/ln 2: one more product with 1/ln 2 (eps + 2**-106).
// Exact powers of two give their exponent exactly; log2 of any other
// double is irrational, so the fast path's rounding test settles it.
func crLog2(x float64) float64 {
	if x > 0 && !math.IsInf(x, 1) {
		m, e := math.Frexp(x)
		if m == 0.5 {
			return float64(e - 1)
		}
		l, rel := ddLogCore(x)
		if y, ok := ddRoundRel(ddMul(l, ddInvLn2), rel+2*ddEps); ok {
			return y
		}
	}
	return slowLog2(x)
}

// crPow is pow(x, y) with C99's special cases: the common finite cases go
// through the double-double path, the rest through slowPow.
func crPow(x, y float64) float64 {
	if special(x) || special(y) || x == 1 {
		return math.Pow(x, y)
	}
	ax, neg := x, false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		neg = math.Mod(y, 2) != 0
		ax = -x
	}
	if r, ok := ddPowPos(ax, y); ok {
		if neg {
			r = -r
		}
		return r
	}
	return slowPow(x, y)
}

// ddPowPos is x**y for finite x > 0 and finite nonzero y.
func ddPowPos(x, y float64) (float64, bool) {
	// A correctly rounded power is the correctly rounded product,
	// quotient or square root these exponents name.
	switch y {
	case 1:
		return x, true
	case 2:
		return x * x, true
	case -1:
		return 1 / x, true
	case 0.5:
		return math.Sqrt(x), true
	}
	if y == math.Trunc(y) && math.Abs(y) <= 64 {
		return ddPowInt(x, int(y))
	}
	// z = y log x within |z| (rel + 2 eps) absolute (the product with the
	// double y is one more eps), which is the relative error it causes in
	// e**z, next to ddExpRel.
	l, rel := ddLogCore(x)
	z := ddMulD(l, y)
	if !(z.hi > -745.2 && z.hi < 709.8) {
		return 0, false
	}
	v, k := ddExpCore(z)
	az := math.Abs(z.hi)
	return ddFinish(v, k, az*(rel+2*ddEps)+ddExpRel)
}

// ddPowInt is x**n for 0 < |n| <= 64 by binary powering of x's mantissa
// m in [0.5, 1) (so m**n >= 2**-64 stays normal): at most 12 products
// and a reciprocal, each one eps; declared as 2**-95.
func ddPowInt(x float64, n int) (float64, bool) {
	m, e := math.Frexp(x)
	an := n
	if an < 0 {
		an = -an
	}
	r := dd{1, 0}
	b := dd{m, 0}
	for i := an; i > 0; i >>= 1 {
		if i&1 != 0 {
			r = ddMul(r, b)
		}
		if i > 1 {
			b = ddMul(b, b)
		}
	}
	k := e * an
	if n < 0 {
		r = ddDiv(dd{1, 0}, r)
		k = -k
	}
	return ddFinish(r, k, 0x1p-95)
}
