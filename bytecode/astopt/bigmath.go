package astopt

// Correctly rounded pow, exp, log and hypot on doubles, computed with
// math/big. CPython calls the C library (glibc), whose pow, exp and log are
// correctly rounded in practice; Go's math.Pow is often off by an ulp, which
// would make folded constants differ from CPython's.

import (
	"math"
	"math/big"
	"sync"
)

// workPrec is the working precision in bits: far more than the 53 bits of a
// double, so that rounding the approximation gives the correctly rounded
// result except in astronomically rare cases.
const workPrec = 320

func newF() *big.Float { return new(big.Float).SetPrec(workPrec) }

func bigOf(x float64) *big.Float { return newF().SetFloat64(x) }

var (
	ln2Once sync.Once
	ln2Val  *big.Float
)

// ln2 returns log(2) to workPrec bits, as 2*atanh(1/3).
func ln2() *big.Float {
	ln2Once.Do(func() {
		z := newF().Quo(bigOf(1), bigOf(3))
		ln2Val = atanhSeries(z)
		ln2Val.Mul(ln2Val, bigOf(2))
	})
	return newF().Set(ln2Val)
}

// atanhSeries sums z + z^3/3 + z^5/5 + ... for small |z|.
func atanhSeries(z *big.Float) *big.Float {
	sum := newF().Set(z)
	z2 := newF().Mul(z, z)
	term := newF().Set(z)
	limit := -workPrec - 8
	for k := int64(3); k < 10000; k += 2 {
		term.Mul(term, z2)
		t := newF().Quo(term, newF().SetInt64(k))
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < limit {
			break
		}
		sum.Add(sum, t)
	}
	return sum
}

// bigLog returns the natural logarithm of x > 0.
func bigLog(x *big.Float) *big.Float {
	mant := newF()
	e := x.MantExp(mant) // x = mant * 2**e, 0.5 <= mant < 1
	// Move mant into [sqrt(1/2), sqrt(2)) so the series converges fast and
	// log(mant) is computed with full relative precision near 1.
	if mant.Cmp(bigOf(math.Sqrt2/2)) < 0 {
		mant.SetMantExp(mant, 1)
		e--
	}
	num := newF().Sub(mant, bigOf(1))
	den := newF().Add(mant, bigOf(1))
	r := atanhSeries(newF().Quo(num, den))
	r.Mul(r, bigOf(2))
	if e != 0 {
		r.Add(r, newF().Mul(ln2(), newF().SetInt64(int64(e))))
	}
	return r
}

// bigExp returns e**t for |t| < 1000.
func bigExp(t *big.Float) *big.Float {
	// t = k*log(2) + r with |r| <= log(2)/2.
	kf, _ := newF().Quo(t, ln2()).Float64()
	k := int64(math.Round(kf))
	r := newF().Sub(t, newF().Mul(ln2(), newF().SetInt64(k)))
	const halvings = 16
	r.SetMantExp(r, -halvings)
	sum := bigOf(1)
	term := bigOf(1)
	for n := int64(1); n < 200; n++ {
		term.Mul(term, r)
		term.Quo(term, newF().SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil) < -workPrec-8 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// expToFloat rounds e**t to a double (inf on overflow, 0 on underflow).
func expToFloat(t *big.Float) float64 {
	tf, _ := t.Float64()
	switch {
	case tf > 710:
		return math.Inf(1)
	case tf < -746:
		return 0
	}
	f, _ := bigExp(t).Float64()
	return f
}

// crPow is pow(x, y) for finite x > 0, x != 1 and finite y != 0.
func crPow(x, y float64) float64 {
	if y == math.Trunc(y) && math.Abs(y) <= 64 {
		return exactIntPow(x, int(y))
	}
	t := bigLog(bigOf(x))
	t.Mul(t, bigOf(y))
	return expToFloat(t)
}

// exactIntPow computes x**n exactly (53*|n| bits at most) and rounds once.
func exactIntPow(x float64, n int) float64 {
	neg := n < 0
	if neg {
		n = -n
	}
	const exactPrec = 53*64 + 64
	p := new(big.Float).SetPrec(exactPrec).SetFloat64(1)
	b := new(big.Float).SetPrec(exactPrec).SetFloat64(x)
	for n > 0 {
		if n&1 != 0 {
			p.Mul(p, b)
		}
		n >>= 1
		if n > 0 {
			b.Mul(b, b)
		}
	}
	if neg {
		p = newF().Quo(bigOf(1), p)
	}
	f, _ := p.Float64()
	return f
}

// crExp is exp(x), correctly rounded.
func crExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x == 0:
		return 1
	}
	return expToFloat(bigOf(x))
}

// crLog is log(x), correctly rounded.
func crLog(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case x == 1:
		return 0
	}
	f, _ := bigLog(bigOf(x)).Float64()
	return f
}

// crHypot is hypot(a, b), correctly rounded.
func crHypot(a, b float64) float64 {
	switch {
	case math.IsInf(a, 0) || math.IsInf(b, 0):
		return math.Inf(1)
	case math.IsNaN(a) || math.IsNaN(b):
		return math.NaN()
	case a == 0 && b == 0:
		return 0
	}
	s := newF().Mul(bigOf(a), bigOf(a))
	s.Add(s, newF().Mul(bigOf(b), bigOf(b)))
	f, _ := s.Sqrt(s).Float64()
	return f
}
