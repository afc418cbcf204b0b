package symtable

import (
	"fmt"

	"github.com/pyjit/pyjit/frontend/ast"
)

// enter counts one level of nesting and reports whether the visit may go on.
func (b *builder) enter(p *ast.Pos) bool {
	if b.err != nil {
		return false
	}
	b.depth++
	if b.depth > maxDepth {
		e := b.errAt("maximum recursion depth exceeded during compilation", locOf(p))
		e.Type = "RecursionError"
		b.err = e
		return false
	}
	return true
}

func (b *builder) leave() { b.depth-- }

func (b *builder) visitStmts(list []ast.Stmt) {
	for _, s := range list {
		if b.err != nil {
			return
		}
		b.visitStmt(s)
	}
}

func (b *builder) visitStmt(s ast.Stmt) {
	if s == nil {
		return
	}
	if !b.enter(s.GetPos()) {
		return
	}
	defer b.leave()
	l := locOf(s.GetPos())
	switch s := s.(type) {
	case *ast.FunctionDef:
		b.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false, l)
	case *ast.AsyncFunctionDef:
		b.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true, l)
	case *ast.ClassDef:
		b.addDef(s.Name, DefLocal, l)
		b.visitExprs(s.Bases)
		for _, k := range s.Keywords {
			if k != nil {
				b.visitExpr(k.Value)
			}
		}
		b.visitExprs(s.DecoratorList)
		if b.err != nil {
			return
		}
		b.enterBlock(s.Name, Class, s, l)
		saved := b.private
		b.private = s.Name
		b.visitStmts(s.Body)
		b.private = saved
		b.exitBlock()
	case *ast.Return:
		if s.Value != nil {
			b.visitExpr(s.Value)
			b.cur.ReturnsValue = true
		}
	case *ast.Delete:
		b.visitExprs(s.Targets)
	case *ast.Assign:
		b.visitExprs(s.Targets)
		b.visitExpr(s.Value)
	case *ast.AnnAssign:
		b.visitAnnAssign(s, l)
	case *ast.AugAssign:
		b.visitExpr(s.Target)
		b.visitExpr(s.Value)
	case *ast.For:
		b.visitExpr(s.Target)
		b.visitExpr(s.Iter)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *ast.AsyncFor:
		b.visitExpr(s.Target)
		b.visitExpr(s.Iter)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *ast.While:
		b.visitExpr(s.Test)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *ast.If:
		b.visitExpr(s.Test)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *ast.Match:
		b.visitExpr(s.Subject)
		for _, c := range s.Cases {
			if c == nil || b.err != nil {
				continue
			}
			b.visitPattern(c.Pattern)
			b.visitExpr(c.Guard)
			b.visitStmts(c.Body)
		}
	case *ast.Raise:
		// CPython ignores a cause without an exception (the parser never
		// produces one).
		if s.Exc != nil {
			b.visitExpr(s.Exc)
			b.visitExpr(s.Cause)
		}
	case *ast.Try:
		b.visitTry(s.Body, s.Orelse, s.Handlers, s.Finalbody)
	case *ast.TryStar:
		b.visitTry(s.Body, s.Orelse, s.Handlers, s.Finalbody)
	case *ast.Assert:
		b.visitExpr(s.Test)
		b.visitExpr(s.Msg)
	case *ast.Import:
		for _, a := range s.Names {
			b.visitAlias(a)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			b.visitAlias(a)
		}
	case *ast.Global:
		b.visitDeclaration(s.Names, DefGlobal, l)
	case *ast.Nonlocal:
		b.visitDeclaration(s.Names, DefNonlocal, l)
	case *ast.ExprStmt:
		b.visitExpr(s.Value)
	case *ast.Pass, *ast.Break, *ast.Continue:
	case *ast.With:
		b.visitWithItems(s.Items)
		b.visitStmts(s.Body)
	case *ast.AsyncWith:
		b.visitWithItems(s.Items)
		b.visitStmts(s.Body)
	}
}

// visitFunction handles FunctionDef and AsyncFunctionDef: the name, defaults,
// annotations and decorators belong to the enclosing block; parameters and
// body to the new one.
func (b *builder) visitFunction(s ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt,
	decorators []ast.Expr, returns ast.Expr, async bool, l loc) {
	b.addDef(name, DefLocal, l)
	if args != nil {
		b.visitExprs(args.Defaults)
		b.visitExprs(args.KwDefaults)
	}
	b.visitAnnotations(s, args, returns, l)
	b.visitExprs(decorators)
	if b.err != nil {
		return
	}
	b.enterBlock(name, Function, s, l)
	if async {
		b.cur.IsCoroutine = true
	}
	b.visitArguments(args)
	b.visitStmts(body)
	b.exitBlock()
}

func (b *builder) visitAnnAssign(s *ast.AnnAssign, l loc) {
	if target, ok := s.Target.(*ast.Name); ok {
		cur := b.lookup(target.Id)
		if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.top && s.Simple != 0 {
			msg := "annotated name '%s' can't be nonlocal"
			if cur&DefGlobal != 0 {
				msg = "annotated name '%s' can't be global"
			}
			b.fail(fmt.Sprintf(msg, target.Id), l)
			return
		}
		tl := locOf(target.GetPos())
		if s.Simple != 0 {
			b.addDef(target.Id, DefAnnot|DefLocal, tl)
		}
		if s.Value != nil {
			b.addDef(target.Id, DefLocal, tl)
		}
	} else {
		b.visitExpr(s.Target)
	}
	b.visitAnnotation(s.Annotation)
	b.visitExpr(s.Value)
}

func (b *builder) visitTry(body, orelse []ast.Stmt, handlers []*ast.ExceptHandler, final []ast.Stmt) {
	b.visitStmts(body)
	b.visitStmts(orelse)
	for _, h := range handlers {
		if h == nil || b.err != nil {
			continue
		}
		b.visitExpr(h.Type)
		if h.Name != "" {
			b.addDef(h.Name, DefLocal, locOf(h.GetPos()))
		}
		b.visitStmts(h.Body)
	}
	b.visitStmts(final)
}

func (b *builder) visitWithItems(items []*ast.Withitem) {
	for _, it := range items {
		if it == nil {
			continue
		}
		b.visitExpr(it.ContextExpr)
		b.visitExpr(it.OptionalVars)
	}
}

// visitAlias binds the name an import statement stores: the asname, else
// the first component of a dotted module name.
func (b *builder) visitAlias(a *ast.Alias) {
	if a == nil || b.err != nil {
		return
	}
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if b.cur.Kind != Module {
			b.fail("import * only allowed at module level", locOf(a.GetPos()))
		}
		return
	}
	store := name
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			store = name[:i]
			break
		}
	}
	b.addDef(store, DefImport, locOf(a.GetPos()))
}

// visitDeclaration handles global and nonlocal statements.
func (b *builder) visitDeclaration(names []string, flag Flags, l loc) {
	word := "global"
	if flag == DefNonlocal {
		word = "nonlocal"
	}
	for _, name := range names {
		if b.err != nil {
			return
		}
		cur := b.lookup(name)
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			var msg string
			switch {
			case cur&DefParam != 0:
				msg = "name '%s' is parameter and " + word
			case cur&Use != 0:
				msg = "name '%s' is used prior to " + word + " declaration"
			case cur&DefAnnot != 0:
				msg = "annotated name '%s' can't be " + word
			default:
				msg = "name '%s' is assigned to before " + word + " declaration"
			}
			b.fail(fmt.Sprintf(msg, name), l)
			return
		}
		b.addDef(name, flag, l)
		b.recordDirective(name, l)
	}
}

// visitArguments defines the parameters inside the function's own block, in
// co_varnames order.
func (b *builder) visitArguments(a *ast.Arguments) {
	if a == nil {
		return
	}
	for _, list := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, p := range list {
			if p != nil {
				b.addDef(p.Arg, DefParam, locOf(p.GetPos()))
			}
		}
	}
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, locOf(a.Vararg.GetPos()))
		b.cur.HasVarargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, locOf(a.Kwarg.GetPos()))
		b.cur.HasVarkeywords = true
	}
}

// visitAnnotations visits a function's parameter and return annotations in
// the enclosing block (or, under "from __future__ import annotations", in a
// detached annotation block so they bind and use nothing).
func (b *builder) visitAnnotations(s ast.Stmt, a *ast.Arguments, returns ast.Expr, l loc) {
	if b.err != nil {
		return
	}
	if b.futureAnnotations {
		b.enterBlock("_annotation", annotation, nil, l)
	}
	if a != nil {
		b.visitArgAnnotations(a.Posonlyargs)
		b.visitArgAnnotations(a.Args)
		if a.Vararg != nil {
			b.visitExpr(a.Vararg.Annotation)
		}
		if a.Kwarg != nil {
			b.visitExpr(a.Kwarg.Annotation)
		}
		b.visitArgAnnotations(a.Kwonlyargs)
	}
	if b.futureAnnotations {
		b.exitBlock()
	}
	if returns != nil {
		b.visitAnnotation(returns)
	}
}

func (b *builder) visitArgAnnotations(args []*ast.Arg) {
	for _, p := range args {
		if p != nil {
			b.visitExpr(p.Annotation)
		}
	}
}

func (b *builder) visitAnnotation(e ast.Expr) {
	if e == nil || b.err != nil {
		return
	}
	if b.futureAnnotations {
		b.enterBlock("_annotation", annotation, nil, locOf(e.GetPos()))
	}
	b.visitExpr(e)
	if b.futureAnnotations {
		b.exitBlock()
	}
}
