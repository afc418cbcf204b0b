package astopt

// Traversal and folding of expressions (astfold_expr and the fold_* helpers
// of CPython 3.11's ast_opt.c). Where CPython rewrites a node in place,
// expr returns the replacement and the caller stores it.

import "github.com/pyjit/pyjit/frontend/ast"

// expr folds e's subexpressions, then e itself, and returns what replaces e
// (e itself when nothing folds).
func (f *folder) expr(e ast.Expr) ast.Expr {
	if e == nil || !f.enter() {
		return e
	}
	r := f.foldExpr(e)
	f.leave()
	return r
}

func (f *folder) foldExpr(e ast.Expr) ast.Expr {
	switch n := e.(type) {
	case *ast.BoolOp:
		f.exprs(n.Values)
	case *ast.BinOp:
		n.Left = f.expr(n.Left)
		n.Right = f.expr(n.Right)
		return foldBinOp(n)
	case *ast.UnaryOp:
		n.Operand = f.expr(n.Operand)
		return foldUnaryOp(n)
	case *ast.Lambda:
		f.arguments(n.Args)
		n.Body = f.expr(n.Body)
	case *ast.IfExp:
		n.Test = f.expr(n.Test)
		n.Body = f.expr(n.Body)
		n.Orelse = f.expr(n.Orelse)
	case *ast.Dict:
		f.exprs(n.Keys) // a nil key (for **d) stays nil
		f.exprs(n.Values)
	case *ast.Set:
		f.exprs(n.Elts)
	case *ast.ListComp:
		n.Elt = f.expr(n.Elt)
		f.comprehensions(n.Generators)
	case *ast.SetComp:
		n.Elt = f.expr(n.Elt)
		f.comprehensions(n.Generators)
	case *ast.DictComp:
		n.Key = f.expr(n.Key)
		n.Value = f.expr(n.Value)
		f.comprehensions(n.Generators)
	case *ast.GeneratorExp:
		n.Elt = f.expr(n.Elt)
		f.comprehensions(n.Generators)
	case *ast.Await:
		n.Value = f.expr(n.Value)
	case *ast.Yield:
		n.Value = f.expr(n.Value)
	case *ast.YieldFrom:
		n.Value = f.expr(n.Value)
	case *ast.Compare:
		n.Left = f.expr(n.Left)
		f.exprs(n.Comparators)
		f.foldCompare(n)
	case *ast.Call:
		n.Func = f.expr(n.Func)
		f.exprs(n.Args)
		f.keywords(n.Keywords)
	case *ast.FormattedValue:
		n.Value = f.expr(n.Value)
		n.FormatSpec = f.expr(n.FormatSpec)
	case *ast.JoinedStr:
		f.exprs(n.Values)
	case *ast.Attribute:
		n.Value = f.expr(n.Value)
	case *ast.Subscript:
		n.Value = f.expr(n.Value)
		n.Slice = f.expr(n.Slice)
		return foldSubscript(n)
	case *ast.Starred:
		n.Value = f.expr(n.Value)
	case *ast.Slice:
		n.Lower = f.expr(n.Lower)
		n.Upper = f.expr(n.Upper)
		n.Step = f.expr(n.Step)
	case *ast.List:
		f.exprs(n.Elts)
	case *ast.Tuple:
		f.exprs(n.Elts)
		return foldTuple(n)
	case *ast.Name:
		if n.Ctx == ast.Load && n.Id == "__debug__" {
			return makeConst(n, f.optimize == 0)
		}
	case *ast.NamedExpr:
		// Only the value: the target is a plain name.
		n.Value = f.expr(n.Value)
	}
	// Constant: nothing to do.
	return e
}

// constValue returns e's value if e is a Constant.
func constValue(e ast.Expr) (ast.Value, bool) {
	c, ok := e.(*ast.Constant)
	if !ok || c == nil {
		return nil, false
	}
	return c.Value, true
}

func foldBinOp(n *ast.BinOp) ast.Expr {
	l, ok1 := constValue(n.Left)
	if format, isStr := l.(ast.Str); ok1 && isStr && n.Op == ast.Modulo {
		if tuple, ok := n.Right.(*ast.Tuple); ok {
			if e := optimizeFormat(n, format, tuple); e != nil {
				return e
			}
			return n
		}
	}
	r, ok2 := constValue(n.Right)
	if !ok1 || !ok2 {
		return n
	}
	if v, ok := computeBinOp(n.Op, l, r); ok {
		return makeConst(n, v)
	}
	return n
}

// invertedCmp maps the comparisons `not` can be folded into to their negation.
var invertedCmp = map[ast.CmpOp]ast.CmpOp{
	ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn, ast.NotIn: ast.In,
}

func foldUnaryOp(n *ast.UnaryOp) ast.Expr {
	v, ok := constValue(n.Operand)
	if !ok {
		// `not a is b` becomes `a is not b` (and likewise for is not, in,
		// not in). The other comparisons are left alone: __eq__ and __ne__,
		// or set ordering, need not be each other's negation.
		if cmp, ok := n.Operand.(*ast.Compare); ok && n.Op == ast.Not && len(cmp.Ops) == 1 {
			if op, ok := invertedCmp[cmp.Ops[0]]; ok {
				cmp.Ops[0] = op
				// CPython copies the Compare over the UnaryOp, so the
				// result has the Compare's position.
				return cmp
			}
		}
		return n
	}
	if r, ok := computeUnaryOp(n.Op, v); ok {
		return makeConst(n, r)
	}
	return n
}

// foldTuple turns a loaded tuple of constants into a tuple constant.
func foldTuple(n *ast.Tuple) ast.Expr {
	if n.Ctx != ast.Load {
		return n
	}
	if vals, ok := constValues(n.Elts); ok {
		return makeConst(n, ast.TupleValue(vals))
	}
	return n
}

// constValues returns the values of es if they are all constants.
func constValues(es []ast.Expr) ([]ast.Value, bool) {
	vals := make([]ast.Value, len(es))
	for i, e := range es {
		v, ok := constValue(e)
		if !ok {
			return nil, false
		}
		vals[i] = v
	}
	return vals, true
}

func foldSubscript(n *ast.Subscript) ast.Expr {
	if n.Ctx != ast.Load {
		return n
	}
	c, ok1 := constValue(n.Value)
	i, ok2 := constValue(n.Slice)
	if !ok1 || !ok2 {
		return n
	}
	if v, ok := subscript(c, i); ok {
		return makeConst(n, v)
	}
	return n
}

// foldCompare turns the list or set after a final `in` or `not in` into a
// tuple or frozenset (fold_compare).
func (f *folder) foldCompare(n *ast.Compare) {
	last := len(n.Ops) - 1
	if last < 0 || last >= len(n.Comparators) {
		return
	}
	if op := n.Ops[last]; op == ast.In || op == ast.NotIn {
		n.Comparators[last] = f.iter(n.Comparators[last])
	}
}

// iter is fold_iter, for an iterable whose identity cannot matter: a list
// display becomes a tuple (constant if all its items are), a set display of
// constants a frozenset constant.
func (f *folder) iter(e ast.Expr) ast.Expr {
	switch n := e.(type) {
	case *ast.List:
		for _, el := range n.Elts {
			if _, ok := el.(*ast.Starred); ok {
				return n
			}
		}
		t := &ast.Tuple{Pos: n.Pos, Elts: n.Elts, Ctx: n.Ctx}
		if vals, ok := constValues(n.Elts); ok {
			return makeConst(t, ast.TupleValue(vals))
		}
		return t
	case *ast.Set:
		if vals, ok := constValues(n.Elts); ok {
			return makeConst(n, FrozenSet(vals))
		}
	}
	return e
}

// FrozenSet builds a frozenset constant from items, dropping those equal to
// an earlier one (as set insertion does: 1, 1.0 and True are one element).
// The compiler uses it for constant set displays too.
func FrozenSet(items []ast.Value) ast.FrozenSetValue {
	out := make(ast.FrozenSetValue, 0, len(items))
	for _, v := range items {
		if !containsValue(out, v) {
			out = append(out, v)
		}
	}
	return out
}
