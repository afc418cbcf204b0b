package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// runAll runs every benchmark program once (--loops 1 --values 1
// --warmups 0) under argv, two at a time, and returns the failures by name.
func runAll(t *testing.T, argv []string) (names []string, failures map[string]string) {
	t.Helper()
	root := repoRoot(t)
	dir := filepath.Join(root, "bench", "pyperformance", "benchmarks")
	names, err := listBenchmarks(dir)
	if err != nil || len(names) == 0 {
		t.Fatalf("no benchmarks: %v", err)
	}
	failures = map[string]string{}
	var mu sync.Mutex
	sem := make(chan bool, 2)
	var wg sync.WaitGroup
	tmp := t.TempDir()
	for _, n := range names {
		wg.Add(1)
		go func(n string) {
			defer wg.Done()
			sem <- true
			defer func() { <-sem }()
			cfg := Config{Values: 1, Warmups: 0, Loops: 1, MinTime: 0.1, Timeout: 2 * time.Minute}
			r := runScript(cfg, root, argv, filepath.Join(dir, "bm_"+n+".py"), tmp)
			msg := r.err
			if msg == "" {
				for _, b := range r.benches {
					if len(b.Values) != 1 || b.Loops != 1 {
						msg = fmt.Sprintf("%s: %d values, %d loops", b.Name, len(b.Values), b.Loops)
					}
				}
			}
			if msg != "" {
				mu.Lock()
				failures[n] = msg
				mu.Unlock()
			}
		}(n)
	}
	wg.Wait()
	return names, failures
}

func report(t *testing.T, names []string, failures map[string]string) {
	var bad []string
	for n, msg := range failures {
		bad = append(bad, n+": "+msg)
	}
	sort.Strings(bad)
	t.Logf("%d of %d benchmarks passed", len(names)-len(failures), len(names))
	for _, b := range bad {
		t.Error(b)
	}
}

// TestBenchmarksUnderCPython: every program runs, writes parseable JSON and
// passes its self-check under CPython 3.11.
func TestBenchmarksUnderCPython(t *testing.T) {
	names, failures := runAll(t, []string{python(t)})
	if len(names) < 28 {
		t.Errorf("only %d benchmark programs", len(names))
	}
	report(t, names, failures)
}

// TestBenchmarkResultLine: the printed line is pyperf's.
func TestBenchmarkResultLine(t *testing.T) {
	stdout, stderr, err := runPy(t, python(t), ".", filepath.Join("benchmarks", "bm_richards.py"),
		"--loops", "1", "--values", "2", "--warmups", "0")
	if err != nil || !strings.HasPrefix(stdout, "richards: Mean +- std dev: ") || !resultLine.MatchString(stdout) {
		t.Errorf("%v\n%s\n%s", err, stdout, stderr)
	}
}

// TestBenchmarksUnderPyjit builds ./cmd/pyjit and runs every benchmark under
// it with one loop; it fails if any fails or its pyperf JSON does not parse.
// It takes about two minutes on two cores: -short or PYJIT_BENCH_PYJIT=0
// skips it.
func TestBenchmarksUnderPyjit(t *testing.T) {
	if testing.Short() || os.Getenv("PYJIT_BENCH_PYJIT") == "0" {
		t.Skip("skipped by -short or PYJIT_BENCH_PYJIT=0")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	bin, err := buildPyjit(repoRoot(t), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	names, failures := runAll(t, []string{bin})
	if len(names) < 30 {
		t.Errorf("only %d benchmark programs", len(names))
	}
	report(t, names, failures)
}
