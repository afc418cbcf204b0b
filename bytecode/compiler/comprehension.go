package compiler

// This file compiles comprehensions and generator expressions into nested
// code objects called with the outermost iterator, as CPython 3.11 does.

import (
	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/symtable"
)

func (c *compiler) comprehension(e ast.Expr, name string, gens []*ast.Comprehension, elt, val ast.Expr, kind symtable.CompKind) {
	if len(gens) == 0 {
		c.error("invalid AST: comprehension without generators")
	}
	outerScope := c.u.scopeType
	outermost := gens[0]
	pos := exprPos(e)
	c.enterScope(name, scopeComprehension, c.top.Lookup(e), pos.Lineno)
	c.setLoc(pos)
	isAsyncGen := c.u.ste.IsCoroutine
	if isAsyncGen && kind != symtable.GeneratorExpression &&
		outerScope != scopeAsyncFunction && outerScope != scopeComprehension && !c.isTopLevelAwait() {
		c.error("asynchronous comprehension outside of an asynchronous function")
	}
	switch kind {
	case symtable.ListComprehension:
		c.emitI(bytecode.BUILD_LIST, 0)
	case symtable.SetComprehension:
		c.emitI(bytecode.BUILD_SET, 0)
	case symtable.DictComprehension:
		c.emitI(bytecode.BUILD_MAP, 0)
	}
	c.compGenerator(gens, 0, 0, elt, val, kind)
	if kind != symtable.GeneratorExpression {
		c.emit(bytecode.RETURN_VALUE)
	}
	code := c.assemble(true)
	qualname := c.u.qualname
	c.exitScope()
	c.makeClosure(code, 0, qualname)
	c.visitExpr(outermost.Iter)
	if outermost.IsAsync != 0 {
		c.emit(bytecode.GET_AITER)
	} else {
		c.emit(bytecode.GET_ITER)
	}
	c.emitI(bytecode.CALL, 0)
	if isAsyncGen && kind != symtable.GeneratorExpression {
		c.emitI(bytecode.GET_AWAITABLE, 0)
		c.loadConst(ast.None)
		c.yieldFrom(true)
	}
}

func (c *compiler) compGenerator(gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind symtable.CompKind) {
	if gens[i].IsAsync != 0 {
		c.asyncCompGenerator(gens, i, depth, elt, val, kind)
	} else {
		c.syncCompGenerator(gens, i, depth, elt, val, kind)
	}
}

func (c *compiler) syncCompGenerator(gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind symtable.CompKind) {
	start, ifCleanup, anchor := c.newBlock(), c.newBlock(), c.newBlock()
	gen := gens[i]
	if i == 0 {
		c.u.argCount = 1
		c.emitI(bytecode.LOAD_FAST, c.u.varnames.add(".0"))
	} else {
		var elts []ast.Expr
		switch it := gen.Iter.(type) {
		case *ast.List:
			elts = it.Elts
		case *ast.Tuple:
			elts = it.Elts
		}
		if len(elts) == 1 {
			if _, ok := elts[0].(*ast.Starred); !ok {
				c.visitExpr(elts[0])
				start = nil
			}
		}
		if start != nil {
			c.visitExpr(gen.Iter)
			c.emit(bytecode.GET_ITER)
		}
	}
	if start != nil {
		depth++
		c.useNextBlock(start)
		c.emitJump(bytecode.FOR_ITER, anchor)
	}
	c.visitExpr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	if i+1 < len(gens) {
		c.compGenerator(gens, i+1, depth, elt, val, kind)
	} else {
		c.compElement(depth, elt, val, kind)
	}
	c.useNextBlock(ifCleanup)
	if start != nil {
		c.emitJump(bytecode.JUMP, start)
		c.useNextBlock(anchor)
	}
}

func (c *compiler) asyncCompGenerator(gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind symtable.CompKind) {
	start, except, ifCleanup := c.newBlock(), c.newBlock(), c.newBlock()
	gen := gens[i]
	if i == 0 {
		c.u.argCount = 1
		c.emitI(bytecode.LOAD_FAST, c.u.varnames.add(".0"))
	} else {
		c.visitExpr(gen.Iter)
		c.emit(bytecode.GET_AITER)
	}
	c.useNextBlock(start)
	c.pushFblock(fbAsyncComprehensionGenerator, start, nil, nil, nil)
	c.emitJump(bytecode.SETUP_FINALLY, except)
	c.emit(bytecode.GET_ANEXT)
	c.loadConst(ast.None)
	c.yieldFrom(true)
	c.emit(bytecode.POP_BLOCK)
	c.visitExpr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	depth++
	if i+1 < len(gens) {
		c.compGenerator(gens, i+1, depth, elt, val, kind)
	} else {
		c.compElement(depth, elt, val, kind)
	}
	c.useNextBlock(ifCleanup)
	c.emitJump(bytecode.JUMP, start)
	c.popFblock()
	c.useNextBlock(except)
	c.emit(bytecode.END_ASYNC_FOR)
}

func (c *compiler) compElement(depth int, elt, val ast.Expr, kind symtable.CompKind) {
	switch kind {
	case symtable.GeneratorExpression:
		c.visitExpr(elt)
		c.yield()
		c.emit(bytecode.POP_TOP)
	case symtable.ListComprehension:
		c.visitExpr(elt)
		c.emitI(bytecode.LIST_APPEND, depth+1)
	case symtable.SetComprehension:
		c.visitExpr(elt)
		c.emitI(bytecode.SET_ADD, depth+1)
	case symtable.DictComprehension:
		c.visitExpr(elt)
		c.visitExpr(val)
		c.emitI(bytecode.MAP_ADD, depth+1)
	}
}
