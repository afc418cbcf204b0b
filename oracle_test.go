package pyjit_test

import (
	"os"
	"os/exec"
	"testing"
)

// oracle returns CPython 3.11 (the specification tests compare with):
// $PYJIT_ORACLE or Debian's /usr/bin/python3.11. Tests that need it skip
// without it.
func oracle(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("PYJIT_ORACLE"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/python3.11"); err == nil {
		return "/usr/bin/python3.11"
	}
	t.Skip("no CPython 3.11 oracle (set PYJIT_ORACLE)")
	return ""
}

// runOracle runs the Python program src under CPython and returns its
// stdout.
func runOracle(t *testing.T, src string, args ...string) string {
	t.Helper()
	cmd := exec.Command(oracle(t), append([]string{"-c", src}, args...)...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.11: %v\n%s", err, out)
	}
	return string(out)
}
