package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func fixedSession() *Session {
	interps := []*Interp{
		{Name: "pyjit", Argv: []string{"/tmp/pyjit"}, Error: "go build ./cmd/pyjit: broken"},
		{Name: "python3", Argv: []string{"/usr/bin/python3.11"}, Version: "3.11.2"},
		{Name: "pypy3", Argv: []string{"pypy3"}, Version: "3.9.16 [PyPy 7.3.11]"},
	}
	runs := map[string]scriptRun{
		"pyjit":   {err: "go build ./cmd/pyjit: broken"},
		"python3": {rssKB: 12800, benches: []pyperfBenchmark{{Name: "nbody", Loops: 1, Values: []float64{0.060, 0.064, 0.062}, FirstValue: ptr(0.07)}}},
		"pypy3":   {rssKB: 204800, benches: []pyperfBenchmark{{Name: "nbody", Loops: 4, Values: []float64{0.020, 0.015, 0.0155}, FirstValue: ptr(0.05)}}},
	}
	rows := buildRows("nbody", interps, runs)
	runs2 := map[string]scriptRun{
		"pyjit":   {err: "go build ./cmd/pyjit: broken"},
		"python3": {rssKB: 9000, benches: []pyperfBenchmark{{Name: "float", Loops: 1, Values: []float64{0.1}}}},
		"pypy3":   {err: "RuntimeError: float self-check failed | x"},
	}
	rows = append(rows, buildRows("float", interps, runs2)...)
	s := &Session{CommandLine: "go run ./bench/pyperformance -bench nbody,float",
		Machine:  Machine{CPU: "Test CPU", Cores: 2, GoVersion: "go1.26", OS: "linux/amd64"},
		Baseline: "python3", Interps: interps, Rows: rows, Geomean: map[string]float64{}}
	computeSpeedups(s)
	return s
}

func ptr(f float64) *float64 { return &f }

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update once)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file:\n%s", name, got)
	}
}

func TestSpeedupsAndRows(t *testing.T) {
	s := fixedSession()
	nb := s.Rows[0].Cells
	if nb["python3"].Median != 0.062 || nb["pypy3"].Median != 0.0155 {
		t.Fatalf("medians: %v %v", nb["python3"].Median, nb["pypy3"].Median)
	}
	if got := nb["pypy3"].Speedup; got < 3.99 || got > 4.01 {
		t.Errorf("pypy3 speedup = %v, want 4", got)
	}
	if nb["pyjit"].OK || !strings.Contains(nb["pyjit"].Error, "broken") {
		t.Errorf("pyjit cell should fail: %+v", nb["pyjit"])
	}
	if s.Rows[1].Cells["pypy3"].OK {
		t.Error("a failed run must stay failed")
	}
	if g := s.Geomean["pypy3"]; g < 3.99 || g > 4.01 {
		t.Errorf("geomean pypy3 = %v (only nbody counts)", g)
	}
	if _, ok := s.Geomean["pyjit"]; ok {
		t.Error("pyjit has no geomean")
	}
}

func TestMarkdownGolden(t *testing.T) { golden(t, "results.md", markdown(fixedSession())) }

func TestSVGGolden(t *testing.T) {
	svg := speedupSVG(fixedSession())
	if !strings.HasPrefix(svg, "<svg ") || !strings.HasSuffix(svg, "</svg>\n") || !strings.Contains(svg, "failed") {
		t.Errorf("bad SVG:\n%s", svg)
	}
	golden(t, "speedup.svg", svg)
}

func TestParseResults(t *testing.T) {
	good := `{"format": "pyjit-pyperf/1", "metadata": {}, "benchmarks": [{"name": "x", "unit": "second",
	  "loops": 2, "inner_loops": 1, "values": [0.5, 0.25], "warmups": [[2, 0.6]], "first_value": 0.7}]}`
	bs, err := parseResults([]byte(good))
	if err != nil || len(bs) != 1 || bs[0].Name != "x" || bs[0].Loops != 2 || *bs[0].FirstValue != 0.7 || bs[0].Warmups[0][1] != 0.6 {
		t.Fatalf("parseResults = %+v, %v", bs, err)
	}
	for _, bad := range []string{
		`{`, `{"format": "other", "benchmarks": [{"name": "x", "values": [1]}]}`,
		`{"format": "pyjit-pyperf/1", "benchmarks": []}`,
		`{"format": "pyjit-pyperf/1", "benchmarks": [{"name": "x", "values": []}]}`,
		`{"format": "pyjit-pyperf/1", "benchmarks": [{"name": "", "values": [1]}]}`,
		`{"format": "pyjit-pyperf/1", "benchmarks": [{"name": "x", "values": [-1]}]}`,
	} {
		if _, err := parseResults([]byte(bad)); err == nil {
			t.Errorf("parseResults(%s) should fail", bad)
		}
	}
}

func TestLastLine(t *testing.T) {
	if got := lastLine("Traceback\n  File x\nValueError: boom\n\n", nil); got != "ValueError: boom" {
		t.Errorf("lastLine = %q", got)
	}
	if got := lastLine("", os.ErrNotExist); got != os.ErrNotExist.Error() {
		t.Errorf("lastLine = %q", got)
	}
}
