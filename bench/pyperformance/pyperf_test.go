package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// resultLine matches pyperf's result line, e.g.
// "nbody: Mean +- std dev: 123 ms +- 4 ms" or "nbody: 123 ms".
var resultLine = regexp.MustCompile(`(?m)^([\w.-]+): (?:Mean \+- std dev: )?[0-9.]+ (?:sec|ms|us|ns)(?: \+- [0-9.]+ (?:sec|ms|us|ns))?$`)

func TestPyperfFormatting(t *testing.T) {
	py := python(t)
	// The same table as TestFormatSeconds: both sides follow pyperf.
	out, stderr, err := runPy(t, py, ".", "-c", `
import pyperf
for v in (123.4, 1.5, 0.1234, 0.01234, 0.001234, 12.3e-6, 4.5e-9, 0.5e-10):
    print(pyperf.format_timedelta(v))
print(pyperf.format_timedeltas((0.1234, 0.0042)))
print(pyperf.format_result([0.1, 0.12, 0.11]))
print(pyperf.format_result([0.1]))
print(pyperf.python_implementation())
`)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	want := "123 sec\n1.50 sec\n123 ms\n12.3 ms\n1.23 ms\n12.3 us\n4.50 ns\n0.05 ns\n" +
		"('123 ms', '4 ms')\nMean +- std dev: 110 ms +- 10 ms\n100 ms\ncpython\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

type jsonBench struct {
	Name        string           `json:"name"`
	Loops       int              `json:"loops"`
	InnerLoops  int              `json:"inner_loops"`
	Values      []float64        `json:"values"`
	Warmups     [][2]float64     `json:"warmups"`
	Calibration [][2]float64     `json:"calibration"`
	FirstValue  float64          `json:"first_value"`
	Runs        []map[string]any `json:"runs"`
	Metadata    map[string]any   `json:"metadata"`
}

func readBenchJSON(t *testing.T, path string) []jsonBench {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Format     string      `json:"format"`
		Benchmarks []jsonBench `json:"benchmarks"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Format != "pyjit-pyperf/1" {
		t.Fatalf("format %q", doc.Format)
	}
	return doc.Benchmarks
}

// TestPyperfCalibration: with time = loops*0.03 s and --min-time 0.1 the
// loops double 1, 2, 4 (0.12 s >= 0.1 s); then 2 warm-ups and 3 values of
// 4 loops, each value 0.03/3 s per inner iteration.
func TestPyperfCalibration(t *testing.T) {
	py := python(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "r.json")
	stdout, stderr, err := runPy(t, py, "testdata/pyperf", "fake_clock.py", "--values", "3", "--warmups", "2",
		"--min-time", "0.1", "--label", "L", "-o", out, "hello")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(stdout, "fake_hello: Mean +- std dev: 10.0 ms +- 0.0 ms\n") ||
		!strings.Contains(stdout, "calls [1, 2, 4, 4, 4, 4, 4, 4]") {
		t.Errorf("stdout:\n%s", stdout)
	}
	bs := readBenchJSON(t, out)
	if len(bs) != 2 || bs[0].Name != "fake_hello" || bs[1].Name != "second_hello" {
		t.Fatalf("benchmarks: %+v", bs)
	}
	b := bs[0]
	if b.Loops != 4 || b.InnerLoops != 3 || len(b.Values) != 3 || len(b.Warmups) != 2 || len(b.Calibration) != 3 {
		t.Errorf("bench: %+v", b)
	}
	if b.Calibration[2] != [2]float64{4, 0.12} || b.Warmups[0][0] != 4 || b.FirstValue != 0.01 {
		t.Errorf("calibration %v warmups %v first %v", b.Calibration, b.Warmups, b.FirstValue)
	}
	for _, v := range b.Values {
		if v < 0.00999 || v > 0.01001 {
			t.Errorf("value %v, want 0.01", v)
		}
	}
	if b.Metadata["label"] != "L" || b.Metadata["word"] != "hello" || b.Metadata["name"] != "fake_hello" {
		t.Errorf("metadata %v", b.Metadata)
	}
	// -o refuses to overwrite, like pyperf
	if _, _, err := runPy(t, py, "testdata/pyperf", "fake_clock.py", "-o", out, "hello"); err == nil {
		t.Error("second -o to the same file should fail")
	}
}

// TestPyperfWorkers: --processes 2 re-runs the script as workers whose
// command lines come from add_cmdline_args (positional and option).
func TestPyperfWorkers(t *testing.T) {
	py := python(t)
	out := filepath.Join(t.TempDir(), "r.json")
	stdout, stderr, err := runPy(t, py, "testdata/pyperf", "fake_clock.py", "-p", "2", "--values", "2",
		"--warmups", "0", "--loops", "2", "--label", "W", "-o", out, "bye")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(stdout, "..\nfake_bye: Mean +- std dev:") || !strings.Contains(stdout, "calls []") {
		t.Errorf("stdout:\n%s", stdout)
	}
	b := readBenchJSON(t, out)[0]
	if len(b.Runs) != 2 || len(b.Values) != 4 || b.Loops != 2 || b.Metadata["label"] != "W" {
		t.Errorf("bench: %+v", b)
	}
}

func TestPyperfArgparse(t *testing.T) {
	py := python(t)
	_, stderr, err := runPy(t, py, "testdata/pyperf", "fake_clock.py", "--values", "0", "x")
	if err == nil || !strings.Contains(stderr, "must be >= 1") {
		t.Errorf("--values 0 should be refused: %v %s", err, stderr)
	}
	_, stderr, err = runPy(t, py, "testdata/pyperf", "fake_clock.py")
	if err == nil || !strings.Contains(stderr, "the following arguments are required: word") {
		t.Errorf("missing positional should be refused: %v %s", err, stderr)
	}
	stdout, _, err := runPy(t, py, "testdata/pyperf", "fake_clock.py", "--help")
	if err != nil || !strings.Contains(stdout, "--min-time") || !strings.Contains(stdout, "--label") {
		t.Errorf("--help: %v\n%s", err, stdout)
	}
}

// TestUpstreamFiles runs pyperformance's own benchmark files unmodified
// (testdata/upstream) under CPython and, when installed, PyPy.
func TestUpstreamFiles(t *testing.T) {
	interps := []string{python(t)}
	if p, err := exec.LookPath("pypy3"); err == nil {
		interps = append(interps, p)
	}
	cases := [][]string{
		{"bm_generators.py"},
		{"bm_deepcopy.py"},
		{"bm_pickle.py", "pickle"},
		{"bm_pickle.py", "--pure-python", "unpickle"},
	}
	for _, py := range interps {
		for _, c := range cases {
			args := append(append([]string{}, c[0], "--loops", "1", "--values", "2", "--warmups", "0"), c[1:]...)
			stdout, stderr, err := runPy(t, py, "testdata/upstream", args...)
			if err != nil || !resultLine.MatchString(stdout) {
				t.Errorf("%s %v: %v\nstdout: %s\nstderr: %s", py, c, err, stdout, stderr)
			}
		}
	}
	// add_cmdline_args of an upstream file drives the workers
	stdout, stderr, err := runPy(t, interps[0], "testdata/upstream", "bm_pickle.py", "-p", "2", "--loops", "1",
		"--values", "1", "--warmups", "0", "--pure-python", "pickle_list")
	if err != nil || !strings.Contains(stdout, "pickle_list_pure_python: Mean +- std dev:") {
		t.Errorf("workers: %v\n%s\n%s", err, stdout, stderr)
	}
}
