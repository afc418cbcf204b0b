package main

import (
	"bytes"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

func TestGeneratedIsCurrent(t *testing.T) {
	src, err := os.ReadFile("../nodes.asdl")
	if err != nil {
		t.Fatal(err)
	}
	want, err := Generate(string(src))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../nodes_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("nodes_gen.go is stale: run `go generate ./frontend/ast`")
	}
}

// oracle returns the CPython that the tests compare against.
func oracle(t *testing.T) string {
	for _, p := range []string{"/usr/bin/python3.11", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("no python3.11 to compare with")
	return ""
}

// TestNodesMatchCPython compares every constructor's signature and attributes
// with CPython's ast module, whose classes carry their ASDL signature as __doc__.
func TestNodesMatchCPython(t *testing.T) {
	py := oracle(t)
	script := `
import ast
seen = set()
def visit(cls):
    for sub in cls.__subclasses__():
        if sub.__module__ != 'ast' or sub in seen:
            continue
        seen.add(sub)
        if sub.__doc__ and '=' not in sub.__doc__.split('(')[0]:
            print(sub.__doc__.replace('\n', ' '), '@', ' '.join(sub._attributes))
        visit(sub)
visit(ast.AST)
`
	out, err := exec.Command(py, "-c", script).Output()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		want[strings.TrimSpace(line)] = true
	}
	src, err := os.ReadFile("../nodes.asdl")
	if err != nil {
		t.Fatal(err)
	}
	defs, err := parseASDL(string(src))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, d := range defs {
		var attrs []string
		for _, a := range d.Attributes {
			attrs = append(attrs, a.Name)
		}
		for _, c := range d.Cons {
			sig := c.Name
			if len(c.Fields) > 0 {
				var fs []string
				for _, f := range c.Fields {
					mark := ""
					if f.Opt {
						mark = "?"
					} else if f.Seq {
						mark = "*"
					}
					fs = append(fs, f.Type+mark+" "+f.Name)
				}
				sig += "(" + strings.Join(fs, ", ") + ")"
			}
			got[strings.TrimSpace(sig+" @ "+strings.Join(attrs, " "))] = true
		}
	}
	var missing, extra []string
	for s := range want {
		// Deprecated aliases (Num, Str, Index, Suite, ...) are not part of 3.11's grammar.
		if !got[s] && !deprecated(s) {
			missing = append(missing, s)
		}
	}
	for s := range got {
		if !want[s] {
			extra = append(extra, s)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing)+len(extra) > 0 {
		t.Fatalf("nodes.asdl differs from CPython's ast module\nonly in CPython:\n  %s\nonly in nodes.asdl:\n  %s",
			strings.Join(missing, "\n  "), strings.Join(extra, "\n  "))
	}
	if len(got) < 100 {
		t.Fatalf("only %d constructors parsed", len(got))
	}
}

func deprecated(sig string) bool {
	for _, p := range []string{"Num(", "Str(", "Bytes(", "NameConstant(", "Ellipsis", "Index(", "ExtSlice(", "Suite(", "AugLoad", "AugStore", "Param", "Deprecated AST node class"} {
		if strings.HasPrefix(sig, p) {
			return true
		}
	}
	return false
}
