package interp

// This file is the fast path of the correctly rounded sin and cos
// (Ziv's strategy): evaluate in double-double arithmetic (about 100
// bits), and return the rounded result when the error bound proves it is
// the correctly rounded one; otherwise fall back to the math/big
// evaluation in mod_math_prec.go. The fast path answers almost every
// argument below 2**20 in well under a microsecond instead of tens.

import (
	"math"
	"math/big"
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
	// The conversion rounds the product: without it, on arm64 the compiler
	// fuses p into any sum p feeds after inlining (FMADD), and p.hi + x is
	// then no longer the double nearest p plus x.
	p := float64(a * b)
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
	// ddSinTab[j] and ddCosTab[j] are sin(j/64) and cos(j/64) for
	// 0 <= j <= 51 (j/64 up to pi/4 and a little more).
	ddSinTab, ddCosTab [52]dd
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
		split := func(v *big.Float) dd {
			hi := f64(v)
			return quickTwoSum(hi, f64(newF(prec).Sub(v, fl(hi, 64))))
		}
		// sin and cos of h = 1/64 by their series, then the angle sum
		// formulas step by step.
		h := fl(1.0/64, prec)
		sh, ch := fl(0, prec), fl(0, prec)
		term := fl(1, prec)
		for n := 0; n < 40; n++ {
			switch n % 4 {
			case 0:
				ch.Add(ch, term)
			case 1:
				sh.Add(sh, term)
			case 2:
				ch.Sub(ch, term)
			case 3:
				sh.Sub(sh, term)
			}
			term.Mul(term, h)
			term.Quo(term, fl(float64(n+1), prec))
		}
		s, c := fl(0, prec), fl(1, prec)
		for j := range ddSinTab {
			ddSinTab[j], ddCosTab[j] = split(s), split(c)
			s1 := newF(prec).Mul(s, ch)
			s1.Add(s1, newF(prec).Mul(c, sh))
			c1 := newF(prec).Mul(c, ch)
			c1.Sub(c1, newF(prec).Mul(s, sh))
			s, c = s1, c1
		}
	})
}

// ddSinCos returns sin(x) and cos(x) in double-double for 2**-30 <= |x|
// < 2**20, and ok=false outside that range. Their errors are below
// |v| 2**-80 + 2**-128: the reduced argument r is within 2**-133
// absolute (k < 2**20 times the 2**-160 left out of pi/2 and the
// rounding of k times its last part, and the double-double sums, at
// most eps times the 2**-32 that k times pi/2's second part can leave
// before the last subtractions), and ddSinCosSmall adds 2**-82 relative.
func ddSinCos(x float64) (s, c dd, ok bool) {
	ax := math.Abs(x)
	if !(ax < 0x1p20 && ax >= 0x1p-30) { // also NaN
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
	s, c = ddSinCosSmall(r)
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

// ddRoundRel's sibling for ddSinCos's results: ddRound returns the
// double nearest to v when v's error bound (|v| 2**-80 + 2**-128, see
// ddSinCos) cannot change that answer.
func ddRound(v dd) (float64, bool) {
	v = quickTwoSum(v.hi, v.lo)
	return ddDecide(v, math.Abs(v.hi)*0x1p-80+0x1p-128)
}

// fastSin and fastCos are the correctly rounded sin and cos. Below
// 2**-30, sin x = x - x**3/6 + x**5/120 - ... and cos x = 1 - x**2/2 +
// x**4/24 - ...: the doubles x*x*x/6 and x*x/2 are within 2**-52 of
// themselves, so x - x*x*x/6 is within |x| 2**-110 of sin x and 1 -
// x*x/2 within 2**-112 of cos x.
func fastSin(x float64) float64 {
	if ax := math.Abs(x); ax < 0x1p-30 && ax >= 0x1p-60 {
		if y, ok := ddRoundRel(quickTwoSum(x, -x*x*x/6), 0x1p-105); ok {
			return y
		}
	}
	if s, _, ok := ddSinCos(x); ok {
		if y, ok := ddRound(s); ok {
			return y
		}
	}
	return crSin(x)
}

func fastCos(x float64) float64 {
	if math.Abs(x) < 0x1p-30 {
		if y, ok := ddRoundRel(quickTwoSum(1, -x*x/2), 0x1p-105); ok {
			return y
		}
	}
	if _, c, ok := ddSinCos(x); ok {
		if y, ok := ddRound(c); ok {
			return y
		}
	}
	return crCos(x)
}

// ddSinCosSmall is sin(r) and cos(r) for a double-double |r| <= pi/4 (a
// little more from rounding) within 2**-82 relative.
//
// c = j/64 is the grid point nearest |r| and s = |r| - c (exact, then
// r.lo added: one eps), |s| <= 2**-7, s = h + l. Then
//
//	sin s = s - s**3/6 + h**5 (1/5! - h**2/7! + h**4/9! - h**6/11!)
//	cos s = 1 - s**2/2 + h**4 (1/4! - h**2/6! + h**4/8! - h**6/10!)
//
// with s**2 the exact h*h (twoProd) plus 2h*l, s**3 that times h (one
// eps) plus 3h*h*l, and the bracketed tails, below 2**-35 of sin s and
// 2**-32 of cos s, in double (errors below 2**-86 and 2**-84); the terms
// left out are far smaller. With two or three sums of an eps each, sin s
// and cos s are within 2**-83.5. The angle sum formulas add a product
// (one eps) and a sum (one eps) to each, with table entries within
// 2**-106: cos(c+s) >= cos(pi/4 + 2**-7) has no cancellation, and in
// sin(c+s) for j >= 1, |cos c sin s| <= |s| <= c/2 < |sin c cos s|, so
// the sum keeps at least half of the larger term (a factor of 2).
func ddSinCosSmall(r dd) (sin, cos dd) {
	neg := r.hi < 0
	if neg {
		r = ddNeg(r)
	}
	j := int(math.Round(r.hi * 64))
	s := ddAdd(twoSum(r.hi, -float64(j)/64), dd{r.lo, 0})
	h, l := s.hi, s.lo
	h2 := h * h
	const (
		f4  = 1.0 / 24
		f5  = 1.0 / 120
		f6  = 1.0 / 720
		f7  = 1.0 / 5040
		f8  = 1.0 / 40320
		f9  = 1.0 / 362880
		f10 = 1.0 / 3628800
		f11 = 1.0 / 39916800
	)
	sq := ddAdd(twoProd(h, h), dd{2 * h * l, 0})
	cube := ddAdd(ddMulD(twoProd(h, h), h), dd{3 * h2 * l, 0})
	sinS := ddAdd(s, ddMul(cube, ddInvFact[3]))
	sinS = ddAdd(sinS, dd{h2 * h2 * h * (f5 - h2*(f7-h2*(f9-h2*f11))), 0})
	cosS := ddAdd(dd{1, 0}, dd{-sq.hi / 2, -sq.lo / 2})
	cosS = ddAdd(cosS, dd{h2 * h2 * (f4 - h2*(f6-h2*(f8-h2*f10))), 0})
	if j == 0 {
		sin, cos = sinS, cosS
	} else {
		sin = ddAdd(ddMul(ddSinTab[j], cosS), ddMul(ddCosTab[j], sinS))
		cos = ddAdd(ddMul(ddCosTab[j], cosS), ddNeg(ddMul(ddSinTab[j], sinS)))
	}
	if neg {
		sin = ddNeg(sin)
	}
	return sin, cos
}
