package interp

// This file is the fast path of the correctly rounded sin and cos
// (Ziv's strategy): evaluate in double-double arithmetic (about 100
// bits), and return the rounded result when the error bound proves it is
// the correctly rounded one; otherwise fall back to the math/big
// evaluation in mod_math_prec.go. The fast path answers almost every
// argument below 2**20 in well under a microsecond instead of tens.

import (
	"math"
	"sync"
)

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return quickTwoSum(p.hi, p.lo)
}

var (
	ddOnce sync.Once
	// ddPio2 is pi/2 as three doubles (about 160 bits).
	ddPio2 [3]float64
	// ddInvFact[n] is (-1)**(n/2)/n! as a double-double, for the Taylor
	// series of sin (odd n) and cos (even n).
	ddInvFact [30]dd
)

func ddInit() {
	ddOnce.Do(func() {
		initConsts()
		p := newF(reducePrec).SetMantExp(bigPi, -1)
		rest := newF(reducePrec).Set(p)
		for i := range ddPio2 {
			ddPio2[i] = f64(rest)
			rest.Sub(rest, fl(ddPio2[i], 64))
		}
		const prec = 256
		f := fl(1, prec)
		for n := range ddInvFact {
			if n > 0 {
				f.Mul(f, fl(float64(n), prec))
			}
			inv := newF(prec).Quo(fl(1, prec), f)
			if (n/2)%2 == 1 {
				inv.Neg(inv)
			}
			hi := f64(inv)
			lo := f64(newF(prec).Sub(inv, fl(hi, 64)))
			ddInvFact[n] = dd{hi, lo}
		}
	})
}

// ddSinCos returns sin(x) and cos(x) in double-double for 2**-30 <= |x|
// < 2**20, and ok=false outside that range.
func ddSinCos(x float64) (s, c dd, ok bool) {
	ax := math.Abs(x)
	if ax >= 0x1p20 || ax < 0x1p-30 {
		return dd{}, dd{}, false
	}
	ddInit()
	k := math.Round(x / ddPio2[0])
	// r = x - k*pi/2, with every product exact (FMA) and the sums in
	// double-double.
	p1 := twoProd(k, ddPio2[0])
	r := twoSum(x, -p1.hi)
	r.lo -= p1.lo
	r = quickTwoSum(r.hi, r.lo)
	p2 := twoProd(k, ddPio2[1])
	r = ddAdd(r, dd{-p2.hi, -p2.lo})
	r = ddAdd(r, dd{-k * ddPio2[2], 0})
	// Taylor series on |r| <= pi/4 (plus rounding), Horner form in r**2.
	r2 := ddMul(r, r)
	sp, cp := ddInvFact[29], ddInvFact[28]
	for n := 27; n >= 1; n -= 2 {
		sp = ddAdd(ddMul(sp, r2), ddInvFact[n])
		cp = ddAdd(ddMul(cp, r2), ddInvFact[n-1])
	}
	s, c = ddMul(sp, r), cp
	switch int64(k) & 3 {
	case 1:
		s, c = c, dd{-s.hi, -s.lo}
	case 2:
		s, c = dd{-s.hi, -s.lo}, dd{-c.hi, -c.lo}
	case 3:
		s, c = dd{-c.hi, -c.lo}, s
	}
	return s, c, true
}

// ddRound returns the double nearest to v when v's error bound cannot
// change that answer.
func ddRound(v dd) (float64, bool) {
	v = quickTwoSum(v.hi, v.lo)
	if v.hi == 0 || math.IsInf(v.hi, 0) {
		return 0, false
	}
	// Relative error of the evaluation (reduction with a 160-bit pi/2
	// for |k| < 2**20, ~15 double-double steps): far below 2**-90.
	errBound := math.Abs(v.hi)*0x1p-90 + 0x1p-128
	ulp := math.Nextafter(math.Abs(v.hi), math.Inf(1)) - math.Abs(v.hi)
	half := ulp / 2
	if frac, _ := math.Frexp(v.hi); math.Abs(frac) == 0.5 && (v.lo < 0) != (v.hi < 0) {
		// hi is a power of two and v lies below it in magnitude, where
		// the doubles are twice as dense.
		half = ulp / 4
	}
	if math.Abs(math.Abs(v.lo)-half) <= errBound || math.Abs(v.lo) > half {
		return 0, false
	}
	return v.hi, true
}

// fastSin and fastCos are the correctly rounded sin and cos.
func fastSin(x float64) float64 {
	if s, _, ok := ddSinCos(x); ok {
		if y, ok := ddRound(s); ok {
			return y
		}
	}
	return crSin(x)
}

func fastCos(x float64) float64 {
	if _, c, ok := ddSinCos(x); ok {
		if y, ok := ddRound(c); ok {
			return y
		}
	}
	return crCos(x)
}
