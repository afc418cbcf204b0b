package interp

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pyjit/pyjit/internal/difftest"
)

// runPyjit runs a program in-process and returns stdout, stderr and the
// exit code.
func runPyjit(t *testing.T, path string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	in := NewInterpreter(&out, &errb)
	in.Argv = []string{path}
	// CPython runs with the same environment: match its -u setting.
	in.Unbuffered = os.Getenv("PYTHONUNBUFFERED") != ""
	code := in.RunFile(path)
	return out.String(), errb.String(), code
}

// TestManual runs $PYJIT_RUN and prints what happened (a development aid).
func TestManual(t *testing.T) {
	p := os.Getenv("PYJIT_RUN")
	if p == "" {
		t.Skip("set PYJIT_RUN")
	}
	out, errs, code := runPyjit(t, p)
	t.Logf("stdout:\n%s\nstderr:\n%s\nexit %d", out, errs, code)
}

// TestRunPrograms runs every testdata/run program in-process (so that
// `go test -race ./interp` covers them) and compares it with CPython the way
// internal/difftest does through the pyjit binary.
func TestRunPrograms(t *testing.T) {
	py, err := difftest.Oracle()
	if err != nil {
		t.Skip(err)
	}
	if os.Getenv("PYTHONHASHSEED") != "0" {
		// The str hash key is fixed at package init: rerun this test in
		// a process started with the seed CPython gets.
		cmd := exec.Command(os.Args[0], "-test.run=^TestRunPrograms$")
		cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s", out)
		}
		return
	}
	files, _ := filepath.Glob("../testdata/run/*.py")
	if len(files) == 0 {
		t.Fatal("no programs in testdata/run")
	}
	for _, f := range files {
		f, _ := filepath.Abs(f)
		t.Run(filepath.Base(f), func(t *testing.T) {
			dir, base := filepath.Dir(f), filepath.Base(f)
			want, err := difftest.Run([]string{py, base}, dir, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			// Run pyjit with the same relative file name as CPython, so
			// tracebacks match.
			wd, _ := os.Getwd()
			os.Chdir(dir)
			stdout, stderr, code := runPyjit(t, base)
			os.Chdir(wd)
			got := difftest.Result{Stdout: stdout, Stderr: stderr, Exit: code}
			if err := difftest.Compare(want, got, strings.HasSuffix(f, "_tb.py")); err != nil {
				t.Error(err)
			}
		})
	}
}
