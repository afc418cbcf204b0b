package astopt

import (
	"bytes"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/parser"
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

// runOracle runs testdata/oracle.py once over all exprs.
func runOracle(t *testing.T, exprs []string) []string {
	t.Helper()
	cmd := exec.Command(pythonExe(t), "testdata/oracle.py")
	cmd.Stdin = strings.NewReader(strings.Join(exprs, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v\n%s", err, stderr.String())
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(exprs) {
		t.Fatalf("oracle printed %d lines for %d expressions", len(lines), len(exprs))
	}
	return lines
}

// canon is oracle.py's canon: repr with frozenset elements sorted.
func canon(v ast.Value) string {
	switch v := v.(type) {
	case ast.TupleValue:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = canon(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case ast.FrozenSetValue:
		if len(v) == 0 {
			return "frozenset()"
		}
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = canon(x)
		}
		sort.Strings(parts)
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	}
	return ast.ReprValue(v)
}

// describe folds `x = <expr>` and describes the result as oracle.py does.
func describe(t *testing.T, expr string) string {
	mod, err := parser.ParseString("x = "+expr+"\n", "<expr>", parser.Exec)
	if err != nil {
		return "parse error: " + err.Error()
	}
	Fold(mod, 0)
	value := mod.(*ast.Module).Body[0].(*ast.Assign).Value
	if c, ok := value.(*ast.Constant); ok {
		return "folded " + canon(c.Value)
	}
	set := map[string]bool{}
	ast.Inspect(value, func(n ast.Node) bool {
		if c, ok := n.(*ast.Constant); ok && c.Value != ast.None {
			set[canon(c.Value)] = true
		}
		return true
	})
	consts := make([]string, 0, len(set))
	for c := range set {
		consts = append(consts, c)
	}
	sort.Strings(consts)
	return "partial " + strings.Join(consts, " | ")
}

func readExprs(t *testing.T) []string {
	data, err := os.ReadFile("testdata/exprs.txt")
	if err != nil {
		t.Fatal(err)
	}
	var exprs []string
	for _, line := range strings.Split(string(data), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			exprs = append(exprs, line)
		}
	}
	return exprs
}

// TestFoldMatchesCPython compares the folding of every expression in
// testdata/exprs.txt with what python3.11's compiler produces.
func TestFoldMatchesCPython(t *testing.T) {
	exprs := readExprs(t)
	want := runOracle(t, exprs)
	fails := 0
	for i, e := range exprs {
		if got := describe(t, e); got != want[i] {
			fails++
			t.Errorf("x = %s\n got: %s\nwant: %s", e, got, want[i])
		}
	}
	t.Logf("%d of %d expressions identical", len(exprs)-fails, len(exprs))
}
