package symtable

import (
	"errors"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/source"
)

// Expected values in this file were obtained from /usr/bin/python3.11's
// symtable module.

func TestMangle(t *testing.T) {
	cases := []struct{ class, name, want string }{
		{"C", "__x", "_C__x"},
		{"C", "__x__", "__x__"},
		{"C", "_x", "_x"},
		{"C", "x", "x"},
		{"C", "__", "__"},
		{"C", "___", "___"},
		{"C", "__x_", "_C__x_"},
		{"_C", "__x", "_C__x"},
		{"__C__", "__x", "_C____x"},
		{"___", "__x", "__x"},
		{"Cé", "__é", "_Cé__é"},
		{"C", "__a.b", "__a.b"},
		{"C", "____x", "_C____x"},
		{"", "__x", "__x"},
	}
	for _, c := range cases {
		if got := Mangle(c.class, c.name); got != c.want {
			t.Errorf("Mangle(%q, %q) = %q, want %q", c.class, c.name, got, c.want)
		}
	}
}

func pos(line, col, endCol int) ast.Pos {
	return ast.Pos{Lineno: line, ColOffset: col, EndLineno: line, EndColOffset: endCol}
}

func name(id string, ctx ast.ExprContext, line, col int) *ast.Name {
	return &ast.Name{Pos: pos(line, col, col+len(id)), Id: id, Ctx: ctx}
}

// TestExpressionMode builds the tables of the eval-mode source
// "(lambda a: a + b)(x := 1)".
func TestExpressionMode(t *testing.T) {
	lam := &ast.Lambda{
		Pos:  pos(1, 1, 16),
		Args: &ast.Arguments{Args: []*ast.Arg{{Pos: pos(1, 8, 9), Arg: "a"}}},
		Body: &ast.BinOp{Pos: pos(1, 11, 16), Left: name("a", ast.Load, 1, 11), Op: ast.Add, Right: name("b", ast.Load, 1, 15)},
	}
	call := &ast.Call{
		Pos:  pos(1, 0, 25),
		Func: lam,
		Args: []ast.Expr{&ast.NamedExpr{Pos: pos(1, 18, 24), Target: name("x", ast.Store, 1, 18),
			Value: &ast.Constant{Pos: pos(1, 23, 24), Value: ast.None}}},
	}
	top, err := Build(&ast.Expression{Body: call}, "f")
	if err != nil {
		t.Fatal(err)
	}
	if top.Kind != Module || top.Name != "top" || top.Lineno != 0 {
		t.Errorf("top = %v %q line %d", top.Kind, top.Name, top.Lineno)
	}
	if len(top.Order) != 1 || top.Symbols["x"].Raw() != 2050 {
		t.Errorf("top symbols %v", top.Order)
	}
	if len(top.Children) != 1 {
		t.Fatalf("children: %d", len(top.Children))
	}
	l := top.Children[0]
	if top.Lookup(lam) != l || l.Lookup(lam) != l {
		t.Errorf("Lookup(lambda) does not find the lambda's table")
	}
	if l.Name != "lambda" || l.Lineno != 1 || l.IsNested || l.Parent != top {
		t.Errorf("lambda table %q line %d", l.Name, l.Lineno)
	}
	if got := l.Symbols["a"].Raw(); got != 2068 {
		t.Errorf("a = %d, want 2068", got)
	}
	if got := l.Symbols["b"].Raw(); got != 6160 {
		t.Errorf("b = %d, want 6160", got)
	}
	if strings.Join(l.Varnames, ",") != "a" {
		t.Errorf("varnames %v", l.Varnames)
	}
}

// TestInteractiveFutureAnnotations: in "single" mode,
// "from __future__ import annotations; y: T = [z for z in w]" hides T.
func TestInteractiveFutureAnnotations(t *testing.T) {
	comp := &ast.ListComp{Pos: pos(1, 43, 60), Elt: name("z", ast.Load, 1, 44),
		Generators: []*ast.Comprehension{{Target: name("z", ast.Store, 1, 50), Iter: name("w", ast.Load, 1, 55)}}}
	mod := &ast.Interactive{Body: []ast.Stmt{
		&ast.ImportFrom{Pos: pos(1, 0, 34), Module: "__future__", Names: []*ast.Alias{{Pos: pos(1, 23, 34), Name: "annotations"}}},
		&ast.AnnAssign{Pos: pos(1, 36, 60), Target: name("y", ast.Store, 1, 36), Annotation: name("T", ast.Load, 1, 39), Value: comp, Simple: 1},
	}}
	top, err := Build(mod, "f")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"annotations": 2176, "y": 2306, "w": 6160}
	if strings.Join(top.Order, " ") != "annotations y w" {
		t.Errorf("order %v", top.Order)
	}
	for n, raw := range want {
		if s := top.Symbols[n]; s == nil || s.Raw() != raw {
			t.Errorf("%s: got %v, want %d", n, s, raw)
		}
	}
	c := top.Lookup(comp)
	if c == nil || c.Name != "listcomp" || c.Comprehension != ListComprehension || c.Symbols[".0"].Raw() != 2052 || c.Symbols["z"].Raw() != 2578 {
		t.Errorf("listcomp table wrong: %+v", c)
	}
}

func TestFunctionTypeRefused(t *testing.T) {
	_, err := Build(&ast.FunctionType{}, "f")
	var se *source.Error
	if !errors.As(err, &se) || se.Type != "RuntimeError" || se.Msg != "this compiler does not handle FunctionTypes" {
		t.Errorf("got %v", err)
	}
}

// TestMalformedTreesDoNotPanic feeds trees the parser never produces.
func TestMalformedTreesDoNotPanic(t *testing.T) {
	trees := []ast.Mod{
		nil,
		&ast.Module{Body: []ast.Stmt{nil, &ast.FunctionDef{Name: "f"}, &ast.ClassDef{}}},
		&ast.Module{Body: []ast.Stmt{&ast.ExprStmt{Value: &ast.Lambda{}}}},
		&ast.Module{Body: []ast.Stmt{&ast.ExprStmt{Value: &ast.ListComp{}}}},
		&ast.Module{Body: []ast.Stmt{&ast.ExprStmt{Value: &ast.ListComp{Generators: []*ast.Comprehension{nil}}}}},
		&ast.Module{Body: []ast.Stmt{&ast.ExprStmt{Value: &ast.GeneratorExp{
			Elt:        &ast.NamedExpr{Target: &ast.Attribute{Value: name("a", ast.Load, 1, 0)}},
			Generators: []*ast.Comprehension{{Target: name("i", ast.Store, 1, 0)}}}}}},
		&ast.Module{Body: []ast.Stmt{&ast.Try{Handlers: []*ast.ExceptHandler{nil}}, &ast.With{Items: []*ast.Withitem{nil}},
			&ast.Match{Cases: []*ast.MatchCase{nil, {}}}, &ast.Import{Names: []*ast.Alias{nil}},
			&ast.AnnAssign{}, &ast.AsyncFunctionDef{Args: &ast.Arguments{Args: []*ast.Arg{nil}}}}},
		&ast.Expression{},
	}
	for i, tree := range trees {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("tree %d: panic %v", i, r)
				}
			}()
			Build(tree, "f")
		}()
	}
}

// TestRecursionLimit: very deep nesting gives an error, not a crash.
func TestRecursionLimit(t *testing.T) {
	var e ast.Expr = name("x", ast.Load, 1, 0)
	for i := 0; i < 5000; i++ {
		e = &ast.UnaryOp{Pos: pos(1, 0, 1), Op: ast.USub, Operand: e}
	}
	_, err := Build(&ast.Module{Body: []ast.Stmt{&ast.ExprStmt{Pos: pos(1, 0, 1), Value: e}}}, "f")
	var se *source.Error
	if !errors.As(err, &se) || se.Type != "RecursionError" {
		t.Errorf("got %v", err)
	}
	e = name("x", ast.Load, 1, 0)
	for i := 0; i < 2000; i++ {
		e = &ast.UnaryOp{Pos: pos(1, 0, 1), Op: ast.USub, Operand: e}
	}
	if _, err := Build(&ast.Module{Body: []ast.Stmt{&ast.ExprStmt{Pos: pos(1, 0, 1), Value: e}}}, "f"); err != nil {
		t.Errorf("depth 2000: %v", err)
	}
}

func futureImport(line int, names ...string) *ast.ImportFrom {
	imp := &ast.ImportFrom{Pos: pos(line, 0, 30), Module: "__future__"}
	for _, n := range names {
		imp.Names = append(imp.Names, &ast.Alias{Pos: pos(line, 23, 30), Name: n})
	}
	return imp
}

func TestFuture(t *testing.T) {
	doc := &ast.ExprStmt{Pos: pos(1, 0, 9), Value: &ast.Constant{Pos: pos(1, 0, 9), Value: ast.Str("doc")}}
	mod := &ast.Module{Body: []ast.Stmt{doc, futureImport(2, "barry_as_FLUFL"), futureImport(3, "division", "annotations"),
		&ast.Pass{Pos: pos(4, 0, 4)}, futureImport(5, "annotations")}}
	ff, err := Future(mod, "f")
	if err != nil || ff != (FutureFeatures{Annotations: true, BarryAsFLUFL: true, Lineno: 3}) {
		t.Errorf("got %+v, %v", ff, err)
	}
	// python3.11: compile("from __future__ import " + "a"*99 + "é" + "b"*5, ...)
	long := strings.Repeat("a", 99) + "ébbbbb"
	_, err = Build(&ast.Module{Body: []ast.Stmt{futureImport(1, long)}}, "f")
	var se *source.Error
	want := "future feature " + strings.Repeat("a", 99) + "\uFFFD is not defined"
	if !errors.As(err, &se) || se.Msg != want || se.Lineno != 1 || se.Offset != 1 || se.EndOffset != 0 {
		t.Errorf("got %#v", err)
	}
}
