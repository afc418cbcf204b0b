package astopt

import (
	"math/big"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/parser"
)

func foldSrc(t *testing.T, src string, mode parser.Mode, opts Options) ast.Mod {
	t.Helper()
	mod, err := parser.ParseString(src, "<test>", mode)
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	FoldWith(mod, opts)
	return mod
}

// The tree shapes below were checked against python3.11 with dis (for
// instance, `async for` over a list still runs BUILD_LIST, and a body
// starting with "a" + "b" has no docstring: co_consts[0] is None).
func TestFoldShapes(t *testing.T) {
	tests := []struct {
		src  string
		opts Options
		want string // substring of ast.Dump(mod, false)
	}{
		{src: "for x in [1, 2]: pass", want: "iter=Constant(value=(1, 2))"},
		{src: "for x in [a, 1]: pass", want: "iter=Tuple(elts=[Name(id='a', ctx=Load()), Constant(value=1)], ctx=Load())"},
		{src: "for x in [*a, 1]: pass", want: "iter=List(elts=[Starred("},
		{src: "for x in {1, 2, 1.0}: pass", want: "iter=Constant(value=frozenset({1, 2}))"},
		{src: "for x in {a, 2}: pass", want: "iter=Set(elts=[Name(id='a', ctx=Load()), Constant(value=2)])"},
		{src: "for x in (1, 2): pass", want: "iter=Constant(value=(1, 2))"},
		{src: "async def f():\n async for x in [1, 2]: pass", want: "iter=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load())"},
		{src: "[x for x in [1, 2] if 1 + 1]", want: "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Constant(value=(1, 2)), ifs=[Constant(value=2)], is_async=0)]"},
		{src: "{x async for x in {3, 4}}", want: "iter=Constant(value=frozenset({3, 4}))"},
		{src: "a in [1, 2]", want: "comparators=[Constant(value=(1, 2))]"},
		{src: "a in [1, 2] in [3]", want: "comparators=[List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), Constant(value=(3,))]"},
		{src: "a == [1, 2]", want: "comparators=[List("},
		{src: "not a is b", want: "Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot()], comparators=[Name(id='b', ctx=Load())]))"},
		{src: "not a is not b", want: "ops=[Is()]"},
		{src: "not a in b", want: "ops=[NotIn()]"},
		{src: "not a not in [1]", want: "Compare(left=Name(id='a', ctx=Load()), ops=[In()], comparators=[Constant(value=(1,))])"},
		{src: "not a < b", want: "UnaryOp(op=Not(), operand=Compare("},
		{src: "not a is b is c", want: "UnaryOp(op=Not(), operand=Compare("},
		{src: "__debug__", want: "Expr(value=Constant(value=True))"},
		{src: "__debug__", opts: Options{Optimize: 1}, want: "Expr(value=Constant(value=False))"},
		{src: "__debug__.x = 1", want: "Attribute(value=Constant(value=True)"},
		{src: "\"a\" + \"b\"\nx = 1", want: "body=[Expr(value=JoinedStr(values=[Constant(value='ab')])), Assign("},
		{src: "def f():\n \"a\" + \"b\"", want: "body=[Expr(value=JoinedStr(values=[Constant(value='ab')]))]"},
		{src: "class C:\n \"a\" \"b\"", want: "body=[Expr(value=Constant(value='ab'))]"},
		{src: "\"doc\"\n\"a\" + \"b\"", want: "body=[Expr(value=Constant(value='doc')), Expr(value=Constant(value='ab'))]"},
		{src: "(1, 2)[0] + 1", want: "Expr(value=Constant(value=2))"},
		{src: "a[1 + 1] = b", want: "Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=2), ctx=Store())"},
		{src: "(a, b) = 1, 2", want: "targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Constant(value=(1, 2))"},
		{src: "del a[1 + 1]", want: "slice=Constant(value=2), ctx=Del()"},
		{src: "a[1:2 + 3]", want: "slice=Slice(lower=Constant(value=1), upper=Constant(value=5))"},
		{src: "lambda a=1 + 1, *, b=2 * 2: 3 - 3", want: "kw_defaults=[Constant(value=4)], defaults=[Constant(value=2)]), body=Constant(value=0))"},
		{src: "def f(a: 1 + 1) -> 2 + 2: pass", want: "annotation=Constant(value=2)"},
		{src: "def f(a: 1 + 1) -> 2 + 2: pass", want: "returns=Constant(value=4)"},
		{src: "from __future__ import annotations\ndef f(a: 1 + 1) -> 2 + 2: pass", want: "annotation=BinOp("},
		{src: "from __future__ import annotations\ndef f(a: 1 + 1) -> 2 + 2: pass", want: "returns=BinOp("},
		{src: "'doc'\nfrom __future__ import annotations\nx: 1 + 1 = 2 + 2", want: "annotation=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=1)), value=Constant(value=4)"},
		{src: "x: 1 + 1 = 2 + 2", opts: Options{FutureAnnotations: true}, want: "annotation=BinOp("},
		{src: "import os\nfrom __future__ import annotations\nx: 1 + 1", want: "annotation=Constant(value=2)"},
		{src: "match x:\n case -1: pass\n case 1 + 2j: pass", want: "MatchValue(value=Constant(value=-1))"},
		{src: "match x:\n case 1 + 2j: pass", want: "MatchValue(value=Constant(value=(1+2j)))"},
		{src: "match x:\n case {-1: [1 | 2, -2]} if 1 + 1: pass", want: "MatchMapping(keys=[Constant(value=-1)], patterns=[MatchSequence(patterns=[MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), MatchValue(value=Constant(value=-2))])]), guard=Constant(value=2)"},
		{src: "f(-1, k=-2, *-3, **-4)", want: "Call(func=Name(id='f', ctx=Load()), args=[Constant(value=-1), Starred(value=Constant(value=-3), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=-2)), keyword(value=Constant(value=-4))])"},
		{src: "f'{1 + 1:{2 * 3}}'", want: "FormattedValue(value=Constant(value=2), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value=6), conversion=-1)]))"},
		{src: "{1 + 1: 2 * 2, **d}", want: "Dict(keys=[Constant(value=2), None], values=[Constant(value=4), Name(id='d', ctx=Load())])"},
		{src: "try:\n pass\nexcept (1, 2) as e:\n -1\nelse:\n -2\nfinally:\n -3", want: "handlers=[ExceptHandler(type=Constant(value=(1, 2)), name='e', body=[Expr(value=Constant(value=-1))])], orelse=[Expr(value=Constant(value=-2))], finalbody=[Expr(value=Constant(value=-3))]"},
		{src: "with a(-1) as b[-2]: -3", want: "items=[withitem(context_expr=Call(func=Name(id='a', ctx=Load()), args=[Constant(value=-1)], keywords=[]), optional_vars=Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=-2), ctx=Store()))], body=[Expr(value=Constant(value=-3))]"},
		{src: "(y := 1 + 1)", want: "NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=2))"},
		{src: "while -1:\n if -2: assert -3, -4", want: "While(test=Constant(value=-1), body=[If(test=Constant(value=-2), body=[Assert(test=Constant(value=-3), msg=Constant(value=-4))], orelse=[])], orelse=[])"},
		{src: "x += -1; raise -1 from -2", want: "AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=-1)), Raise(exc=Constant(value=-1), cause=Constant(value=-2))"},
		{src: "@-1\nclass C(-2, k=-3):\n -4", want: "ClassDef(name='C', bases=[Constant(value=-2)], keywords=[keyword(arg='k', value=Constant(value=-3))], body=[Expr(value=Constant(value=-4))], decorator_list=[Constant(value=-1)])"},
		{src: "async def f():\n await (-1); yield -2; return -3", want: "Expr(value=Await(value=Constant(value=-1))), Expr(value=Yield(value=Constant(value=-2))), Return(value=Constant(value=-3))"},
		{src: "def g(): yield from -1", want: "YieldFrom(value=Constant(value=-1))"},
		{src: "a and -1 or (-2 if -3 else -4)", want: "BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Constant(value=-1)]), IfExp(test=Constant(value=-3), body=Constant(value=-2), orelse=Constant(value=-4))])"},
	}
	for _, tc := range tests {
		got := ast.Dump(foldSrc(t, tc.src+"\n", parser.Exec, tc.opts), false)
		if !strings.Contains(got, tc.want) {
			t.Errorf("%q:\n got: %s\nwant substring: %s", tc.src, got, tc.want)
		}
	}
}

func TestFoldModes(t *testing.T) {
	got := ast.Dump(foldSrc(t, "1 + 1, -2", parser.Eval, Options{}), false)
	if want := "Expression(body=Constant(value=(2, -2)))"; got != want {
		t.Errorf("eval: got %s, want %s", got, want)
	}
	// Interactive input has no docstring, so nothing is wrapped.
	got = ast.Dump(foldSrc(t, "'a' + 'b'\n", parser.Single, Options{}), false)
	if want := "Interactive(body=[Expr(value=Constant(value='ab'))])"; got != want {
		t.Errorf("single: got %s, want %s", got, want)
	}
	Fold(&ast.FunctionType{Returns: &ast.UnaryOp{Op: ast.USub, Operand: &ast.Constant{Value: ast.Str("x")}}}, 0)
	Fold(nil, 0)
}

// A folded constant takes the position of the node it replaces; `not`
// folded into a comparison takes the comparison's position.
func TestFoldPositions(t *testing.T) {
	mod := foldSrc(t, "x = (1 + 2) * 3\ny = not a in b\nfor z in [\n  1]: pass\n", parser.Exec, Options{})
	body := mod.(*ast.Module).Body
	c := body[0].(*ast.Assign).Value.(*ast.Constant)
	if c.Pos != (ast.Pos{Lineno: 1, ColOffset: 4, EndLineno: 1, EndColOffset: 15}) || c.Kind != "" {
		t.Errorf("folded BinOp: %+v", c)
	}
	cmp := body[1].(*ast.Assign).Value.(*ast.Compare)
	if cmp.Pos != (ast.Pos{Lineno: 2, ColOffset: 8, EndLineno: 2, EndColOffset: 14}) {
		t.Errorf("folded not: %+v", cmp.Pos)
	}
	it := body[2].(*ast.For).Iter.(*ast.Constant)
	if it.Pos != (ast.Pos{Lineno: 3, ColOffset: 9, EndLineno: 4, EndColOffset: 4}) {
		t.Errorf("folded iter: %+v", it.Pos)
	}
}

// Folding a tuple of u-strings drops the kind: the tuple is a new constant.
func TestFoldKind(t *testing.T) {
	mod := foldSrc(t, "x = u'a'\ny = (u'a',)\n", parser.Exec, Options{})
	got := ast.Dump(mod, false)
	if !strings.Contains(got, "value=Constant(value='a', kind='u')") || !strings.Contains(got, "value=Constant(value=('a',))") {
		t.Error(got)
	}
}

// Malformed trees (typed nil nodes, nil values) must not panic.
func TestFoldMalformed(t *testing.T) {
	var nilInt *big.Int
	var nilBin *ast.BinOp
	trees := []ast.Mod{
		&ast.Module{Body: []ast.Stmt{&ast.ExprStmt{Value: nilBin}}},
		&ast.Module{Body: []ast.Stmt{nil, &ast.ExprStmt{}}},
		&ast.Expression{Body: &ast.BinOp{Op: ast.Add, Left: &ast.Constant{}, Right: &ast.Constant{Value: nil}}},
		&ast.Expression{Body: &ast.BinOp{Op: 99, Left: &ast.Constant{Value: ast.Str("a")}, Right: &ast.Constant{Value: ast.Str("a")}}},
		&ast.Expression{Body: &ast.UnaryOp{Op: 99, Operand: &ast.Constant{Value: true}}},
		&ast.Expression{Body: &ast.Compare{Left: &ast.Name{Id: "a"}, Ops: []ast.CmpOp{ast.In}}},
		&ast.Expression{Body: &ast.Subscript{Value: &ast.Constant{Value: ast.Str("a")}, Slice: &ast.Constant{Value: nilInt}, Ctx: ast.Load}},
	}
	for _, tree := range trees {
		Fold(tree, 0)
	}
}

// CPython 3.11 counts statements and expressions against the recursion
// limit: compile("-"*n + "1") called (in a warmed-up loop) from a script's
// top level, one Python frame deep so starting at depth 3 of 3000, works
// for n = 2995 and raises RecursionError for 2996.
func TestFoldMaxDepth(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want error
	}{{2995, nil}, {2996, ErrRecursion}} {
		mod, err := parser.ParseString(strings.Repeat("-", tc.n)+"1\n", "<test>", parser.Exec)
		if err != nil {
			t.Fatal(err)
		}
		if got := FoldWith(mod, Options{MaxDepth: 3000 - 3}); got != tc.want {
			t.Errorf("n=%d: got %v, want %v", tc.n, got, tc.want)
		}
	}
}
