package interp

// This file computes the math module's transcendental functions in
// extended precision (math/big) and rounds once to float64. CPython calls
// the C library (glibc), whose exp, log, pow, sin, cos, tan, atan and
// friends are correctly rounded in practice; Go's math package is not
// (it is off by one ulp for many arguments), so a correctly rounded
// result is the one that matches CPython. Special values (zeros,
// infinities, NaNs, domain errors) are left to Go's math package, whose
// special cases follow C99 Annex F as glibc does.

import (
	"math"
	"math/big"
	"sync"
)

// workPrec is the working precision: far more than the 53 bits needed,
// so the single final rounding is correct except in astronomically rare
// near-halfway cases.
const workPrec = 192

var (
	constOnce sync.Once
	bigPi     *big.Float // pi to reducePrec bits
	bigLn2    *big.Float // ln 2 to workPrec+64 bits
)

// reducePrec is the precision of pi for reducing sin/cos/tan arguments up
// to 2**1024 exactly enough.
const reducePrec = 1400

func newF(prec uint) *big.Float { return new(big.Float).SetPrec(prec) }

func fl(x float64, prec uint) *big.Float { return newF(prec).SetFloat64(x) }

func initConsts() {
	constOnce.Do(func() {
		// pi = 16 atan(1/5) - 4 atan(1/239) (Machin).
		p := uint(reducePrec + 64)
		a := atanInv(5, p)
		b := atanInv(239, p)
		a.Mul(a, fl(16, p))
		b.Mul(b, fl(4, p))
		bigPi = newF(p).Sub(a, b)
		// ln 2 = 2 atanh(1/3).
		q := uint(workPrec + 128)
		third := newF(q).Quo(fl(1, q), fl(3, q))
		bigLn2 = atanhSeries(third, q)
		bigLn2.Mul(bigLn2, fl(2, q))
	})
}

// atanInv is atan(1/n) by its Taylor series.
func atanInv(n int64, prec uint) *big.Float {
	x := newF(prec).Quo(fl(1, prec), fl(float64(n), prec))
	x2 := newF(prec).Mul(x, x)
	sum := newF(prec).Set(x)
	term := newF(prec).Set(x)
	eps := newF(prec).SetMantExp(fl(1, prec), -int(prec)-8)
	for k := int64(1); ; k++ {
		term.Mul(term, x2)
		t := newF(prec).Quo(term, fl(float64(2*k+1), prec))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Cmp(eps) < 0 {
			return sum
		}
	}
}

// atanhSeries is atanh(z) = z + z^3/3 + z^5/5 + ... for |z| <= 1/3.
func atanhSeries(z *big.Float, prec uint) *big.Float {
	z2 := newF(prec).Mul(z, z)
	sum := newF(prec).Set(z)
	term := newF(prec).Set(z)
	for k := 1; k < 4*int(prec); k++ {
		term.Mul(term, z2)
		t := newF(prec).Quo(term, fl(float64(2*k+1), prec))
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -int(prec)-4 {
			break
		}
		sum.Add(sum, t)
	}
	return sum
}

// bigLog is the natural logarithm of x > 0.
func bigLog(x *big.Float, prec uint) *big.Float {
	initConsts()
	// Near 1 no exponent is split off, so log(1+tiny) keeps its digits.
	one := fl(1, prec)
	lo, hi := fl(0.5, prec), fl(2, prec)
	e := 0
	m := newF(prec).Set(x)
	if x.Cmp(lo) < 0 || x.Cmp(hi) > 0 {
		e = x.MantExp(nil)
		m.SetMantExp(x, -e)
		// m in [0.5, 1): move it to [0.707, 1.414) so z stays small.
		if m.Cmp(fl(math.Sqrt2/2, prec)) < 0 {
			m.SetMantExp(m, 1)
			e--
		}
	}
	num := newF(prec).Sub(m, one)
	den := newF(prec).Add(m, one)
	z := newF(prec).Quo(num, den)
	r := atanhSeries(z, prec)
	r.Mul(r, fl(2, prec))
	if e != 0 {
		l := newF(prec).Mul(bigLn2, fl(float64(e), prec))
		r.Add(r, l)
	}
	return r
}

// bigExp is e**x, for |x| < 1000.
func bigExp(x *big.Float, prec uint) *big.Float {
	initConsts()
	// x = k ln2 + r, |r| <= ln2/2; e**r by its series on r/2**s, squared
	// s times.
	q := newF(prec).Quo(x, bigLn2)
	kf, _ := q.Float64()
	k := math.Round(kf)
	r := newF(prec).Sub(x, newF(prec).Mul(bigLn2, fl(k, prec)))
	const s = 12
	r.SetMantExp(r, -s)
	sum := fl(1, prec)
	term := fl(1, prec)
	for n := 1; n < 200; n++ {
		term.Mul(term, r)
		term.Quo(term, fl(float64(n), prec))
		if term.Sign() == 0 || term.MantExp(nil) < -int(prec)-4 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < s; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// bigExpm1Small is e**x - 1 for |x| < 1 by its series (no cancellation).
func bigExpm1Small(x *big.Float, prec uint) *big.Float {
	sum := newF(prec)
	term := fl(1, prec)
	for n := 1; n < 400; n++ {
		term.Mul(term, x)
		term.Quo(term, fl(float64(n), prec))
		if term.Sign() == 0 || (sum.Sign() != 0 && term.MantExp(nil)-sum.MantExp(nil) < -int(prec)-4) {
			break
		}
		sum.Add(sum, term)
	}
	return sum
}

// bigSinCos returns sin(x) and cos(x) for |x| < 2**1024.
func bigSinCos(x float64) (sin, cos *big.Float) {
	initConsts()
	prec := uint(workPrec)
	bx := fl(x, reducePrec+64)
	halfPi := newF(reducePrec+64).SetMantExp(bigPi, -1)
	q := newF(reducePrec+64).Quo(bx, halfPi)
	kInt, _ := newF(reducePrec+64).Add(q, fl(math.Copysign(0.5, x), 64)).Int(nil)
	r := newF(reducePrec+64).Sub(bx, newF(reducePrec+64).Mul(halfPi, newF(reducePrec+64).SetInt(kInt)))
	r.SetPrec(prec)
	// Taylor series of sin and cos on |r| <= pi/4.
	r2 := newF(prec).Mul(r, r)
	s, c := newF(prec).Set(r), fl(1, prec)
	ts, tc := newF(prec).Set(r), fl(1, prec)
	for n := 1; n < 100; n++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, fl(float64((2*n)*(2*n+1)), prec))
		tc.Mul(tc, r2)
		tc.Quo(tc, fl(float64((2*n-1)*(2*n)), prec))
		if n%2 == 1 {
			s.Sub(s, ts)
			c.Sub(c, tc)
		} else {
			s.Add(s, ts)
			c.Add(c, tc)
		}
		if ts.Sign() == 0 || ts.MantExp(nil) < -int(prec)-40 {
			break
		}
	}
	quad := new(big.Int).And(kInt, big.NewInt(3)).Int64()
	switch quad {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	return s, c
}

// bigAtan is atan(x) for finite x.
func bigAtan(x *big.Float, prec uint) *big.Float {
	initConsts()
	neg := x.Sign() < 0
	a := newF(prec).Abs(x)
	one := fl(1, prec)
	inv := false
	if a.Cmp(one) > 0 {
		a.Quo(one, a)
		inv = true
	}
	// atan(a) = 2 atan(a / (1 + sqrt(1 + a*a))), three times: a < 0.1.
	for i := 0; i < 3; i++ {
		d := newF(prec).Mul(a, a)
		d.Add(d, one)
		d.Sqrt(d)
		d.Add(d, one)
		a.Quo(a, d)
	}
	a2 := newF(prec).Mul(a, a)
	sum := newF(prec).Set(a)
	term := newF(prec).Set(a)
	for k := 1; k < 400; k++ {
		term.Mul(term, a2)
		t := newF(prec).Quo(term, fl(float64(2*k+1), prec))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -int(prec)-4 {
			break
		}
	}
	sum.SetMantExp(sum, 3)
	if inv {
		halfPi := newF(prec).SetMantExp(bigPi, -1)
		sum.Sub(halfPi, sum)
	}
	if neg {
		sum.Neg(sum)
	}
	return sum
}

// f64 rounds to the nearest float64 (overflowing to infinity).
func f64(x *big.Float) float64 {
	f, _ := x.Float64()
	return f
}

// tiny reports whether |x| is so small that f(x) = x (1 + O(x**2))
// rounds to x itself.
func tiny(x float64) bool { return math.Abs(x) < 0x1p-60 }

// special reports whether x needs Go's special-case handling.
func special(x float64) bool { return x == 0 || math.IsInf(x, 0) || math.IsNaN(x) }

// precFor is a precision that keeps workPrec bits after 1+x for small x.
func precFor(x float64) uint {
	_, e := math.Frexp(x)
	if e < 0 {
		return workPrec + uint(-e)
	}
	return workPrec
}

func slowExp(x float64) float64 {
	if special(x) || x > 710 || x < -746 {
		return math.Exp(x)
	}
	return f64(bigExp(fl(x, workPrec), workPrec))
}

func slowLog(x float64) float64 {
	if special(x) || x < 0 {
		return math.Log(x)
	}
	return f64(bigLog(fl(x, workPrec), workPrec))
}

func crLogBase(x float64, base float64) float64 {
	if special(x) || x < 0 {
		if base == 2 {
			return math.Log2(x)
		}
		return math.Log10(x)
	}
	l := bigLog(fl(x, workPrec), workPrec)
	return f64(l.Quo(l, bigLog(fl(base, workPrec), workPrec)))
}

func slowLog2(x float64) float64 { return crLogBase(x, 2) }

// crLog10 is the C library's log10, which is not correctly rounded: it
// splits x = 2**k * m and combines log(m) (correctly rounded) with k in
// two pieces of log10(2), in double arithmetic.
func crLog10(x float64) float64 {
	if special(x) || x < 0 {
		return math.Log10(x)
	}
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	bits := math.Float64bits(x)
	hx := int32(bits >> 32)
	k := int32(0)
	if hx < 0x00100000 {
		k -= 54
		x *= 0x1p54
		bits = math.Float64bits(x)
		hx = int32(bits >> 32)
	}
	k += (hx >> 20) - 1023
	i := int32(uint32(k) >> 31)
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	// The conversions round each product as glibc's double code does;
	// without them the compiler may fuse them into the sums (arm64 FMADD).
	z := float64(y*log10_2lo) + float64(ivln10*crLog(x))
	return z + float64(y*log10_2hi)
}

func crSin(x float64) float64 {
	if special(x) || tiny(x) {
		return math.Sin(x)
	}
	s, _ := bigSinCos(x)
	return f64(s)
}

func crCos(x float64) float64 {
	if special(x) {
		return math.Cos(x)
	}
	_, c := bigSinCos(x)
	return f64(c)
}

func slowTan(x float64) float64 {
	if special(x) || tiny(x) {
		return math.Tan(x)
	}
	s, c := bigSinCos(x)
	return f64(s.Quo(s, c))
}

func slowAtan(x float64) float64 {
	if special(x) || tiny(x) {
		return math.Atan(x)
	}
	return f64(bigAtan(fl(x, workPrec), workPrec))
}

func slowAsin(x float64) float64 {
	if special(x) || tiny(x) || math.Abs(x) >= 1 {
		return math.Asin(x)
	}
	// asin x = atan(x / sqrt(1 - x*x)); 1 - x*x is exact at this
	// precision.
	p := uint(workPrec + 64)
	bx := fl(x, p)
	d := newF(p).Mul(bx, bx)
	d.Sub(fl(1, p), d)
	d.Sqrt(d)
	return f64(bigAtan(bx.Quo(bx, d), p))
}

func slowAcos(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 1 {
		return math.Acos(x)
	}
	if x == 1 {
		return 0
	}
	initConsts()
	p := uint(workPrec + 64)
	halfPi := newF(p).SetMantExp(bigPi, -1)
	if x == -1 {
		return f64(newF(p).Mul(halfPi, fl(2, p)))
	}
	if x == 0 {
		return f64(halfPi)
	}
	bx := fl(x, p)
	d := newF(p).Mul(bx, bx)
	d.Sub(fl(1, p), d)
	d.Sqrt(d)
	a := bigAtan(bx.Quo(bx, d), p)
	return f64(halfPi.Sub(halfPi, a))
}

func slowAtan2(y, x float64) float64 {
	if special(x) || special(y) {
		return math.Atan2(y, x)
	}
	initConsts()
	p := uint(workPrec + 64)
	a := bigAtan(newF(p).Quo(fl(y, p), fl(x, p)), p)
	if x < 0 {
		if y >= 0 {
			a.Add(a, bigPi)
		} else {
			a.Sub(a, bigPi)
		}
	}
	return f64(a)
}

// The hyperbolic functions follow the C library's (fdlibm's) formulas
// over exp and log, which are correctly rounded there, and expm1 and
// log1p, which are fdlibm's there and in Go's math package alike: glibc
// does not round these correctly, so only the same formulas give the
// same results.

const ln2Hi = 6.93147180559945286227e-01

func crSinh(x float64) float64 {
	a := math.Abs(x)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return x
	case a < 22:
		if a < 0x1p-28 {
			return x
		}
		t := math.Expm1(a)
		var r float64
		if a < 1 {
			r = 0.5 * (2*t - t*t/(t+1))
		} else {
			r = 0.5 * (t + t/(t+1))
		}
		return math.Copysign(r, x)
	case a < 7.09782712893383973096e+02:
		return math.Copysign(0.5*crExp(a), x)
	case a <= 7.10475860073943863426e+02:
		w := crExp(0.5 * a)
		return math.Copysign(0.5*w*w, x)
	}
	return math.Copysign(math.Inf(1), x)
}

func crCosh(x float64) float64 {
	a := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return a
	case a < 0.5*ln2Hi:
		t := math.Expm1(a)
		w := 1 + t
		if a < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case a < 22:
		t := crExp(a)
		return 0.5*t + 0.5/t
	case a < 7.09782712893383973096e+02:
		return 0.5 * crExp(a)
	case a <= 7.10475860073943863426e+02:
		w := crExp(0.5 * a)
		return 0.5 * w * w
	}
	return math.Inf(1)
}

func crTanh(x float64) float64 {
	a := math.Abs(x)
	var z float64
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Copysign(1, x)
	case a < 22:
		if a < 0x1p-55 {
			return x * (1 + x)
		}
		if a >= 1 {
			t := math.Expm1(2 * a)
			z = 1 - 2/(t+2)
		} else {
			t := math.Expm1(-2 * a)
			z = -t / (t + 2)
		}
	default:
		z = 1
	}
	return math.Copysign(z, x)
}

func crAsinh(x float64) float64 {
	a := math.Abs(x)
	var w float64
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return x
	case a < 0x1p-28:
		return x
	case a > 0x1p28:
		w = crLog(a) + ln2Hi
	case a > 2:
		w = crLog(2*a + 1/(math.Sqrt(x*x+1)+a))
	default:
		t := x * x
		w = math.Log1p(a + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

func crAcosh(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 1:
		return math.NaN()
	case x >= 0x1p28:
		if math.IsInf(x, 1) {
			return x
		}
		return crLog(x) + ln2Hi
	case x == 1:
		return 0
	case x > 2:
		return crLog(2*x - 1/(x+math.Sqrt(x*x-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}

func crAtanh(x float64) float64 {
	a := math.Abs(x)
	switch {
	case math.IsNaN(x) || a > 1:
		return math.NaN()
	case a == 1:
		return math.Copysign(math.Inf(1), x)
	case a < 0x1p-28:
		return x
	}
	var t float64
	if a < 0.5 {
		t = a + a
		t = 0.5 * math.Log1p(t+t*a/(1-a))
	} else {
		t = 0.5 * math.Log1p((a+a)/(1-a))
	}
	return math.Copysign(t, x)
}

// crPow is pow(x, y) for the finite, nonzero cases; the rest is Go's
// C99-conforming math.Pow.
func slowPow(x, y float64) float64 {
	if special(x) || special(y) || x == 1 {
		return math.Pow(x, y)
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		neg = math.Mod(y, 2) != 0
		x = -x
	}
	// Exact small integer powers are computed exactly.
	if y == math.Trunc(y) && math.Abs(y) <= 64 {
		p := uint(64 * 64)
		r := fl(1, p)
		b := fl(x, p)
		for i := 0; i < int(math.Abs(y)); i++ {
			r.Mul(r, b)
		}
		if y < 0 {
			r.Quo(fl(1, p), r)
		}
		f := f64(r)
		if neg {
			f = -f
		}
		return f
	}
	p := uint(workPrec + 64)
	l := bigLog(fl(x, p), p)
	l.Mul(l, fl(y, p))
	lf, _ := l.Float64()
	var f float64
	switch {
	case lf > 710:
		f = math.Inf(1)
	case lf < -746:
		f = 0
	default:
		f = f64(bigExp(l, p))
	}
	if neg {
		f = -f
	}
	return f
}

// crHypot is the correctly rounded Euclidean norm of finite values.
func slowHypot(xs []float64) float64 {
	p := uint(workPrec)
	sum := newF(p)
	for _, x := range xs {
		b := fl(x, p)
		sum.Add(sum, b.Mul(b, b))
	}
	return f64(sum.Sqrt(sum))
}
