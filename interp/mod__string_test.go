package interp

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/internal/difftest"
)

// stringModSweep parses every string of up to four characters over the
// characters that matter to the format-string grammar, with both _string
// functions, printing each result or error.
const stringModSweep = `
import _string
alpha = '{}[]!:.a0r'
def strings(n):
    if n == 0:
        yield ''
        return
    for s in strings(n - 1):
        for c in alpha:
            yield s + c
def show(f, s):
    try:
        if f is _string.formatter_field_name_split:
            first, rest = f(s)
            r = [first, list(rest)]
        else:
            r = list(f(s))
        print(repr(s), r)
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for n in range(5):
    for s in strings(n):
        show(_string.formatter_parser, s)
        show(_string.formatter_field_name_split, s)
for s in ['\u0663\u0661', '12345678901234567890', 'a[\U0001d7d9]', '{\u00e9!r:\u00fc}', 'x[99999999999999999999]']:
    show(_string.formatter_parser, s)
    show(_string.formatter_field_name_split, s)
`

// TestStringModSweep compares the sweep's output with CPython's.
func TestStringModSweep(t *testing.T) {
	py, err := difftest.Oracle()
	if err != nil {
		t.Skip(err)
	}
	path := filepath.Join(t.TempDir(), "sweep.py")
	if err := os.WriteFile(path, []byte(stringModSweep), 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := exec.Command(py, path).Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	got, errs, code := runPyjit(t, path)
	if code != 0 {
		t.Fatalf("pyjit exit %d: %s", code, errs)
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
	for i := range wl {
		if i >= len(gl) || wl[i] != gl[i] {
			g := "<missing>"
			if i < len(gl) {
				g = gl[i]
			}
			t.Fatalf("line %d differs:\nCPython: %s\npyjit:   %s", i+1, wl[i], g)
		}
	}
	if len(gl) != len(wl) {
		t.Fatalf("pyjit printed %d lines, CPython %d", len(gl), len(wl))
	}
}
