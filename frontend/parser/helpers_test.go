package parser

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/source"
)

// pythonPath returns the CPython 3.11 oracle, or skips the test.
func pythonPath(t testing.TB) string {
	t.Helper()
	if _, err := os.Stat("/usr/bin/python3.11"); err == nil {
		return "/usr/bin/python3.11"
	}
	if p, err := exec.LookPath("python3"); err == nil {
		return p
	}
	t.Skip("no python3.11 or python3 available")
	return ""
}

// runPython runs script with args and returns its stdout.
func runPython(t testing.TB, script string, stdin []byte, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(pythonPath(t), append([]string{"-c", script}, args...)...)
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python failed: %v\n%s", err, stderr.String())
	}
	return out
}

func hashDump(mod ast.Mod) string {
	sum := sha256.Sum256([]byte(ast.Dump(mod, true)))
	return hex.EncodeToString(sum[:])
}

// firstDiff returns a short excerpt around the first difference of a and b.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := i - 150
	if lo < 0 {
		lo = 0
	}
	hiA, hiB := i+100, i+100
	if hiA > len(a) {
		hiA = len(a)
	}
	if hiB > len(b) {
		hiB = len(b)
	}
	return "\n  got:  ..." + a[lo:hiA] + "\n  want: ..." + b[lo:hiB]
}

// pyDumpScript dumps one source (from stdin) like ast.dump with attributes.
const pyDumpScript = `
import ast, sys
src = sys.stdin.buffer.read()
try:
    print(ast.dump(ast.parse(src), include_attributes=True))
except SyntaxError as e:
    print("ERROR", e.msg)
`

func errString(err error) string {
	if se, ok := err.(*source.Error); ok {
		return se.Type + ": " + se.Msg
	}
	return err.Error()
}

// compareSource parses src with both parsers and reports a difference.
func compareSource(t *testing.T, name string, src []byte) bool {
	t.Helper()
	want := strings.TrimRight(string(runPython(t, pyDumpScript, src)), "\n")
	mod, err := ParseFile(src, name, Exec)
	got := ""
	if err != nil {
		got = "ERROR " + errString(err)
	} else {
		got = ast.Dump(mod, true)
	}
	if strings.HasPrefix(want, "ERROR") && strings.HasPrefix(got, "ERROR") {
		return true
	}
	if got != want {
		t.Errorf("%s differs:%s", name, firstDiff(got, want))
		return false
	}
	return true
}

// TestSnippet parses $PYJIT_SNIPPET and compares it with CPython (debug aid).
func TestSnippet(t *testing.T) {
	s := os.Getenv("PYJIT_SNIPPET")
	if s == "" {
		t.Skip("PYJIT_SNIPPET not set")
	}
	if f := os.Getenv("PYJIT_SNIPPET_FILE"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s = string(b)
	}
	mod, err := ParseString(s, "<s>", Exec)
	if err != nil {
		t.Logf("error: %#v", err)
	} else {
		t.Logf("%s", ast.Dump(mod, true))
	}
	compareSource(t, "snippet", []byte(s))
}
