package interp

import (
	"math"
	"math/rand"
	"testing"
)

// TestFastSinCos checks the double-double fast path against the math/big
// evaluation on random arguments of every magnitude it handles.
func TestFastSinCos(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	fallbacks := 0
	n := 4000
	for i := 0; i < n; i++ {
		x := math.Ldexp(rng.Float64(), rng.Intn(50)-29)
		if i%2 == 1 {
			x = -x
		}
		if i < 200 {
			x = float64(i) // the integers bm_float uses
		}
		if i >= 200 && i < 400 {
			// Near multiples of pi/2, where reduction cancels.
			x = math.Round(float64(i)*math.Pi/2*1e6) / 1e6
		}
		s, c, ok := ddSinCos(x)
		if !ok {
			continue
		}
		bs, bc := bigSinCos(x)
		if y, ok := ddRound(s); ok {
			if want := f64(bs); y != want {
				t.Fatalf("sin(%v): fast %v, big %v", x, y, want)
			}
		} else {
			fallbacks++
		}
		if y, ok := ddRound(c); ok {
			if want := f64(bc); y != want {
				t.Fatalf("cos(%v): fast %v, big %v", x, y, want)
			}
		} else {
			fallbacks++
		}
	}
	if fallbacks > n/100 {
		t.Errorf("%d fallbacks in %d evaluations", fallbacks, 2*n)
	}
}

func BenchmarkFastSin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		fastSin(float64(i%100000) + 0.5)
	}
}
