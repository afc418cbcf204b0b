package source

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// formatCases are programs with syntax errors of different shapes: carets
// of one and many characters, indentation errors without a caret, errors
// spanning lines, tabs, non-ASCII text, continuation lines.
var formatCases = []string{
	"x = (1, 2,\ny = 3\n",
	"if x\n    pass\n",
	"def f():\n    x = 1\n      y = 2\n",
	"f() = 1\n",
	"x = 'abc\n",
	"    \tx = foo(1 2)\n",
	"print \"hello\"\n",
	"x = [1, 2\n\n\n",
	"é = (é +)\n",
	"# -*- coding: utf-8 -*-\né = (é +)\n",
	"s = '''abc\ndef\n",
	"f(a for a in b, c)\n",
	"x = 1 +\\\n  2 +\n",
	"class C:\npass\n",
	"for x in range(10):\n\tif x:\n        pass\n",
	"a = 1; b = = 2\n",
	"x = {1: 2, 3}\n",
	"def f(a, a): pass\n",
	"lambda: (yield)\nreturn 5\n",
	"x = 0777\n",
	"x = 1__0\n",
	"match x:\n    case 1 +: pass\n",
	"async = 1\n",
	"f(**x, *y)\n",
	"a, b += 1\n",
	"del f()\n",
	"x = yield = 3\n",
	"if x = 3:\n    pass\n",
}

func oracle(t *testing.T) string {
	for _, p := range []string{"/usr/bin/python3.11", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("no python3.11 to compare with")
	return ""
}

func TestFormatMatchesCPython(t *testing.T) {
	py := oracle(t)
	dir := t.TempDir()
	var paths []string
	for i, src := range formatCases {
		p := filepath.Join(dir, "case"+string(rune('a'+i))+".py")
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	// The attributes of each SyntaxError, as the interpreter would have them.
	script := `import json, sys
out = []
for p in sys.argv[1:]:
    try:
        compile(open(p, 'rb').read(), p, 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text])
print(json.dumps(out))`
	raw, err := exec.Command(py, append([]string{"-c", script}, paths...)...).Output()
	if err != nil {
		t.Fatal(err)
	}
	var attrs [][]any
	if err := json.Unmarshal(raw, &attrs); err != nil {
		t.Fatal(err)
	}
	num := func(v any) int {
		if f, ok := v.(float64); ok {
			return int(f)
		}
		return -1 // None
	}
	for i, p := range paths {
		if attrs[i] == nil {
			t.Errorf("case %d compiled without error: %q", i, formatCases[i])
			continue
		}
		a := attrs[i]
		e := &Error{Type: a[0].(string), Msg: a[1].(string), Filename: a[2].(string), Lineno: num(a[3]),
			Offset: num(a[4]), EndLineno: num(a[5]), EndOffset: num(a[6])}
		if text, ok := a[7].(string); ok {
			e.Text = text
		}
		var stderr strings.Builder
		cmd := exec.Command(py, p)
		cmd.Stderr = &stderr
		if err := cmd.Run(); err == nil {
			t.Errorf("case %d ran without error", i)
			continue
		}
		if got, want := e.Format(), stderr.String(); got != want {
			t.Errorf("case %d %q:\ngot:\n%s\nCPython:\n%s", i, formatCases[i], got, want)
		}
	}
}

func TestCharOffset(t *testing.T) {
	cases := []struct {
		line      string
		col, want int
	}{{"abc", 0, 1}, {"abc", 2, 3}, {"éa", 2, 2}, {"éa", 3, 3}, {"ab", 5, 6}, {"日本", 6, 3}}
	for _, c := range cases {
		if got := CharOffset(c.line, c.col); got != c.want {
			t.Errorf("CharOffset(%q, %d) = %d, want %d", c.line, c.col, got, c.want)
		}
	}
}

func TestLine(t *testing.T) {
	src := []byte("a\nb\r\nc\rd")
	for n, want := range map[int]string{1: "a\n", 2: "b\r\n", 3: "c\r", 4: "d", 5: "", 0: ""} {
		if got := Line(src, n); got != want {
			t.Errorf("Line(%d) = %q, want %q", n, got, want)
		}
	}
}
