package main

import (
	"math"
	"testing"
)

func TestMedian(t *testing.T) {
	cases := []struct {
		in   []float64
		want float64
	}{
		{[]float64{3}, 3},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{5, 5, 1, 9, 7, 3}, 5},
	}
	for _, c := range cases {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
	if !math.IsNaN(median(nil)) {
		t.Error("median(nil) should be NaN")
	}
	in := []float64{3, 1, 2}
	median(in)
	if in[0] != 3 {
		t.Error("median modified its input")
	}
}

func TestGeomeanAndStdev(t *testing.T) {
	if got := geomean([]float64{2, 8}); math.Abs(got-4) > 1e-12 {
		t.Errorf("geomean(2, 8) = %v", got)
	}
	if got := geomean([]float64{0.5, 2, 1}); math.Abs(got-1) > 1e-12 {
		t.Errorf("geomean(0.5, 2, 1) = %v", got)
	}
	if !math.IsNaN(geomean([]float64{1, 0})) || !math.IsNaN(geomean(nil)) {
		t.Error("geomean of zero or nothing should be NaN")
	}
	// statistics.stdev([1, 2, 3, 4]) in CPython 3.11 = 1.2909944487358056
	if got := stdev([]float64{1, 2, 3, 4}); math.Abs(got-1.2909944487358056) > 1e-15 {
		t.Errorf("stdev = %v", got)
	}
	if stdev([]float64{7}) != 0 {
		t.Error("stdev of one value should be 0")
	}
	lo, hi := minMax([]float64{3, -1, 9})
	if lo != -1 || hi != 9 {
		t.Errorf("minMax = %v, %v", lo, hi)
	}
}

func TestFormatSeconds(t *testing.T) {
	// Expected strings are pyperf's format_timedelta (pylib/pyperf.py
	// agrees; TestPyperfFormatting checks that side).
	cases := map[float64]string{
		123.4: "123 sec", 1.5: "1.50 sec", 0.1234: "123 ms", 0.01234: "12.3 ms",
		0.001234: "1.23 ms", 12.3e-6: "12.3 us", 4.5e-9: "4.50 ns", 0.5e-10: "0.05 ns",
	}
	for v, want := range cases {
		if got := formatSeconds(v); got != want {
			t.Errorf("formatSeconds(%v) = %q, want %q", v, got, want)
		}
	}
}
