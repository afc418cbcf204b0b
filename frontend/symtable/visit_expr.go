package symtable

import (
	"fmt"

	"github.com/pyjit/pyjit/frontend/ast"
)

func (b *builder) visitExprs(list []ast.Expr) {
	for _, e := range list {
		if b.err != nil {
			return
		}
		b.visitExpr(e) // nil elements (dict unpacking, missing kw defaults) are skipped
	}
}

func (b *builder) visitExpr(e ast.Expr) {
	if e == nil {
		return
	}
	if !b.enter(e.GetPos()) {
		return
	}
	defer b.leave()
	l := locOf(e.GetPos())
	switch e := e.(type) {
	case *ast.NamedExpr:
		if !b.checkAnnotationBlock("named expression", l) {
			return
		}
		b.visitNamedExpr(e, l)
	case *ast.BoolOp:
		b.visitExprs(e.Values)
	case *ast.BinOp:
		b.visitExpr(e.Left)
		b.visitExpr(e.Right)
	case *ast.UnaryOp:
		b.visitExpr(e.Operand)
	case *ast.Lambda:
		if e.Args != nil {
			b.visitExprs(e.Args.Defaults)
			b.visitExprs(e.Args.KwDefaults)
		}
		if b.err != nil {
			return
		}
		b.enterBlock("lambda", Function, e, l)
		b.visitArguments(e.Args)
		b.visitExpr(e.Body)
		b.exitBlock()
	case *ast.IfExp:
		b.visitExpr(e.Test)
		b.visitExpr(e.Body)
		b.visitExpr(e.Orelse)
	case *ast.Dict:
		b.visitExprs(e.Keys)
		b.visitExprs(e.Values)
	case *ast.Set:
		b.visitExprs(e.Elts)
	case *ast.GeneratorExp:
		b.visitComprehension(e, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil, l)
	case *ast.ListComp:
		b.visitComprehension(e, "listcomp", ListComprehension, e.Generators, e.Elt, nil, l)
	case *ast.SetComp:
		b.visitComprehension(e, "setcomp", SetComprehension, e.Generators, e.Elt, nil, l)
	case *ast.DictComp:
		b.visitComprehension(e, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value, l)
	case *ast.Yield:
		if !b.checkAnnotationBlock("yield expression", l) {
			return
		}
		b.visitExpr(e.Value)
		b.markYield(l)
	case *ast.YieldFrom:
		if !b.checkAnnotationBlock("yield expression", l) {
			return
		}
		b.visitExpr(e.Value)
		b.markYield(l)
	case *ast.Await:
		if !b.checkAnnotationBlock("await expression", l) {
			return
		}
		b.visitExpr(e.Value)
		if b.cur != nil {
			b.cur.IsCoroutine = true
		}
	case *ast.Compare:
		b.visitExpr(e.Left)
		b.visitExprs(e.Comparators)
	case *ast.Call:
		b.visitExpr(e.Func)
		b.visitExprs(e.Args)
		for _, k := range e.Keywords {
			if k != nil {
				b.visitExpr(k.Value)
			}
		}
	case *ast.FormattedValue:
		b.visitExpr(e.Value)
		b.visitExpr(e.FormatSpec)
	case *ast.JoinedStr:
		b.visitExprs(e.Values)
	case *ast.Constant:
	case *ast.Attribute:
		b.visitExpr(e.Value)
	case *ast.Subscript:
		b.visitExpr(e.Value)
		b.visitExpr(e.Slice)
	case *ast.Starred:
		b.visitExpr(e.Value)
	case *ast.Slice:
		b.visitExpr(e.Lower)
		b.visitExpr(e.Upper)
		b.visitExpr(e.Step)
	case *ast.Name:
		flag := DefLocal
		if e.Ctx == ast.Load {
			flag = Use
		}
		b.addDef(e.Id, flag, l)
		// super() needs the __class__ cell of the enclosing class.
		if e.Ctx == ast.Load && b.cur.Kind == Function && e.Id == "super" {
			b.addDef("__class__", Use, l)
		}
	case *ast.List:
		b.visitExprs(e.Elts)
	case *ast.Tuple:
		b.visitExprs(e.Elts)
	}
}

// checkAnnotationBlock refuses expressions that cannot appear in an
// annotation that "from __future__ import annotations" turns into a string.
func (b *builder) checkAnnotationBlock(what string, l loc) bool {
	if b.cur.Kind != annotation {
		return true
	}
	b.fail(fmt.Sprintf("'%s' can not be used within an annotation", what), l)
	return false
}

func (b *builder) markYield(l loc) {
	if b.err != nil {
		return
	}
	b.cur.IsGenerator = true
	var msg string
	switch b.cur.Comprehension {
	case NoComprehension:
		return
	case ListComprehension:
		msg = "'yield' inside list comprehension"
	case SetComprehension:
		msg = "'yield' inside set comprehension"
	case DictComprehension:
		msg = "'yield' inside dict comprehension"
	default:
		msg = "'yield' inside generator expression"
	}
	b.fail(msg, l)
}

func (b *builder) visitNamedExpr(e *ast.NamedExpr, l loc) {
	if b.cur.compIterExpr > 0 {
		b.fail("assignment expression cannot be used in a comprehension iterable expression", l)
		return
	}
	if b.cur.Comprehension != NoComprehension {
		target, ok := e.Target.(*ast.Name)
		if !ok {
			b.fail("invalid AST: assignment expression target is not a name", l)
			return
		}
		b.extendNamedExprScope(target)
		if b.err != nil {
			return
		}
	}
	b.visitExpr(e.Value)
	b.visitExpr(e.Target)
}

// extendNamedExprScope binds a walrus target of a comprehension in the
// nearest enclosing function or module block (PEP 572), declaring it
// nonlocal/global in the comprehension scopes in between.
func (b *builder) extendNamedExprScope(target *ast.Name) {
	name := target.Id
	l := locOf(target.GetPos())
	for i := len(b.stack) - 1; i >= 0; i-- {
		t := b.stack[i]
		if t.Comprehension != NoComprehension {
			// CPython looks the unmangled name up here.
			if t.lookupFlags(name)&DefCompIter != 0 {
				b.fail(fmt.Sprintf("assignment expression cannot rebind comprehension iteration variable '%s'", name), l)
				return
			}
			continue
		}
		switch t.Kind {
		case Function:
			if t.lookupFlags(name)&DefGlobal != 0 {
				b.addDef(name, DefGlobal, l)
			} else {
				b.addDef(name, DefNonlocal, l)
			}
			b.recordDirective(name, l)
			b.addDefIn(name, DefLocal, t, l)
			return
		case Module:
			b.addDef(name, DefGlobal, l)
			b.recordDirective(name, l)
			b.addDefIn(name, DefGlobal, t, l)
			return
		case Class:
			b.fail("assignment expression within a comprehension cannot be used in a class body", l)
			return
		}
		// An annotation block is skipped: CPython finds no rule for it
		// and goes on outwards.
	}
}

// visitComprehension creates the implicit function of a comprehension or
// generator expression. The outermost iterable is evaluated in the current
// block and passed in as the parameter ".0".
func (b *builder) visitComprehension(e ast.Expr, name string, kind CompKind, gens []*ast.Comprehension,
	elt, value ast.Expr, l loc) {
	if len(gens) == 0 || gens[0] == nil {
		b.fail("invalid AST: comprehension without generators", l)
		return
	}
	isGenerator := kind == GeneratorExpression
	outer := gens[0]
	b.cur.compIterExpr++
	b.visitExpr(outer.Iter)
	b.cur.compIterExpr--
	if b.err != nil {
		return
	}
	b.enterBlock(name, Function, e, l)
	b.cur.Comprehension = kind
	if outer.IsAsync != 0 {
		b.cur.IsCoroutine = true
	}
	b.addDef(".0", DefParam, l)
	b.cur.compIterTarget = true
	b.visitExpr(outer.Target)
	b.cur.compIterTarget = false
	b.visitExprs(outer.Ifs)
	for _, g := range gens[1:] {
		if g == nil || b.err != nil {
			continue
		}
		b.cur.compIterTarget = true
		b.visitExpr(g.Target)
		b.cur.compIterTarget = false
		b.cur.compIterExpr++
		b.visitExpr(g.Iter)
		b.cur.compIterExpr--
		b.visitExprs(g.Ifs)
		if g.IsAsync != 0 {
			b.cur.IsCoroutine = true
		}
	}
	b.visitExpr(value)
	b.visitExpr(elt)
	if b.err != nil {
		return
	}
	b.cur.IsGenerator = isGenerator
	isAsync := b.cur.IsCoroutine && !isGenerator
	b.exitBlock()
	// An async list/set/dict comprehension makes its enclosing block a
	// coroutine too (bpo-33346).
	if isAsync {
		b.cur.IsCoroutine = true
	}
}

func (b *builder) visitPattern(p ast.Pattern) {
	if p == nil {
		return
	}
	if !b.enter(p.GetPos()) {
		return
	}
	defer b.leave()
	l := locOf(p.GetPos())
	switch p := p.(type) {
	case *ast.MatchValue:
		b.visitExpr(p.Value)
	case *ast.MatchSingleton:
	case *ast.MatchSequence:
		b.visitPatterns(p.Patterns)
	case *ast.MatchStar:
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, l)
		}
	case *ast.MatchMapping:
		b.visitExprs(p.Keys)
		b.visitPatterns(p.Patterns)
		if p.Rest != "" {
			b.addDef(p.Rest, DefLocal, l)
		}
	case *ast.MatchClass:
		b.visitExpr(p.Cls)
		b.visitPatterns(p.Patterns)
		b.visitPatterns(p.KwdPatterns)
	case *ast.MatchAs:
		b.visitPattern(p.Pattern)
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, l)
		}
	case *ast.MatchOr:
		b.visitPatterns(p.Patterns)
	}
}

func (b *builder) visitPatterns(list []ast.Pattern) {
	for _, p := range list {
		if b.err != nil {
			return
		}
		b.visitPattern(p)
	}
}
