package astopt

// Correctly rounded sin, cos and atan2 for the general complex power, which
// CPython computes with glibc's (correctly rounded in practice) libm.

import (
	"math"
	"math/big"
	"sync"
)

// piPrec is enough bits of pi to reduce any double argument (up to 2**1024)
// modulo pi/2 and keep workPrec bits of the remainder.
const piPrec = 1024 + 2*workPrec

var (
	piOnce sync.Once
	piVal  *big.Float
)

// bigPi returns pi to piPrec bits (Machin: 16*atan(1/5) - 4*atan(1/239)).
func bigPi() *big.Float {
	piOnce.Do(func() {
		a := atanInv(5, piPrec)
		b := atanInv(239, piPrec)
		a.Mul(a, new(big.Float).SetPrec(piPrec).SetInt64(16))
		b.Mul(b, new(big.Float).SetPrec(piPrec).SetInt64(4))
		piVal = a.Sub(a, b)
	})
	return piVal
}

// atanInv returns atan(1/n) to prec bits by its Taylor series.
func atanInv(n int64, prec uint) *big.Float {
	nf := new(big.Float).SetPrec(prec).SetInt64(n)
	x := new(big.Float).SetPrec(prec).Quo(new(big.Float).SetPrec(prec).SetInt64(1), nf)
	x2 := new(big.Float).SetPrec(prec).Mul(x, x)
	sum := new(big.Float).SetPrec(prec).Set(x)
	pow := new(big.Float).SetPrec(prec).Set(x)
	for k := int64(3); ; k += 2 {
		pow.Mul(pow, x2)
		if pow.Sign() == 0 || pow.MantExp(nil) < -int(prec)-8 {
			break
		}
		t := new(big.Float).SetPrec(prec).Quo(pow, new(big.Float).SetPrec(prec).SetInt64(k))
		if k%4 == 3 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
	}
	return sum
}

// sinCosSeries returns sin(r) and cos(r) for |r| <= pi/4 by Taylor series.
func sinCosSeries(r *big.Float) (sin, cos *big.Float) {
	r2 := newF().Mul(r, r)
	sin, cos = newF().Set(r), bigOf(1)
	ts, tc := newF().Set(r), bigOf(1)
	for n := int64(1); n < 200; n++ {
		// ts = (-1)^n r^(2n+1)/(2n+1)!, tc = (-1)^n r^(2n)/(2n)!
		tc.Mul(tc, r2)
		tc.Quo(tc, newF().SetInt64(-(2*n-1)*(2*n)))
		ts.Mul(ts, r2)
		ts.Quo(ts, newF().SetInt64(-(2*n)*(2*n+1)))
		if tc.Sign() == 0 || tc.MantExp(nil) < -workPrec-8 {
			break
		}
		sin.Add(sin, ts)
		cos.Add(cos, tc)
	}
	return sin, cos
}

// crSinCos returns the correctly rounded sin(x) and cos(x).
func crSinCos(x float64) (float64, float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN(), math.NaN()
	}
	if x == 0 {
		return x, 1
	}
	pi := bigPi()
	halfPi := new(big.Float).SetPrec(piPrec).SetMantExp(pi, -1)
	bx := new(big.Float).SetPrec(piPrec).SetFloat64(x)
	q := new(big.Float).SetPrec(piPrec).Quo(bx, halfPi)
	k, _ := q.Int(nil)
	// Round k to nearest so the remainder is within pi/4.
	frac := new(big.Float).SetPrec(piPrec).Sub(q, new(big.Float).SetInt(k))
	if frac.Cmp(big.NewFloat(0.5)) > 0 {
		k.Add(k, big.NewInt(1))
	} else if frac.Cmp(big.NewFloat(-0.5)) < 0 {
		k.Sub(k, big.NewInt(1))
	}
	r := new(big.Float).SetPrec(piPrec).Mul(halfPi, new(big.Float).SetPrec(piPrec).SetInt(k))
	r.Sub(bx, r)
	s, c := sinCosSeries(newF().Set(r))
	switch new(big.Int).And(k, big.NewInt(3)).Int64() {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	sf, _ := s.Float64()
	cf, _ := c.Float64()
	return sf, cf
}

// bigAtan returns atan(z) for z >= 0.
func bigAtan(z *big.Float) *big.Float {
	// atan(z) = 2*atan(z / (1 + sqrt(1 + z*z))): halve until z is small.
	doublings := 0
	small := bigOf(1.0 / 256)
	for z.Cmp(small) > 0 && doublings < 64 {
		s := newF().Mul(z, z)
		s.Add(s, bigOf(1))
		s.Sqrt(s)
		s.Add(s, bigOf(1))
		z = newF().Quo(z, s)
		doublings++
	}
	z2 := newF().Mul(z, z)
	sum := newF().Set(z)
	pow := newF().Set(z)
	for k := int64(3); k < 1000; k += 2 {
		pow.Mul(pow, z2)
		if pow.Sign() == 0 || pow.MantExp(nil) < -workPrec-8 {
			break
		}
		t := newF().Quo(pow, newF().SetInt64(k))
		if k%4 == 3 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
	}
	return sum.SetMantExp(sum, doublings)
}

// crAtan2 is atan2(y, x), correctly rounded for finite nonzero arguments;
// the special cases (zeros, infinities, NaNs) are exact in math.Atan2.
func crAtan2(y, x float64) float64 {
	if y == 0 || x == 0 || math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Atan2(y, x)
	}
	ratio := newF().Quo(bigOf(math.Abs(y)), bigOf(math.Abs(x)))
	theta := bigAtan(ratio)
	if x < 0 {
		theta = newF().Sub(bigPi(), theta)
	}
	if y < 0 {
		theta.Neg(theta)
	}
	f, _ := theta.Float64()
	return f
}
