package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// python returns the reference CPython: /usr/bin/python3.11, else python3.
func python(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/usr/bin/python3.11"); err == nil {
		return "/usr/bin/python3.11"
	}
	if p, err := exec.LookPath("python3"); err == nil {
		return p
	}
	t.Skip("no python3.11 or python3 installed")
	return ""
}

func repoRoot(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	root, err := findRoot(wd)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// runPy runs a Python program with pylib/ (and extra dirs) on PYTHONPATH.
func runPy(t *testing.T, interp string, dir string, args ...string) (string, string, error) {
	t.Helper()
	root := repoRoot(t)
	cmd := exec.Command(interp, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONPATH="+filepath.Join(root, "pylib")+string(os.PathListSeparator)+
		filepath.Join(root, "bench", "pyperformance", "benchmarks"))
	var out, errb stringsBuilder
	cmd.Stdout = &out
	cmd.Stderr = &errb
	err := cmd.Run()
	return out.String(), errb.String(), err
}

type stringsBuilder struct{ b []byte }

func (s *stringsBuilder) Write(p []byte) (int, error) { s.b = append(s.b, p...); return len(p), nil }
func (s *stringsBuilder) String() string              { return string(s.b) }
