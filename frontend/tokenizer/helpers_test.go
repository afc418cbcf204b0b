package tokenizer

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// pythonPath returns the CPython used as the oracle, or skips the test.
func pythonPath(t testing.TB) string {
	t.Helper()
	if _, err := os.Stat("/usr/bin/python3.11"); err == nil {
		return "/usr/bin/python3.11"
	}
	if p, err := exec.LookPath("python3"); err == nil {
		return p
	}
	t.Skip("no python3.11 or python3 to compare with")
	return ""
}

// runPython runs script with input on stdin and decodes its JSON output.
func runPython(t testing.TB, script string, input any, out any) {
	t.Helper()
	in, err := json.Marshal(input)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(pythonPath(t), "-c", script)
	cmd.Stdin = strings.NewReader(string(in))
	cmd.Stderr = os.Stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	if err := json.Unmarshal(res, out); err != nil {
		t.Fatalf("decoding python output: %v\n%s", err, res)
	}
}

// compileErrorsScript compiles each source (a str, or bytes given as a
// list of byte values) and prints CPython's SyntaxError attributes.
const compileErrorsScript = `
import json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    if isinstance(src, list):
        src = bytes(src)
    try:
        compile(src, "<x>", "exec")
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno or 0, e.offset or 0, e.end_lineno or 0, e.end_offset or 0])
    except ValueError as e:
        out.append(["ValueError", str(e), 0, 0, 0, 0])
print(json.dumps(out))
`
