package jit

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/interp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// runResult is what running a program under pyjit with the JIT did.
type runResult struct {
	stdout, stderr string
	status         int
	traces         []*Trace
	aborts         []string // "reason: detail"
	jit            *JIT
}

// runJIT runs src in-process with the JIT at threshold.
func runJIT(t testing.TB, src string, threshold int) runResult {
	t.Helper()
	var out, errs bytes.Buffer
	var res runResult
	in := interp.NewInterpreter(&out, &errs)
	j := New(Options{
		OnTrace: func(tr *Trace) { res.traces = append(res.traces, tr) },
		OnAbort: func(_ *interp.CodeObject, _ int, r Abort, d string) {
			res.aborts = append(res.aborts, r.String()+": "+d)
		},
	})
	in.JIT, in.JITThreshold = j, threshold
	res.status = in.RunSource([]byte(src), "<test>")
	res.stdout, res.stderr, res.jit = out.String(), errs.String(), j
	return res
}

// oracle returns CPython 3.11 (or python3), skipping the test if neither
// exists.
func oracle(t testing.TB) string {
	for _, p := range []string{"/usr/bin/python3.11", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("no python3.11 or python3")
	return ""
}

// cpython runs src under CPython and returns its stdout.
func cpython(t testing.TB, src string) string {
	t.Helper()
	cmd := exec.Command(oracle(t), "-c", src)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	return string(out)
}

// checkGolden compares got with testdata/name.golden (-update rewrites).
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(got) {
		t.Errorf("%s: IR differs from golden\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}
