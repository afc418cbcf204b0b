package interp

import (
	"os/exec"
	"strings"
	"testing"
)

// TestExceptionTable compares the builtin exception hierarchy (names,
// first bases, docstrings) with python3.11's.
func TestExceptionTable(t *testing.T) {
	py := oracle(t)
	script := `import builtins
for k, v in vars(builtins).items():
    if isinstance(v, type) and issubclass(v, BaseException) and k == v.__name__:
        print(k, v.__bases__[0].__name__ if v is not BaseException else "-", repr(v.__doc__))`
	out, err := exec.Command(py, "-c", script).Output()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		name, rest, _ := strings.Cut(line, " ")
		want[name] = rest
	}
	if len(want) != len(exceptionTable) {
		t.Errorf("CPython has %d exception types, the table %d", len(want), len(exceptionTable))
	}
	th := &Thread{}
	for _, row := range exceptionTable {
		base := "-"
		if len(row.typ.Bases) > 0 && row.typ != &BaseExceptionType {
			base = row.typ.Bases[0].Name
		}
		doc := "None"
		if row.doc != "" {
			doc, _ = ReprString(th, StrValue(row.doc))
		}
		if got := base + " " + doc; got != want[row.typ.Name] {
			t.Errorf("%s: got %q, CPython %q", row.typ.Name, got, want[row.typ.Name])
		}
	}
}
