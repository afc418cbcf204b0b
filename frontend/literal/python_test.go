package literal

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"testing"
)

// pythonExe returns the CPython 3.11 oracle, or skips the test.
func pythonExe(t testing.TB) string {
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

// runPython runs script under the oracle with input JSON-encoded on stdin
// and decodes the JSON the script prints into out. One subprocess serves a
// whole table, to keep the suite fast.
func runPython(t testing.TB, script string, input, out any) {
	t.Helper()
	in, err := json.Marshal(input)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(pythonExe(t), "-c", script)
	cmd.Stdin = bytes.NewReader(in)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("python failed: %v\n%s", err, stderr.String())
	}
	if err := json.Unmarshal(stdout.Bytes(), out); err != nil {
		t.Fatalf("bad python output: %v\n%.500s", err, stdout.String())
	}
}
