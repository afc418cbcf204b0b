package jit

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// allOpsLowered says the backend lowers every IR op. The arm64 backend
// follows amd64 op by op and aborts traces with ops it does not lower
// yet, so there a program may legitimately compile nothing.
var allOpsLowered = runtime.GOARCH == "amd64"

// TestJITPrograms runs testdata/run/jit_*.py in-process with every loop
// compiled at its first (and at its fifth) back-edge and compares stdout
// with CPython's. (internal/difftest runs all of testdata/run through the
// binary with the JIT off and at threshold 1.)
func TestJITPrograms(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	py := oracle(t)
	files, _ := filepath.Glob("../testdata/run/jit_*.py")
	if len(files) == 0 {
		t.Fatal("no testdata/run/jit_*.py programs")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(py, f)
		cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
		want, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s under CPython: %v", f, err)
		}
		for _, th := range []int{1, 5} {
			res := runJIT(t, string(src), th)
			if res.stdout != string(want) || res.status != 0 {
				t.Errorf("%s threshold %d: status %d\n--- got\n%s\n--- want\n%s\n--- stderr\n%s",
					f, th, res.status, res.stdout, want, res.stderr)
			}
			if res.jit.Stats.Compiled.Load() == 0 && allOpsLowered {
				t.Errorf("%s threshold %d: nothing compiled", f, th)
			}
		}
	}
}
