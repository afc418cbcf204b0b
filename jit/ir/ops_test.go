package ir

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

// TestOpTableMatchesConsts keeps the Op constants and opTable in step: the
// i-th constant of ops.go must be named like the table's i-th entry.
func TestOpTableMatchesConsts(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "ops.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST || len(g.Specs) == 0 {
			continue
		}
		if v := g.Specs[0].(*ast.ValueSpec); v.Names[0].Name != "NOP" {
			continue
		}
		for _, s := range g.Specs {
			names = append(names, s.(*ast.ValueSpec).Names[0].Name)
		}
	}
	if len(names) != int(numOps)+1 || names[numOps] != "numOps" {
		t.Fatalf("const block has %d names, table %d ops", len(names), numOps)
	}
	for i := range numOps {
		if names[i] != opTable[i].Name || i.String() != names[i] {
			t.Errorf("op %d: const %s, table %s", i, names[i], opTable[i].Name)
		}
		info := opTable[i]
		if info.Aux == AuxSnap && info.Flags&FGuard == 0 || info.Flags&FGuard != 0 && info.Aux != AuxSnap {
			t.Errorf("%s: guards and snapshot operands must go together", info.Name)
		}
	}
}
