package jit

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pyjit/pyjit/internal/difftest"
	"github.com/pyjit/pyjit/interp"
)

// TestCorpusJIT runs differential programs of testdata/run in-process
// with every loop compiled at its first back-edge, and compares them with
// CPython the way internal/difftest does. internal/difftest runs the
// whole corpus at threshold 1 through the pyjit binary, which a test
// running under qemu-user cannot start; this test is how the arm64
// backend's generated code meets the corpus under emulation
// (scripts/test-arm64.sh).
//
// It runs only with PYJIT_JIT_CORPUS=all (natively about 30 s, under
// qemu-user 3 to 13 minutes on 2 cores; see the README): the programs
// whose loops compile, testdata/run/jit_*.py, are run by TestJITPrograms
// anyway, and natively internal/difftest covers the rest.
func TestCorpusJIT(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	if os.Getenv("PYJIT_JIT_CORPUS") != "all" {
		t.Skip("set PYJIT_JIT_CORPUS=all to run testdata/run with the JIT in-process")
	}
	py, err := difftest.Oracle()
	if err != nil {
		t.Skip(err)
	}
	if os.Getenv("PYTHONHASHSEED") != "0" {
		// The str hash key is fixed at package init: rerun this test in
		// a process started with the seed CPython gets. (Under qemu-user
		// the test binary cannot start itself: set PYTHONHASHSEED=0.)
		cmd := exec.Command(os.Args[0], "-test.run=^TestCorpusJIT$")
		cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	files := corpusFiles(t)
	compiled := 0
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			dir, base := filepath.Dir(f), filepath.Base(f)
			want, err := difftest.Run([]string{py, base}, dir, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			// Same relative file name as CPython, so tracebacks match.
			wd, _ := os.Getwd()
			if err := os.Chdir(dir); err != nil {
				t.Fatal(err)
			}
			got, n := runFileJIT(base)
			if err := os.Chdir(wd); err != nil {
				t.Fatal(err)
			}
			compiled += n
			if err := difftest.Compare(want, got, strings.HasSuffix(f, "_tb.py")); err != nil {
				t.Error(err)
			}
		})
	}
	t.Logf("%d programs, %d traces compiled", len(files), compiled)
	if compiled == 0 {
		t.Error("no trace compiled: the corpus does not exercise the backend")
	}
}

func corpusFiles(t *testing.T) []string {
	files, _ := filepath.Glob("../testdata/run/*.py")
	if len(files) == 0 {
		t.Fatal("no programs in testdata/run")
	}
	for i, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = abs
	}
	return files
}

// runFileJIT runs the program at path (relative to the working directory)
// with the JIT at threshold 1; it returns what happened and how many
// traces were compiled.
func runFileJIT(path string) (difftest.Result, int) {
	var out, errb bytes.Buffer
	in := interp.NewInterpreter(&out, &errb)
	in.Argv = []string{path}
	in.Unbuffered = os.Getenv("PYTHONUNBUFFERED") != ""
	j := New(Options{})
	in.JIT, in.JITThreshold = j, 1
	code := in.RunFile(path)
	return difftest.Result{Stdout: out.String(), Stderr: errb.String(), Exit: code}, int(j.Stats.Compiled.Load())
}
