package main

import (
	"bytes"
	"fmt"
	"github.com/pyjit/pyjit/jit"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// pyjitBinary builds the command once per test run.
func pyjitBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "pyjit-cli")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "pyjit")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

type runResult struct {
	stdout, stderr string
	code           int
}

// runIn runs prog with args in dir, with exactly env as environment and
// stdin from the given text (or /dev/null when stdin is nil).
func runIn(t *testing.T, dir, prog string, args, env []string, stdin *string) runResult {
	t.Helper()
	cmd := exec.Command(prog, args...)
	cmd.Dir = dir
	cmd.Env = append([]string{}, env...)
	if stdin != nil {
		cmd.Stdin = strings.NewReader(*stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		// Errorf, not Fatalf: callers run this from goroutines.
		t.Errorf("running %s %q: %v", prog, args, err)
		code = -1
	}
	return runResult{out.String(), errb.String(), code}
}

// lastLine is the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// normalize replaces CPython's program name with ours.
func normalize(s, py string) string {
	s = strings.ReplaceAll(s, py, progName)
	return strings.ReplaceAll(s, "Try `python -h'", "Try `"+progName+" -h'")
}

// TestCLIMatchesCPython compares stderr, stdout and exit status with
// CPython for command lines that fail before any Python code would run.
func TestCLIMatchesCPython(t *testing.T) {
	py := pythonPath(t)
	bin := pyjitBinary(t)
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "pkg"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "file.py"), []byte("pass\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		env  []string
	}{
		{args: []string{"-Z"}},
		{args: []string{"-BZ", "x"}},
		{args: []string{"-ZB"}},
		{args: []string{"-\u00e9"}},
		{args: []string{"-J"}},
		{args: []string{"--unknown"}},
		{args: []string{"---"}},
		{args: []string{"--help=x"}},
		{args: []string{"--version=x"}},
		{args: []string{"--check-hash-based-pycs=always"}},
		{args: []string{"-c"}},
		{args: []string{"-Bc"}},
		{args: []string{"-m"}},
		{args: []string{"-X"}},
		{args: []string{"-W"}},
		{args: []string{"-Z", "-h"}},
		{args: []string{"-V", "-Z"}},
		{args: []string{"--check-hash-based-pycs"}},
		{args: []string{"--check-hash-based-pycs", "foo"}},
		{args: []string{"nonexist.py"}},
		{args: []string{"./nonexist.py", "-Z"}},
		{args: []string{"../nonexist.py"}},
		{args: []string{"it's.py"}},
		{args: []string{"it's\".py"}},
		{args: []string{"a\tb\x01\u00e9\u2028\U0001F600\xff.py"}},
		{args: []string{"file.py/x"}},
		{args: []string{""}},
		{args: []string{"."}},
		{args: []string{"pkg"}},
		{args: []string{"pkg/"}},
		{args: []string{"./pkg/../pkg"}},
		{args: []string{"--", "-c"}},
		{args: []string{"-B", "--", "-Z"}},
		{args: []string{"-B-", "-c", "pass"}},
		{args: []string{"-B-x"}},
		{args: []string{"-c", "pass"}, env: []string{"PYTHONHASHSEED=bad"}},
		{args: []string{"-c", "pass"}, env: []string{"PYTHONHASHSEED=-1"}},
		{args: []string{"-Z"}, env: []string{"PYTHONHASHSEED=bad"}},
		{args: []string{"-X", "int_max_str_digits=5", "-c", "pass"}},
		{args: []string{"-X", "int_max_str_digits=x", "-X", "tracemalloc=x", "-c", "pass"}},
		{args: []string{"-X", "frozen_modules=x", "-c", "pass"}},
		{args: []string{"-X", "utf8=bad", "-Z"}},
		{args: []string{"-c", "pass"}, env: []string{"PYTHONUTF8=x"}},
		{args: []string{"-c", "pass"}, env: []string{"PYTHONINTMAXSTRDIGITS=1"}},
		{args: []string{"-c", "pass"}, env: []string{"PYTHONTRACEMALLOC=-1"}},
		{args: []string{"nonexist.py"}, env: []string{"PYTHONTRACEMALLOC=-1"}},
		{args: []string{"-B-", "x"}, env: []string{"PYTHONHASHSEED=bad"}},
		{args: []string{"-h", "-Z"}},
		{args: []string{"--help-env"}},
	}
	var wg sync.WaitGroup
	for _, tc := range cases {
		tc := tc
		wg.Add(1)
		go func() {
			defer wg.Done()
			want := runIn(t, dir, py, tc.args, tc.env, nil)
			got := runIn(t, dir, bin, tc.args, tc.env, nil)
			want.stderr = normalize(want.stderr, py)
			if strings.HasPrefix(want.stdout, "usage:") || strings.HasPrefix(want.stdout, "Environment") {
				// Help texts differ by design; only their shape matters.
				if !strings.HasPrefix(got.stdout, strings.SplitN(normalize(want.stdout, py), "\n", 2)[0]) {
					t.Errorf("%q: stdout starts %q, want first line of %q", tc.args, got.stdout, want.stdout)
				}
				got.stdout, want.stdout = "", ""
			}
			if got != want {
				t.Errorf("%q %q:\n got %q (exit %d) stdout %q\nwant %q (exit %d) stdout %q",
					tc.env, tc.args, got.stderr, got.code, got.stdout, want.stderr, want.code, want.stdout)
			}
		}()
	}
	wg.Wait()
}

// TestCLIVersionAndHelp checks the shapes that differ from CPython by
// design.
func TestCLIVersionAndHelp(t *testing.T) {
	bin := pyjitBinary(t)
	dir := t.TempDir()
	short := regexp.MustCompile(`^Python 3\.11\.2 \(pyjit \d+\.\d+\.\d+\)\n$`)
	long := regexp.MustCompile(`^Python 3\.11\.2 \(pyjit \d+\.\d+\.\d+[^)]*\) \[go[^ ]* \w+/\w+\]\n$`)
	for _, args := range [][]string{{"-V"}, {"--version"}, {"-V", "-c", "pass"}, {"-qV"}} {
		r := runIn(t, dir, bin, args, nil, nil)
		if r.code != 0 || r.stderr != "" || !short.MatchString(r.stdout) {
			t.Errorf("%q: got %+v", args, r)
		}
	}
	for _, args := range [][]string{{"-VV"}, {"-V", "--version"}, {"-VVV"}} {
		r := runIn(t, dir, bin, args, nil, nil)
		if r.code != 0 || r.stderr != "" || !long.MatchString(r.stdout) {
			t.Errorf("%q: got %+v", args, r)
		}
	}
	for _, args := range [][]string{{"-h"}, {"-?"}, {"--help"}, {"-B", "-h", "--bogus"}} {
		r := runIn(t, dir, bin, args, nil, nil)
		if r.code != 0 || r.stderr != "" || !strings.HasPrefix(r.stdout, usageLine+"Options") {
			t.Errorf("%q: got %+v", args, r)
		}
		for _, opt := range []string{"-X opt", "--dump-ast", "--dump-tokens", "--dis", "--stats", "--jit=on|off",
			"--trace-jit", "--profile FILE", "--profile-rate HZ", "--cpuprofile FILE", "--check-hash-based-pycs"} {
			if !strings.Contains(r.stdout, opt) {
				t.Errorf("%q: help does not mention %s", args, opt)
			}
		}
	}
	r := runIn(t, dir, bin, []string{"--help-all"}, nil, nil)
	if r.code != 0 || !strings.Contains(r.stdout, "--dump-ast") || !strings.Contains(r.stdout, "PYTHONHASHSEED") ||
		!strings.Contains(r.stdout, "-X jit-threshold") {
		t.Errorf("--help-all: got %+v", r)
	}
	r = runIn(t, dir, bin, []string{"--help-xoptions"}, nil, nil)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "The following implementation-specific options are available:\n") {
		t.Errorf("--help-xoptions: got %+v", r)
	}
}

// TestCLINoInterpreter checks that running code fails clearly, with
// status 1, since the interpreter does not exist yet; and that the
// research path reports CPython's errors for missing programs.
// TestCLIRunsPrograms runs programs given every way python3 accepts them
// and compares with python3.11; what needs missing parts (the prompt) must
// fail clearly.
func TestCLIRunsPrograms(t *testing.T) {
	bin := pyjitBinary(t)
	py := pythonPath(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "ok.py"), []byte("import sys\nprint(1, sys.argv[1:])\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "app"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "app", "__main__.py"), []byte("print(2)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.py"), []byte("x = (1,\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "exit.py"), []byte("raise SystemExit(3)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	piped := "print(1 + 2)\n"
	for _, tc := range []struct {
		args  []string
		stdin *string
	}{
		{[]string{"-c", "print(1)"}, nil},
		{[]string{"-c", "import sys; print(sys.argv)", "a", "b"}, nil},
		{[]string{"ok.py", "a"}, nil},
		{[]string{"app"}, nil},
		{[]string{"-"}, &piped},
		{nil, &piped},
		{[]string{"bad.py"}, nil},
		{[]string{"exit.py"}, nil},
		{[]string{"-c", "1/0"}, nil},
		{[]string{"-O", "-c", "assert False; print('no assert')"}, nil},
		{[]string{"-m", "ok", "x"}, nil},
		{[]string{"-m", "nosuchmodule"}, nil},
	} {
		want := runIn(t, dir, py, tc.args, nil, tc.stdin)
		got := runIn(t, dir, bin, tc.args, nil, tc.stdin)
		// runpy's errors name the executable.
		want.stderr = strings.ReplaceAll(want.stderr, py, bin)
		if got.stdout != want.stdout || got.code != want.code || lastLine(got.stderr) != lastLine(want.stderr) {
			t.Errorf("%q: got %+v, CPython %+v", tc.args, got, want)
		}
	}
	// -i after a script with stdin at end of file: one prompt, then exit 0.
	if r := runIn(t, dir, bin, []string{"-i", "ok.py"}, nil, nil); r.code != 0 || r.stdout != "1 []\n" || r.stderr != ">>> \n" {
		t.Errorf("-i ok.py: got %+v", r)
	}
	r := runIn(t, dir, bin, []string{"--dump-ast", "missing.py"}, nil, nil)
	want := fmt.Sprintf("pyjit: can't open file %s: [Errno 2] No such file or directory\n", pyRepr(filepath.Join(dir, "missing.py")))
	if r.code != 2 || r.stderr != want {
		t.Errorf("--dump-ast missing.py: got %+v, want %q", r, want)
	}
	r = runIn(t, dir, bin, []string{"--dump-tokens", "-m", "json"}, nil, nil)
	if r.code != 1 || !strings.Contains(r.stderr, "-m cannot be combined") {
		t.Errorf("--dump-tokens -m json: got %+v", r)
	}
}

// TestCLIDis checks that --dis disassembles a module and its functions,
// and reports a SyntaxError like CPython would.
func TestCLIDis(t *testing.T) {
	bin := pyjitBinary(t)
	dir := t.TempDir()
	src := "def f(n):\n    return n + 1\n"
	if err := os.WriteFile(filepath.Join(dir, "m.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, bin, []string{"--dis", "m.py"}, nil, nil)
	for _, want := range []string{"MAKE_FUNCTION", "STORE_NAME               0 (f)", "Disassembly of <code object f, file ", "BINARY_OP                0 (+)", "RETURN_VALUE"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("--dis output lacks %q:\n%s", want, r.stdout)
		}
	}
	if r.code != 0 || r.stderr != "" {
		t.Errorf("--dis: exit %d, stderr %q", r.code, r.stderr)
	}
	r = runIn(t, dir, bin, []string{"--dis", "-c", "return 1"}, nil, nil)
	if r.code != 1 || !strings.HasSuffix(r.stderr, "SyntaxError: 'return' outside function\n") {
		t.Errorf("--dis of a compile error: got %+v", r)
	}
}

// TestCLICPUProfile checks that --cpuprofile writes a profile.
func TestCLICPUProfile(t *testing.T) {
	bin := pyjitBinary(t)
	dir := t.TempDir()
	prof := filepath.Join(dir, "cpu.out")
	r := runIn(t, dir, bin, []string{"--cpuprofile", prof, "-c", "total = 0\nfor i in range(300000): total += i\nprint(total)"}, nil, nil)
	if r.code != 0 || r.stdout != "44999850000\n" {
		t.Errorf("got %+v", r)
	}
	st, err := os.Stat(prof)
	if err != nil || st.Size() == 0 {
		t.Errorf("profile not written: %v", err)
	}
	r = runIn(t, dir, bin, []string{"--cpuprofile", filepath.Join(dir, "no", "such", "dir"), "-c", "pass"}, nil, nil)
	if r.code != 1 || !strings.HasPrefix(r.stderr, "pyjit: cannot write CPU profile: ") {
		t.Errorf("bad profile path: got %+v", r)
	}
}

// TestCLITraceJIT checks --trace-jit's event lines and exit table.
func TestCLITraceJIT(t *testing.T) {
	if !jit.Available {
		t.Skip("no JIT backend on this architecture")
	}
	bin := pyjitBinary(t)
	dir := t.TempDir()
	src := "def f(n):\n    s = 0\n    for i in range(n):\n        if i > 300:\n            s += 1.5\n        s += i\n    return s\nprint(f(500))\n" +
		"def g(n):\n    s = ''\n    for i in range(n):\n        s += 'x'\n    return len(s)\nprint(g(10))\n"
	if err := os.WriteFile(filepath.Join(dir, "t.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, bin, []string{"--trace-jit", "-X", "jit-threshold=1", "t.py"}, nil, nil)
	if r.code != 0 || r.stdout != "125048.5\n10\n" {
		t.Fatalf("got %+v", r)
	}
	for _, want := range []string{"[jit] record    t.py:3 (f) loop at pc ", "[jit] compile   trace 1 t.py:3 (f): ",
		"[jit] exit", "-> t.py:", "[jit] abort     t.py:11 (g): ", "[jit] trace  loop", "[jit] 1      t.py:3 (f)"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("--trace-jit output lacks %q:\n%s", want, r.stderr)
		}
	}
	r = runIn(t, dir, bin, []string{"--trace-jit=enter", "-X", "jit-threshold=1", "t.py"}, nil, nil)
	if strings.Contains(r.stderr, "[jit] compile") || !strings.Contains(r.stderr, "[jit] enter     trace 1") {
		t.Errorf("--trace-jit=enter selects the wrong events:\n%s", r.stderr)
	}
}
