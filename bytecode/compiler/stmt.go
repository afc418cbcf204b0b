package compiler

// This file generates code for simple statements, conditionals, loops and
// imports (compiler_visit_stmt and helpers).

import (
	"math/big"
	"strings"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/symtable"
)

func (c *compiler) visitStmts(stmts []ast.Stmt) {
	for _, s := range stmts {
		c.visitStmt(s)
	}
}

func (c *compiler) visitStmt(s ast.Stmt) {
	if s == nil {
		c.errorAt(nil, "invalid AST: nil statement")
	}
	c.setLoc(s.GetPos())
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *ast.AsyncFunctionDef:
		c.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *ast.ClassDef:
		c.class(s)
	case *ast.Return:
		c.returnStmt(s)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.visitExpr(t)
		}
	case *ast.Assign:
		c.visitExpr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emitI(bytecode.COPY, 1)
			}
			c.visitExpr(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.For:
		c.forStmt(s)
	case *ast.AsyncFor:
		c.asyncFor(s)
	case *ast.While:
		c.whileStmt(s)
	case *ast.If:
		c.ifStmt(s)
	case *ast.Match:
		c.match(s)
	case *ast.Raise:
		n := 0
		if s.Exc != nil {
			c.visitExpr(s.Exc)
			n++
			if s.Cause != nil {
				c.visitExpr(s.Cause)
				n++
			}
		}
		c.emitI(bytecode.RAISE_VARARGS, n)
		c.nextBlock()
	case *ast.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
		} else {
			c.tryExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *ast.TryStar:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
		} else {
			c.tryStarExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *ast.Assert:
		c.assert(s)
	case *ast.Import:
		c.importStmt(s)
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.Global, *ast.Nonlocal:
	case *ast.ExprStmt:
		c.exprStmt(s.Value)
	case *ast.Pass:
		c.emit(bytecode.NOP)
	case *ast.Break:
		c.breakStmt()
	case *ast.Continue:
		c.continueStmt()
	case *ast.With:
		c.with(s, s.Items, s.Body, 0, false)
	case *ast.AsyncWith:
		c.with(s, s.Items, s.Body, 0, true)
	default:
		c.errorAt(s.GetPos(), "invalid AST: unexpected statement %T", s)
	}
}

func (c *compiler) exprStmt(v ast.Expr) {
	if c.interactive && len(c.stack) == 0 {
		c.visitExpr(v)
		c.emit(bytecode.PRINT_EXPR)
		return
	}
	if _, ok := v.(*ast.Constant); ok {
		c.emit(bytecode.NOP)
		return
	}
	c.visitExpr(v)
	c.unsetLoc()
	c.emit(bytecode.POP_TOP)
}

func (c *compiler) ifStmt(s *ast.If) {
	end := c.newBlock()
	next := end
	if len(s.Orelse) > 0 {
		next = c.newBlock()
	}
	c.jumpIf(s.Test, next, false)
	c.visitStmts(s.Body)
	if len(s.Orelse) > 0 {
		c.emitJumpNoLine(bytecode.JUMP, end)
		c.useNextBlock(next)
		c.visitStmts(s.Orelse)
	}
	c.useNextBlock(end)
}

func (c *compiler) forStmt(s *ast.For) {
	start, body, cleanup, end := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.pushFblock(fbForLoop, start, end, nil, s.GetPos())
	c.visitExpr(s.Iter)
	c.emit(bytecode.GET_ITER)
	c.useNextBlock(start)
	c.emitJump(bytecode.FOR_ITER, cleanup)
	c.useNextBlock(body)
	c.visitExpr(s.Target)
	c.visitStmts(s.Body)
	c.unsetLoc()
	c.emitJump(bytecode.JUMP, start)
	c.useNextBlock(cleanup)
	c.popFblock()
	c.visitStmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) asyncFor(s *ast.AsyncFor) {
	if c.isTopLevelAwait() {
		c.u.ste.IsCoroutine = true
	} else if c.u.scopeType != scopeAsyncFunction {
		c.error("'async for' outside async function")
	}
	start, except, end := c.newBlock(), c.newBlock(), c.newBlock()
	c.visitExpr(s.Iter)
	c.emit(bytecode.GET_AITER)
	c.useNextBlock(start)
	c.pushFblock(fbForLoop, start, end, nil, s.GetPos())
	c.emitJump(bytecode.SETUP_FINALLY, except)
	c.emit(bytecode.GET_ANEXT)
	c.loadConst(ast.None)
	c.yieldFrom(true)
	c.emit(bytecode.POP_BLOCK)
	c.visitExpr(s.Target)
	c.visitStmts(s.Body)
	c.unsetLoc()
	c.emitJump(bytecode.JUMP, start)
	c.popFblock()
	c.useNextBlock(except)
	c.setLoc(s.Iter.GetPos())
	c.emit(bytecode.END_ASYNC_FOR)
	c.visitStmts(s.Orelse)
	c.useNextBlock(end)
}

// whileStmt tests at the top and again at the bottom like CPython 3.11;
// since conditional jumps only go forward here, the bottom test jumps out
// and a JUMP_BACKWARD returns to the body.
func (c *compiler) whileStmt(s *ast.While) {
	loop, body, anchor, end := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.useNextBlock(loop)
	c.pushFblock(fbWhileLoop, loop, end, nil, s.GetPos())
	c.jumpIf(s.Test, anchor, false)
	c.useNextBlock(body)
	c.visitStmts(s.Body)
	c.setLoc(s.GetPos())
	c.jumpIf(s.Test, anchor, false)
	c.emitJump(bytecode.JUMP, body)
	c.popFblock()
	c.useNextBlock(anchor)
	c.visitStmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) returnStmt(s *ast.Return) {
	_, isConst := s.Value.(*ast.Constant)
	preserveTOS := s.Value != nil && !isConst
	if c.u.ste.Kind != symtable.Function {
		c.error("'return' outside function")
	}
	if s.Value != nil && c.u.ste.IsCoroutine && c.u.ste.IsGenerator {
		c.error("'return' with value in async generator")
	}
	if preserveTOS {
		c.visitExpr(s.Value)
	} else if s.Value != nil {
		c.setLoc(s.Value.GetPos())
		c.emit(bytecode.NOP)
	}
	if s.Value == nil || s.Value.GetPos().Lineno != s.Lineno {
		c.setLoc(s.GetPos())
		c.emit(bytecode.NOP)
	}
	c.unwindFblockStack(preserveTOS, false)
	if s.Value == nil {
		c.loadConst(ast.None)
	} else if !preserveTOS {
		c.loadConst(s.Value.(*ast.Constant).Value)
	}
	c.emit(bytecode.RETURN_VALUE)
	c.nextBlock()
	c.u.cur.returned = true
}

func (c *compiler) breakStmt() {
	c.emit(bytecode.NOP)
	loop := c.unwindFblockStack(false, true)
	if loop == nil {
		c.error("'break' outside loop")
	}
	c.unwindFblock(loop, false)
	c.emitJump(bytecode.JUMP, loop.exit)
	c.nextBlock()
}

func (c *compiler) continueStmt() {
	c.emit(bytecode.NOP)
	loop := c.unwindFblockStack(false, true)
	if loop == nil {
		c.error("'continue' not properly in loop")
	}
	c.emitJump(bytecode.JUMP, loop.block)
	c.nextBlock()
}

func (c *compiler) assert(s *ast.Assert) {
	if c.opts.Optimize > 0 {
		return
	}
	end := c.newBlock()
	c.jumpIf(s.Test, end, true)
	c.emit(bytecode.LOAD_ASSERTION_ERROR)
	if s.Msg != nil {
		c.visitExpr(s.Msg)
		c.emitI(bytecode.CALL, 0)
	}
	c.emitI(bytecode.RAISE_VARARGS, 1)
	c.useNextBlock(end)
}

func (c *compiler) importStmt(s *ast.Import) {
	for _, a := range s.Names {
		c.loadConst(big.NewInt(0))
		c.loadConst(ast.None)
		c.emitName(bytecode.IMPORT_NAME, a.Name)
		if a.Asname != "" {
			c.importAs(a.Name, a.Asname)
			continue
		}
		store := a.Name
		if i := strings.IndexByte(store, '.'); i >= 0 {
			store = store[:i]
		}
		c.nameOp(store, ast.Store)
	}
}

func (c *compiler) importAs(name, asname string) {
	dot := strings.IndexByte(name, '.')
	if dot < 0 {
		c.nameOp(asname, ast.Store)
		return
	}
	rest := name[dot+1:]
	for {
		attr := rest
		i := strings.IndexByte(rest, '.')
		if i >= 0 {
			attr = rest[:i]
		}
		c.emitI(bytecode.IMPORT_FROM, c.u.names.add(attr))
		if i < 0 {
			break
		}
		rest = rest[i+1:]
		c.emitI(bytecode.SWAP, 2)
		c.emit(bytecode.POP_TOP)
	}
	c.nameOp(asname, ast.Store)
	c.emit(bytecode.POP_TOP)
}

func (c *compiler) importFrom(s *ast.ImportFrom) {
	c.loadConst(big.NewInt(int64(s.Level)))
	names := make(ast.TupleValue, len(s.Names))
	for i, a := range s.Names {
		names[i] = ast.Str(a.Name)
	}
	if s.Lineno > c.top.Future.Lineno && s.Module == "__future__" {
		c.error("from __future__ imports must occur at the beginning of the file")
	}
	c.loadConst(names)
	c.emitName(bytecode.IMPORT_NAME, s.Module)
	for i, a := range s.Names {
		if i == 0 && strings.HasPrefix(a.Name, "*") {
			c.emit(bytecode.IMPORT_STAR)
			return
		}
		c.emitName(bytecode.IMPORT_FROM, a.Name)
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		c.nameOp(store, ast.Store)
	}
	c.emit(bytecode.POP_TOP)
}

// augAssign compiles "target op= value".
func (c *compiler) augAssign(s *ast.AugAssign) {
	saved := c.u.loc
	c.setLoc(s.Target.GetPos())
	switch t := s.Target.(type) {
	case *ast.Attribute:
		c.visitExpr(t.Value)
		c.emitI(bytecode.COPY, 1)
		c.updateStartLocationToMatchAttr(t)
		c.emitLoadAttr(t.Attr, false)
	case *ast.Subscript:
		c.visitExpr(t.Value)
		if isTwoElementSlice(t.Slice) {
			c.slice2(t.Slice.(*ast.Slice))
			c.emitI(bytecode.COPY, 3)
			c.emitI(bytecode.COPY, 3)
			c.emitI(bytecode.COPY, 3)
			c.emit(bytecode.BINARY_SLICE)
		} else {
			c.visitExpr(t.Slice)
			c.emitI(bytecode.COPY, 2)
			c.emitI(bytecode.COPY, 2)
			c.emit(bytecode.BINARY_SUBSCR)
		}
	case *ast.Name:
		c.nameOp(t.Id, ast.Load)
	default:
		c.errorAt(s.GetPos(), "invalid AST: bad augmented assignment target %T", t)
	}
	c.u.loc = saved
	c.visitExpr(s.Value)
	c.emitI(bytecode.BINARY_OP, inplaceOp(s.Op))
	c.setLoc(s.Target.GetPos())
	switch t := s.Target.(type) {
	case *ast.Attribute:
		c.updateStartLocationToMatchAttr(t)
		c.emitI(bytecode.SWAP, 2)
		c.emitName(bytecode.STORE_ATTR, t.Attr)
	case *ast.Subscript:
		if isTwoElementSlice(t.Slice) {
			c.emitI(bytecode.SWAP, 4)
			c.emitI(bytecode.SWAP, 3)
			c.emitI(bytecode.SWAP, 2)
			c.emit(bytecode.STORE_SLICE)
		} else {
			c.emitI(bytecode.SWAP, 3)
			c.emitI(bytecode.SWAP, 2)
			c.emit(bytecode.STORE_SUBSCR)
		}
	case *ast.Name:
		c.nameOp(t.Id, ast.Store)
	}
}

func (c *compiler) annAssign(s *ast.AnnAssign) {
	if s.Value != nil {
		c.visitExpr(s.Value)
		c.visitExpr(s.Target)
	}
	moduleOrClass := c.u.scopeType == scopeModule || c.u.scopeType == scopeClass
	future := c.futureFlags&coFutureAnnotations != 0
	switch t := s.Target.(type) {
	case *ast.Name:
		if t.Id == "__debug__" {
			c.error("cannot assign to __debug__")
		}
		if s.Simple != 0 && moduleOrClass {
			c.annotationExpr(s.Annotation)
			c.emitName(bytecode.LOAD_NAME, "__annotations__")
			c.loadConst(ast.Str(symtable.Mangle(c.u.private, t.Id)))
			c.emit(bytecode.STORE_SUBSCR)
		}
	case *ast.Attribute:
		if t.Attr == "__debug__" {
			c.error("cannot assign to __debug__")
		}
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
		}
	case *ast.Subscript:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
			c.checkAnnSubscr(t.Slice)
		}
	default:
		c.errorAt(s.GetPos(), "invalid AST: bad annotated assignment target %T", t)
	}
	if s.Simple == 0 && !future && moduleOrClass {
		c.checkAnnExpr(s.Annotation)
	}
}

// annotationExpr evaluates an annotation, or loads its source text under
// "from __future__ import annotations".
func (c *compiler) annotationExpr(e ast.Expr) {
	if c.futureFlags&coFutureAnnotations != 0 {
		c.loadConst(ast.Str(unparseAnnotation(e)))
		return
	}
	c.visitExpr(e)
}

func (c *compiler) checkAnnExpr(e ast.Expr) {
	c.visitExpr(e)
	c.emit(bytecode.POP_TOP)
}

func (c *compiler) checkAnnSubscr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Slice:
		for _, x := range []ast.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				c.checkAnnExpr(x)
			}
		}
	case *ast.Tuple:
		for _, x := range e.Elts {
			c.checkAnnSubscr(x)
		}
	default:
		c.checkAnnExpr(e)
	}
}

// isTopLevelAwait: top-level await is only allowed with
// PyCF_ALLOW_TOP_LEVEL_AWAIT, which pyjit's compile does not offer.
func (c *compiler) isTopLevelAwait() bool { return false }
