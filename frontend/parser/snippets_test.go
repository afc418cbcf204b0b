package parser

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/source"
)

// chunkSep separates the programs of a testdata file.
const chunkSep = "=========="

func readChunks(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range strings.Split(string(b), chunkSep+"\n") {
		if strings.TrimSpace(c) != "" {
			out = append(out, c)
		}
	}
	return out
}

// pyBatchScript reads a JSON list of sources and prints a JSON list of
// results: {"dump": ...} or {"error": [type, msg, lineno, offset, end_lineno, end_offset]}.
const pyBatchScript = `
import ast, sys, json
out = []
for src in json.load(sys.stdin):
    mode = "exec"
    if isinstance(src, list):
        mode, src = src
    try:
        compile(src, "<string>", mode, ast.PyCF_ONLY_AST)
        out.append({"dump": ast.dump(ast.parse(src, mode=mode), include_attributes=True)})
    except SyntaxError as e:
        out.append({"error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]})
    except Exception as e:
        out.append({"error": [type(e).__name__, str(e), 0, 0, 0, 0]})
print(json.dumps(out))
`

type pyResult struct {
	Dump  string `json:"dump"`
	Error []any  `json:"error"`
}

func cpythonResults(t *testing.T, srcs any) []pyResult {
	in, err := json.Marshal(srcs)
	if err != nil {
		t.Fatal(err)
	}
	var res []pyResult
	if err := json.Unmarshal(runPython(t, pyBatchScript, in), &res); err != nil {
		t.Fatal(err)
	}
	return res
}

// errTuple renders an error like pyBatchScript does.
func errTuple(err error) string {
	se, ok := err.(*source.Error)
	if !ok {
		return "non-source error: " + err.Error()
	}
	b, _ := json.Marshal([]any{se.Type, se.Msg, se.Lineno, se.Offset, se.EndLineno, se.EndOffset})
	return string(b)
}

func TestValidSnippets(t *testing.T) {
	srcs := readChunks(t, "testdata/valid.py.txt")
	want := cpythonResults(t, srcs)
	for i, src := range srcs {
		mod, err := ParseString(src, "<string>", Exec)
		if want[i].Error != nil {
			t.Errorf("snippet %d: CPython rejects it: %v", i, want[i].Error)
			continue
		}
		if err != nil {
			t.Errorf("snippet %d: we reject %q: %v", i, src, errTuple(err))
			continue
		}
		if got := ast.Dump(mod, true); got != want[i].Dump {
			t.Errorf("snippet %d %q differs:%s", i, src, firstDiff(got, want[i].Dump))
		}
	}
}

func TestSyntaxErrors(t *testing.T) {
	path := "testdata/invalid.py.txt"
	if p := os.Getenv("PYJIT_INVALID"); p != "" {
		path = p // debug aid: check another file of programs
	}
	srcs := readChunks(t, path)
	want := cpythonResults(t, srcs)
	bad := 0
	for i, src := range srcs {
		_, err := ParseString(src, "<string>", Exec)
		if want[i].Error == nil {
			t.Errorf("program %d: CPython accepts %q", i, src)
			continue
		}
		w, _ := json.Marshal(want[i].Error)
		if err == nil {
			t.Errorf("program %d %q: we accept, CPython raises %s", i, src, w)
			bad++
			continue
		}
		if got := errTuple(err); got != string(w) {
			t.Errorf("program %d %q:\n  got  %s\n  want %s", i, src, got, w)
			bad++
		}
	}
	t.Logf("%d of %d invalid programs give CPython's exact error", len(srcs)-bad, len(srcs))
}

// TestModes checks the eval and single start rules.
func TestModes(t *testing.T) {
	cases := []struct {
		mode Mode
		src  string
	}{
		{Eval, "1, 2\n\n"}, {Eval, "x = 1"}, {Eval, "yield x"}, {Eval, ""}, {Eval, "a b"},
		{Eval, "(1,\n2)"}, {Eval, "lambda: (yield)"}, {Eval, "f(x) if y else z"}, {Eval, "1\n2"},
		{Single, "if x:\n  pass\n"}, {Single, "x = 1\n"}, {Single, "1; 2\n"}, {Single, "\n"},
		{Single, ""}, {Single, "x = 1\ny = 2\n"}, {Single, "if x:\n  pass\nelse:\n  pass\n\n"},
		{Single, "x = 1 # c\n# d\n"}, {Single, "def f():\n  return 1\n"},
	}
	var in [][2]string
	for _, c := range cases {
		in = append(in, [2]string{map[Mode]string{Eval: "eval", Single: "single"}[c.mode], c.src})
	}
	want := cpythonResults(t, in)
	for i, c := range cases {
		mod, err := ParseString(c.src, "<string>", c.mode)
		if want[i].Error != nil {
			w, _ := json.Marshal(want[i].Error)
			if err == nil {
				t.Errorf("%q: we accept, CPython raises %s", c.src, w)
			} else if got := errTuple(err); got != string(w) {
				t.Errorf("%q:\n  got  %s\n  want %s", c.src, got, w)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: we reject: %s", c.src, errTuple(err))
			continue
		}
		if got := ast.Dump(mod, true); got != want[i].Dump {
			t.Errorf("%q differs:%s", c.src, firstDiff(got, want[i].Dump))
		}
	}
}
