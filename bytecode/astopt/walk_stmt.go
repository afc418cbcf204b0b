package astopt

// Traversal of statements and the other non-expression nodes, in the order
// of astfold_stmt and its helpers in CPython 3.11's ast_opt.c.

import "github.com/pyjit/pyjit/frontend/ast"

func (f *folder) stmts(stmts []ast.Stmt) {
	for _, s := range stmts {
		f.stmt(s)
	}
}

func (f *folder) exprs(es []ast.Expr) {
	for i, e := range es {
		es[i] = f.expr(e)
	}
}

func (f *folder) stmt(s ast.Stmt) {
	if s == nil || !f.enter() {
		return
	}
	defer f.leave()
	switch n := s.(type) {
	case *ast.FunctionDef:
		f.arguments(n.Args)
		f.body(n.Body)
		f.exprs(n.DecoratorList)
		if !f.futureAnnotations {
			n.Returns = f.expr(n.Returns)
		}
	case *ast.AsyncFunctionDef:
		f.arguments(n.Args)
		f.body(n.Body)
		f.exprs(n.DecoratorList)
		if !f.futureAnnotations {
			n.Returns = f.expr(n.Returns)
		}
	case *ast.ClassDef:
		f.exprs(n.Bases)
		f.keywords(n.Keywords)
		f.body(n.Body)
		f.exprs(n.DecoratorList)
	case *ast.Return:
		n.Value = f.expr(n.Value)
	case *ast.Delete:
		f.exprs(n.Targets)
	case *ast.Assign:
		f.exprs(n.Targets)
		n.Value = f.expr(n.Value)
	case *ast.AugAssign:
		n.Target = f.expr(n.Target)
		n.Value = f.expr(n.Value)
	case *ast.AnnAssign:
		n.Target = f.expr(n.Target)
		if !f.futureAnnotations {
			n.Annotation = f.expr(n.Annotation)
		}
		n.Value = f.expr(n.Value)
	case *ast.For:
		n.Target = f.expr(n.Target)
		n.Iter = f.expr(n.Iter)
		f.stmts(n.Body)
		f.stmts(n.Orelse)
		n.Iter = f.iter(n.Iter)
	case *ast.AsyncFor:
		// Unlike For, CPython 3.11 does not fold an async for's iterable.
		n.Target = f.expr(n.Target)
		n.Iter = f.expr(n.Iter)
		f.stmts(n.Body)
		f.stmts(n.Orelse)
	case *ast.While:
		n.Test = f.expr(n.Test)
		f.stmts(n.Body)
		f.stmts(n.Orelse)
	case *ast.If:
		n.Test = f.expr(n.Test)
		f.stmts(n.Body)
		f.stmts(n.Orelse)
	case *ast.With:
		f.withItems(n.Items)
		f.stmts(n.Body)
	case *ast.AsyncWith:
		f.withItems(n.Items)
		f.stmts(n.Body)
	case *ast.Raise:
		n.Exc = f.expr(n.Exc)
		n.Cause = f.expr(n.Cause)
	case *ast.Try:
		f.stmts(n.Body)
		f.handlers(n.Handlers)
		f.stmts(n.Orelse)
		f.stmts(n.Finalbody)
	case *ast.TryStar:
		f.stmts(n.Body)
		f.handlers(n.Handlers)
		f.stmts(n.Orelse)
		f.stmts(n.Finalbody)
	case *ast.Assert:
		n.Test = f.expr(n.Test)
		n.Msg = f.expr(n.Msg)
	case *ast.ExprStmt:
		n.Value = f.expr(n.Value)
	case *ast.Match:
		n.Subject = f.expr(n.Subject)
		for _, c := range n.Cases {
			if c == nil {
				continue
			}
			f.pattern(c.Pattern)
			c.Guard = f.expr(c.Guard)
			f.stmts(c.Body)
		}
	}
	// Import, ImportFrom, Global, Nonlocal, Pass, Break and Continue hold
	// no expressions.
}

func (f *folder) arguments(a *ast.Arguments) {
	if a == nil {
		return
	}
	f.args(a.Posonlyargs)
	f.args(a.Args)
	f.arg(a.Vararg)
	f.args(a.Kwonlyargs)
	f.exprs(a.KwDefaults)
	f.arg(a.Kwarg)
	f.exprs(a.Defaults)
}

func (f *folder) args(as []*ast.Arg) {
	for _, a := range as {
		f.arg(a)
	}
}

func (f *folder) arg(a *ast.Arg) {
	if a != nil && !f.futureAnnotations {
		a.Annotation = f.expr(a.Annotation)
	}
}

func (f *folder) keywords(ks []*ast.Keyword) {
	for _, k := range ks {
		if k != nil {
			k.Value = f.expr(k.Value)
		}
	}
}

func (f *folder) withItems(items []*ast.Withitem) {
	for _, it := range items {
		if it != nil {
			it.ContextExpr = f.expr(it.ContextExpr)
			it.OptionalVars = f.expr(it.OptionalVars)
		}
	}
}

func (f *folder) handlers(hs []*ast.ExceptHandler) {
	for _, h := range hs {
		if h != nil {
			h.Type = f.expr(h.Type)
			f.stmts(h.Body)
		}
	}
}

func (f *folder) comprehensions(gens []*ast.Comprehension) {
	for _, g := range gens {
		if g == nil {
			continue
		}
		g.Target = f.expr(g.Target)
		g.Iter = f.expr(g.Iter)
		f.exprs(g.Ifs)
		g.Iter = f.iter(g.Iter)
	}
}

func (f *folder) pattern(p ast.Pattern) {
	if p == nil || !f.enter() {
		return
	}
	defer f.leave()
	switch n := p.(type) {
	case *ast.MatchValue:
		n.Value = f.expr(n.Value)
	case *ast.MatchSequence:
		f.patterns(n.Patterns)
	case *ast.MatchMapping:
		f.exprs(n.Keys)
		f.patterns(n.Patterns)
	case *ast.MatchClass:
		n.Cls = f.expr(n.Cls)
		f.patterns(n.Patterns)
		f.patterns(n.KwdPatterns)
	case *ast.MatchAs:
		f.pattern(n.Pattern)
	case *ast.MatchOr:
		f.patterns(n.Patterns)
	}
	// MatchSingleton and MatchStar hold no expressions.
}

func (f *folder) patterns(ps []ast.Pattern) {
	for _, p := range ps {
		f.pattern(p)
	}
}
