// Package difftest runs Python programs under CPython (the oracle) and under
// pyjit and compares what they do: stdout, the exit code and the last line of
// stderr must be identical.
//
// The corpus lives in the repository's testdata/ directory, one folder per
// mode (see Modes); adding a test is dropping a .py file into a folder.
// Programs whose name ends in "_tb.py" compare the whole of stderr, for
// tracebacks.
package difftest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Result is what one run of a program did.
type Result struct {
	Stdout, Stderr string
	Exit           int
}

// Mode says how to run a program under each side.
type Mode struct {
	// Oracle and Pyjit return the argument vector for running file.
	Oracle func(python, file string) []string
	Pyjit  func(pyjit, file string) []string
	// Variants are extra pyjit flag sets; each variant's run must match too
	// (the JIT on, off and at threshold 1, once the JIT exists).
	Variants [][]string
	// AlsoFrom names other testdata folders whose programs this mode runs
	// too, so one program can serve several modes.
	AlsoFrom []string
}

// astDumpScript prints what `pyjit --dump-ast` must print.
const astDumpScript = `import ast, sys
src = open(sys.argv[1], 'rb').read()
print(ast.dump(ast.parse(src, sys.argv[1]), include_attributes=True))`

// Modes maps a testdata folder name to how its programs are run.
var Modes = map[string]Mode{
	"run": {
		Oracle: func(py, f string) []string { return []string{py, f} },
		Pyjit:  func(pj, f string) []string { return []string{pj, f} },
		// The JIT off, and every loop compiled at its first back-edge.
		Variants: [][]string{{"--jit=off"}, {"-X", "jit-threshold=1"}},
	},
	"ast": {
		Oracle: func(py, f string) []string { return []string{py, "-c", astDumpScript, f} },
		Pyjit:  func(pj, f string) []string { return []string{pj, "--dump-ast", f} },
	},
	"tokens": {
		Oracle:   func(py, f string) []string { return []string{py, "-m", "tokenize", "-e", f} },
		Pyjit:    func(pj, f string) []string { return []string{pj, "--dump-tokens", f} },
		AlsoFrom: []string{"ast"},
	},
}

// Oracle finds the CPython to compare with: $PYJIT_ORACLE, Debian's
// /usr/bin/python3.11 (whose stdlib pyjit loads), or python3 on PATH.
func Oracle() (string, error) {
	if p := os.Getenv("PYJIT_ORACLE"); p != "" {
		return p, nil
	}
	for _, p := range []string{"/usr/bin/python3.11", "python3.11", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			return path, nil
		}
	}
	return "", errors.New("no CPython 3.11 found (set PYJIT_ORACLE)")
}

// Run executes argv in dir with a timeout and collects its Result.
func Run(argv []string, dir string, timeout time.Duration) (Result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	if ctx.Err() != nil {
		return res, fmt.Errorf("%s: timed out after %v", strings.Join(argv, " "), timeout)
	}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		res.Exit = exit.ExitCode()
	case err != nil:
		return res, err
	}
	return res, nil
}

// LastLine is the last non-empty line of s.
func LastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// Compare reports how got differs from want, or nil. fullStderr compares all
// of stderr instead of its last line.
func Compare(want, got Result, fullStderr bool) error {
	var diffs []string
	if d := firstDiff("stdout", want.Stdout, got.Stdout); d != "" {
		diffs = append(diffs, d)
	}
	if want.Exit != got.Exit {
		diffs = append(diffs, fmt.Sprintf("exit code: CPython %d, pyjit %d", want.Exit, got.Exit))
	}
	if fullStderr {
		if d := firstDiff("stderr", want.Stderr, got.Stderr); d != "" {
			diffs = append(diffs, d)
		}
	} else if w, g := LastLine(want.Stderr), LastLine(got.Stderr); w != g {
		diffs = append(diffs, fmt.Sprintf("last stderr line:\n  CPython: %q\n  pyjit:   %q", w, g))
	}
	if len(diffs) == 0 {
		return nil
	}
	return errors.New(strings.Join(diffs, "\n"))
}

// firstDiff describes the first line where want and got differ, or "".
func firstDiff(what, want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; ; i++ {
		var wl, gl string
		wok, gok := i < len(w), i < len(g)
		if wok {
			wl = w[i]
		}
		if gok {
			gl = g[i]
		}
		if wl != gl || wok != gok {
			col := 0
			for col < len(wl) && col < len(gl) && wl[col] == gl[col] {
				col++
			}
			return fmt.Sprintf("%s differs at line %d, byte %d:\n  CPython: %s\n  pyjit:   %s",
				what, i+1, col+1, excerpt(wl, wok, col), excerpt(gl, gok, col))
		}
	}
}

// excerpt shows line around byte col, so that a difference inside a long
// line (an AST dump is one line) is visible.
func excerpt(line string, ok bool, col int) string {
	if !ok {
		return "<no line>"
	}
	start, end := max(col-60, 0), min(col+120, len(line))
	s := fmt.Sprintf("%q", line[start:end])
	if start > 0 {
		s = "..." + s
	}
	if end < len(line) {
		s += "..."
	}
	return s
}
