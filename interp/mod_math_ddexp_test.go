package interp

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// ddCase is one fast function checked against its math/big evaluation.
type ddCase struct {
	name string
	fast func(x, y float64) (float64, bool) // the fast path alone
	slow func(x, y float64) float64
	arg  func(rng *rand.Rand, i int) (x, y float64)
}

// randMag is a random double of random sign with exponent in [lo, hi).
func randMag(rng *rand.Rand, lo, hi int) float64 {
	x := math.Ldexp(1+rng.Float64(), lo+rng.Intn(hi-lo))
	if rng.Intn(2) == 0 {
		x = -x
	}
	return x
}

func ddCases() []ddCase {
	one := func(f func(float64) (float64, bool)) func(x, y float64) (float64, bool) {
		return func(x, _ float64) (float64, bool) { return f(x) }
	}
	slow1 := func(f func(float64) float64) func(x, y float64) float64 {
		return func(x, _ float64) float64 { return f(x) }
	}
	return []ddCase{
		{"exp", one(func(x float64) (float64, bool) {
			v, k := ddExpCore(dd{x, 0})
			return ddFinish(v, k, ddExpRel)
		}), slow1(slowExp), func(rng *rand.Rand, i int) (float64, float64) {
			if i%3 == 0 {
				return rng.Float64()*1450 - 740, 0
			}
			return randMag(rng, -60, 10), 0
		}},
		{"log", one(func(x float64) (float64, bool) { return ddRoundRel(ddLogCore(x)) }),
			slow1(slowLog), func(rng *rand.Rand, i int) (float64, float64) {
				switch i % 3 {
				case 0:
					return 1 + randMag(rng, -52, -1), 0 // near 1
				case 1:
					return math.Abs(randMag(rng, -1074, 1024)), 0
				}
				return math.Abs(randMag(rng, -5, 5)), 0
			}},
		{"log2", one(func(x float64) (float64, bool) {
			l, rel := ddLogCore(x)
			return ddRoundRel(ddMul(l, ddInvLn2), rel+2*ddEps)
		}), slow1(slowLog2), func(rng *rand.Rand, i int) (float64, float64) {
			if i%2 == 0 {
				return 1 + randMag(rng, -52, -1), 0
			}
			return math.Abs(randMag(rng, -1074, 1024)), 0
		}},
		{"pow", func(x, y float64) (float64, bool) {
			if y == 0 {
				return slowPow(x, y), true
			}
			return ddPowPos(x, y)
		}, slowPow, func(rng *rand.Rand, i int) (float64, float64) {
			x := math.Abs(randMag(rng, -30, 30))
			switch i % 4 {
			case 0:
				return math.Abs(randMag(rng, -15, 15)), float64(rng.Intn(128) - 64)
			case 1:
				return x, randMag(rng, -10, 5)
			case 2:
				// Near 1, with y as large as the range allows.
				d := randMag(rng, -40, -1)
				return 1 + d, (rng.Float64()*1400 - 700) / math.Log1p(d)
			}
			if i%8 == 3 {
				// The exponents with a shortcut, over the whole range.
				return math.Abs(randMag(rng, -1074, 1024)), []float64{0.5, 2, -1, 1}[i/8%4]
			}
			return math.Abs(randMag(rng, -3, 3)), rng.Float64()*200 - 100
		}},
		{"exp2", one(func(x float64) (float64, bool) {
			if x == math.Trunc(x) {
				return crExp2(x), true
			}
			ddExpInit()
			z := ddMulD(ddLn2, x)
			v, k := ddExpCore(z)
			return ddFinish(v, k, math.Abs(z.hi)*4*ddEps+ddExpRel)
		}), func(x, _ float64) float64 { return slowPow(2, x) }, func(rng *rand.Rand, i int) (float64, float64) {
			if i%3 == 0 {
				return float64(rng.Intn(2000) - 1000), 0
			}
			if i%3 == 1 {
				return rng.Float64()*2000 - 1000, 0
			}
			return randMag(rng, -50, 5), 0
		}},
		{"sin", one(func(x float64) (float64, bool) {
			if math.Abs(x) < 0x1p-30 {
				return fastSin(x), true // the tiny-argument path
			}
			s, _, ok := ddSinCos(x)
			if !ok {
				return 0, false
			}
			return ddRound(s)
		}), slow1(crSin), func(rng *rand.Rand, i int) (float64, float64) { return randMag(rng, -60, 19), 0 }},
		{"cos", one(func(x float64) (float64, bool) {
			if math.Abs(x) < 0x1p-30 {
				return fastCos(x), true
			}
			_, c, ok := ddSinCos(x)
			if !ok {
				return 0, false
			}
			return ddRound(c)
		}), slow1(crCos), func(rng *rand.Rand, i int) (float64, float64) { return randMag(rng, -60, 19), 0 }},
		{"atan", one(fastAtan), slow1(slowAtan), func(rng *rand.Rand, i int) (float64, float64) {
			if i%2 == 0 {
				return rng.Float64()*4 - 2, 0
			}
			return randMag(rng, -59, 800), 0
		}},
		{"atan2", fastAtan2, slowAtan2, func(rng *rand.Rand, i int) (float64, float64) {
			if i%2 == 0 {
				return rng.Float64()*4 - 2, rng.Float64()*4 - 2
			}
			return randMag(rng, -400, 400), randMag(rng, -400, 400)
		}},
		{"asin", one(fastAsin), slow1(slowAsin), func(rng *rand.Rand, i int) (float64, float64) {
			if i%2 == 0 {
				return rng.Float64()*2 - 1, 0
			}
			return math.Copysign(1-math.Abs(randMag(rng, -53, -1)), rng.Float64()-0.5), 0
		}},
		{"acos", one(fastAcos), slow1(slowAcos), func(rng *rand.Rand, i int) (float64, float64) {
			switch i % 3 {
			case 0:
				return rng.Float64()*2 - 1, 0
			case 1:
				return randMag(rng, -60, -1), 0
			}
			return math.Copysign(1-math.Abs(randMag(rng, -53, -1)), rng.Float64()-0.5), 0
		}},
		{"tan", one(fastTan), slow1(slowTan), func(rng *rand.Rand, i int) (float64, float64) {
			switch i % 4 {
			case 0:
				return randMag(rng, -59, -29), 0
			case 1:
				// Near odd multiples of pi/2, where tan is large.
				return math.Round(float64(2*(i%500)+1)*math.Pi/2*1e9) / 1e9, 0
			}
			return randMag(rng, -29, 19), 0
		}},
		{"hypot", func(x, y float64) (float64, bool) { return fastHypot([]float64{math.Abs(x), math.Abs(y)}) }, func(x, y float64) float64 { return slowHypot([]float64{math.Abs(x), math.Abs(y)}) },
			func(rng *rand.Rand, i int) (float64, float64) {
				if i%2 == 0 {
					return randMag(rng, -10, 10), randMag(rng, -10, 10)
				}
				return randMag(rng, -1000, 1000), randMag(rng, -1000, 1000)
			}},
	}
}

// TestDDFast checks each fast path against the math/big evaluation on
// random arguments across magnitudes: whenever the fast path answers it
// must give the big result, and it must answer almost always.
func TestDDFast(t *testing.T) {
	n := 2000
	if testing.Short() {
		n = 500
	}
	for _, c := range ddCases() {
		rng := rand.New(rand.NewSource(7))
		fallbacks := 0
		for i := 0; i < n; i++ {
			x, y := c.arg(rng, i)
			want := c.slow(x, y)
			got, ok := c.fast(x, y)
			if !ok {
				fallbacks++
				continue
			}
			if math.Float64bits(got) != math.Float64bits(want) {
				t.Errorf("%s(%v, %v): fast %v, big %v", c.name, x, y, got, want)
			}
		}
		t.Logf("%s: %d fallbacks in %d", c.name, fallbacks, n)
		if fallbacks > n/50 {
			t.Errorf("%s: %d fallbacks in %d evaluations", c.name, fallbacks, n)
		}
	}
}

func benchArgs() []float64 {
	rng := rand.New(rand.NewSource(1))
	xs := make([]float64, 1024)
	for i := range xs {
		xs[i] = rng.Float64()*20 - 10
	}
	return xs
}

func bench1(b *testing.B, f func(float64) float64, tr func(float64) float64) {
	xs := benchArgs()
	for i := range xs {
		xs[i] = tr(xs[i])
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f(xs[i&1023])
	}
}

func id(x float64) float64 { return x }

func BenchmarkDDExp(b *testing.B)  { bench1(b, crExp, id) }
func BenchmarkBigExp(b *testing.B) { bench1(b, slowExp, id) }
func BenchmarkDDLog(b *testing.B)  { bench1(b, crLog, math.Abs) }
func BenchmarkBigLog(b *testing.B) { bench1(b, slowLog, math.Abs) }
func BenchmarkDDLog2(b *testing.B) { bench1(b, crLog2, math.Abs) }
func BenchmarkDDLog10(b *testing.B) {
	bench1(b, crLog10, math.Abs)
}
func BenchmarkDDAtan(b *testing.B)  { bench1(b, crAtan, id) }
func BenchmarkBigAtan(b *testing.B) { bench1(b, slowAtan, id) }
func BenchmarkDDTan(b *testing.B)   { bench1(b, crTan, id) }
func BenchmarkBigTan(b *testing.B)  { bench1(b, slowTan, id) }
func BenchmarkDDAsin(b *testing.B) {
	bench1(b, crAsin, func(x float64) float64 { return x / 10.5 })
}
func BenchmarkDDAcos(b *testing.B) {
	bench1(b, crAcos, func(x float64) float64 { return x / 10.5 })
}
func BenchmarkDDAtan2(b *testing.B) {
	bench1(b, func(x float64) float64 { return crAtan2(x, 1.5) }, id)
}
func BenchmarkDDPow(b *testing.B) {
	bench1(b, func(x float64) float64 { return crPow(x, 1.37) }, math.Abs)
}
func BenchmarkBigPow(b *testing.B) {
	bench1(b, func(x float64) float64 { return slowPow(x, 1.37) }, math.Abs)
}
func BenchmarkDDPowInt(b *testing.B) {
	bench1(b, func(x float64) float64 { return crPow(x, 3) }, id)
}
func BenchmarkDDHypot(b *testing.B) {
	bench1(b, func(x float64) float64 { return crHypot([]float64{math.Abs(x), 3}) }, id)
}

// ddRelErr is |v - want|/|want| for a double-double v.
func ddRelErr(v dd, want *big.Float) float64 {
	p := want.Prec() + 64
	d := newF(p).Add(fl(v.hi, 64), fl(v.lo, 64))
	d.Sub(d, want)
	d.Quo(d, want)
	e, _ := d.Float64()
	return math.Abs(e)
}

// TestDDErrorBounds measures the actual error of the double-double
// evaluations against math/big and checks it against the bounds the
// fast paths declare (with a factor of 4 to spare, the derivations
// being worst cases).
func TestDDErrorBounds(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	const p = 320
	worst := map[string]float64{}
	check := func(name string, v dd, want *big.Float, bound float64) {
		e := ddRelErr(v, want)
		if e > bound {
			t.Errorf("%s: error %g above the declared %g", name, e, bound)
		}
		worst[name] = math.Max(worst[name], e/bound)
	}
	for i := 0; i < 1500; i++ {
		x := rng.Float64()*1400 - 700
		if i%2 == 0 {
			x = randMag(rng, -50, 5)
		}
		v, k := ddExpCore(dd{x, 0})
		want := bigExp(fl(x, p), p)
		check("exp", v, want.SetMantExp(want, -k), ddExpRel)
		y := math.Abs(randMag(rng, -1000, 1000))
		if i%2 == 0 {
			y = 1 + randMag(rng, -50, -1)
		}
		l, rel := ddLogCore(y)
		check("log", l, bigLog(fl(y, p), p), rel)
		a := math.Abs(randMag(rng, -20, 20))
		check("atan", ddAtanRatio(dd{a, 0}, dd{1, 0}), bigAtan(fl(a, p), p), ddAtanRel)
		// asin's inputs carry errors of their own.
		if b := math.Abs(rng.Float64()*2 - 1); b < 1 {
			bb := fl(b, p)
			want := newF(p).Mul(bb, bb)
			want.Sub(fl(1, p), want)
			want.Sqrt(want)
			want = bigAtan(want.Quo(bb, want), p)
			check("asin", ddAtanRatio(dd{b, 0}, ddOneMinusSq(b)), want, ddAtanRel)
		}
		// sin and cos have an absolute bound |v| 2**-80 + 2**-128,
		// checked as a relative one; near multiples of pi/2 too.
		z := randMag(rng, -29, 19)
		if i%3 == 0 {
			z = math.Round(float64(i)*math.Pi/2*1e7) / 1e7
		}
		if sv, cv, ok := ddSinCos(z); ok {
			bs, bc := bigSinCos(z)
			check("sin", sv, bs, 0x1p-80+0x1p-128/math.Abs(sv.hi))
			check("cos", cv, bc, 0x1p-80+0x1p-128/math.Abs(cv.hi))
		}
	}
	t.Logf("worst error / declared bound: %v", worst)
}

// TestDDTables checks the tables built by recurrences against direct
// math/big evaluations, to the 2**-105 the error bounds assume.
func TestDDTables(t *testing.T) {
	ddInit()
	ddAtanInit()
	const p = 256
	near := func(name string, j int, v dd, want *big.Float) {
		if want.Sign() == 0 {
			if v.hi != 0 || v.lo != 0 {
				t.Errorf("%s[%d] = %v, want 0", name, j, v)
			}
			return
		}
		if e := ddRelErr(v, want); e > 0x1p-105 {
			t.Errorf("%s[%d]: relative error %g", name, j, e)
		}
	}
	ln2o64 := newF(p).Quo(bigLn2, fl(64, p))
	for j := range ddExp2Tab {
		near("exp2", j, ddExp2Tab[j], bigExp(newF(p).Mul(ln2o64, fl(float64(j), p)), p))
	}
	for j := range ddLogTab {
		near("log", j, ddLogTab[j], bigLog(fl(float64(j+96)/128, p), p))
	}
	for j := range ddAtanTab {
		near("atan", j, ddAtanTab[j], bigAtan(fl(float64(j)/64, p), p))
	}
	for j := range ddSinTab {
		s, c := bigSinCos(float64(j) / 64)
		near("sin", j, ddSinTab[j], s)
		near("cos", j, ddCosTab[j], c)
	}
}
