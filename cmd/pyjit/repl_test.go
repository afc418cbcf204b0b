package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A session read from a pipe with -i prints its prompts on stderr and its
// results on stdout exactly as python3.11 does: echoes through
// sys.displayhook, multi-line statements, tracebacks and SyntaxErrors
// that do not end the session, sys.ps1/ps2, end of input inside a
// statement.
func TestREPLPipedLikeCPython(t *testing.T) {
	py := pythonPath(t)
	bin := pyjitBinary(t)
	dir := t.TempDir()
	startup := filepath.Join(dir, "startup.py")
	if err := os.WriteFile(startup, []byte("zq_flag = 'yes'\nprint('startup ran')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "exit3.py"), []byte("x = 1\nraise SystemExit(3)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := []string{"HOME=" + dir, "PATH=/usr/bin:/bin", "PYTHONSTARTUP=" + startup}
	cases := []struct {
		input string
		args  []string
	}{
		{"session.txt", []string{"-i", "-c", "print('start')"}},
		// PYTHONSTARTUP runs only when the prompt reads stdin from the
		// start; SystemExit ends the session with its status.
		{"startup.txt", []string{"-q", "-i"}},
		{"startup.txt", []string{"-i", "-c", "pass"}},
		// -i after a program that failed, or raised SystemExit: the
		// traceback, then the prompt in its namespace.
		{"after.txt", []string{"-i", "-c", "x = 5\n1/0"}},
		{"after.txt", []string{"-i", "exit3.py"}},
	}
	for _, c := range cases {
		data, err := os.ReadFile(filepath.Join("testdata", "repl", c.input))
		if err != nil {
			t.Fatal(err)
		}
		in := string(data)
		want := runIn(t, dir, py, c.args, env, &in)
		for _, mode := range [][]string{nil, {"--jit=off"}, {"-X", "jit-threshold=1"}} {
			got := runIn(t, dir, bin, append(append([]string{}, mode...), c.args...), env, &in)
			if got != want {
				t.Errorf("%s %q %q:\nstdout %q\nCPython %q\nstderr %q\nCPython %q\nexit %d, CPython %d",
					c.input, mode, c.args, got.stdout, want.stdout, got.stderr, want.stderr, got.code, want.code)
			}
		}
	}
}

// The banner names pyjit's sys.version and the platform, then CPython's
// second line; -q drops it.
func TestREPLBanner(t *testing.T) {
	bin := pyjitBinary(t)
	dir := t.TempDir()
	empty := ""
	r := runIn(t, dir, bin, []string{"-i"}, []string{"HOME=" + dir}, &empty)
	lines := strings.Split(r.stderr, "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "Python 3.11.2 (pyjit") || !strings.HasSuffix(lines[0], "] on linux") ||
		lines[1] != `Type "help", "copyright", "credits" or "license" for more information.` || lines[2] != ">>> " || r.code != 0 {
		t.Errorf("banner: %+v", r)
	}
	r = runIn(t, dir, bin, []string{"-q", "-i"}, []string{"HOME=" + dir}, &empty)
	if r.stderr != ">>> \n" || r.code != 0 {
		t.Errorf("-q: %+v", r)
	}
}
