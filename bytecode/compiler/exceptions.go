package compiler

// This file compiles the statements that need the frame-block stack:
// try/except/finally, except*, with and async with, and the unwinding that
// return, break and continue perform through them (CPython 3.11's
// compiler_unwind_fblock and friends).

import (
	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/ast"
)

type fblockType int

const (
	fbWhileLoop fblockType = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
	fbAsyncComprehensionGenerator
)

// fblock is an entry of the static block stack.
type fblock struct {
	kind  fblockType
	block *block
	exit  *block
	// finalBody is the finally body of fbFinallyTry; name the bound name
	// of fbHandlerCleanup; stmt the with statement of fbWith/fbAsyncWith.
	finalBody []ast.Stmt
	name      string
	hasName   bool
	pos       *ast.Pos
}

func (c *compiler) pushFblock(kind fblockType, b, exit *block, finalBody []ast.Stmt, pos *ast.Pos) *fblock {
	if len(c.u.fblocks) >= maxBlocks {
		c.error("too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind: kind, block: b, exit: exit, finalBody: finalBody, pos: pos})
	return &c.u.fblocks[len(c.u.fblocks)-1]
}

func (c *compiler) popFblock() {
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
}

// unwindFblock emits the code that leaves info's block early.
func (c *compiler) unwindFblock(info *fblock, preserveTOS bool) {
	switch info.kind {
	case fbWhileLoop, fbExceptionHandler, fbExceptionGroupHandler, fbAsyncComprehensionGenerator:
	case fbForLoop:
		if preserveTOS {
			c.emitI(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_TOP)
	case fbTryExcept:
		c.emit(bytecode.POP_BLOCK)
	case fbFinallyTry:
		c.emit(bytecode.POP_BLOCK)
		if preserveTOS {
			c.pushFblock(fbPopValue, nil, nil, nil, nil)
		}
		c.visitStmts(info.finalBody)
		if preserveTOS {
			c.popFblock()
		}
		c.unsetLoc()
	case fbFinallyEnd:
		if preserveTOS {
			c.emitI(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_TOP)
		if preserveTOS {
			c.emitI(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_BLOCK)
		c.emit(bytecode.POP_EXCEPT)
	case fbWith, fbAsyncWith:
		c.setLoc(info.pos)
		c.emit(bytecode.POP_BLOCK)
		if preserveTOS {
			c.emitI(bytecode.SWAP, 2)
		}
		c.callExitWithNones()
		if info.kind == fbAsyncWith {
			c.emitI(bytecode.GET_AWAITABLE, 2)
			c.loadConst(ast.None)
			c.yieldFrom(true)
		}
		c.emit(bytecode.POP_TOP)
		c.unsetLoc()
	case fbHandlerCleanup:
		if info.hasName {
			c.emit(bytecode.POP_BLOCK)
		}
		if preserveTOS {
			c.emitI(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_BLOCK)
		c.emit(bytecode.POP_EXCEPT)
		if info.hasName {
			c.loadConst(ast.None)
			c.nameOp(info.name, ast.Store)
			c.nameOp(info.name, ast.Del)
		}
	case fbPopValue:
		if preserveTOS {
			c.emitI(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_TOP)
	}
}

// unwindFblockStack unwinds every block (or, with stopAtLoop, up to the
// innermost loop, which it returns unpopped).
func (c *compiler) unwindFblockStack(preserveTOS, stopAtLoop bool) *fblock {
	n := len(c.u.fblocks)
	if n == 0 {
		return nil
	}
	top := c.u.fblocks[n-1]
	if top.kind == fbExceptionGroupHandler {
		c.error("'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if stopAtLoop && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
		t := top
		return &t
	}
	c.u.fblocks = c.u.fblocks[:n-1]
	c.unwindFblock(&top, preserveTOS)
	loop := c.unwindFblockStack(preserveTOS, stopAtLoop)
	c.u.fblocks = append(c.u.fblocks, top)
	return loop
}

// popExceptAndReraise is the cleanup handler of every handler:
// COPY 3; POP_EXCEPT; RERAISE 1.
func (c *compiler) popExceptAndReraise() {
	c.emitI(bytecode.COPY, 3)
	c.emit(bytecode.POP_EXCEPT)
	c.emitI(bytecode.RERAISE, 1)
}

func (c *compiler) tryFinally(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, finalbody []ast.Stmt, star bool) {
	bodyB, end, exit, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.emitJump(bytecode.SETUP_FINALLY, end)
	c.useNextBlock(bodyB)
	c.pushFblock(fbFinallyTry, bodyB, end, finalbody, nil)
	switch {
	case len(handlers) > 0 && star:
		c.tryStarExcept(body, handlers, orelse)
	case len(handlers) > 0:
		c.tryExcept(body, handlers, orelse)
	default:
		c.visitStmts(body)
	}
	c.emitNoLine(bytecode.POP_BLOCK)
	c.popFblock()
	c.visitStmts(finalbody)
	c.emitJumpNoLine(bytecode.JUMP, exit)

	c.useNextBlock(end)
	c.unsetLoc()
	c.emitJump(bytecode.SETUP_CLEANUP, cleanup)
	c.emit(bytecode.PUSH_EXC_INFO)
	c.pushFblock(fbFinallyEnd, end, nil, nil, nil)
	c.visitStmts(finalbody)
	c.popFblock()
	c.emitI(bytecode.RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(exit)
}

func (c *compiler) tryExcept(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse []ast.Stmt) {
	bodyB, except, end, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.emitJump(bytecode.SETUP_FINALLY, except)
	c.useNextBlock(bodyB)
	c.pushFblock(fbTryExcept, bodyB, nil, nil, nil)
	c.visitStmts(body)
	c.popFblock()
	c.emitNoLine(bytecode.POP_BLOCK)
	c.visitStmts(orelse)
	c.emitJumpNoLine(bytecode.JUMP, end)
	c.useNextBlock(except)

	c.unsetLoc()
	c.emitJump(bytecode.SETUP_CLEANUP, cleanup)
	c.emit(bytecode.PUSH_EXC_INFO)
	c.pushFblock(fbExceptionHandler, nil, nil, nil, nil)
	n := len(handlers)
	for i, h := range handlers {
		c.setLoc(&h.Pos)
		if h.Type == nil && i < n-1 {
			c.error("default 'except:' must be last")
		}
		next := c.newBlock()
		if h.Type != nil {
			c.visitExpr(h.Type)
			c.emit(bytecode.CHECK_EXC_MATCH)
			c.emitJump(bytecode.POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			cleanupEnd, cleanupBody := c.newBlock(), c.newBlock()
			c.nameOp(h.Name, ast.Store)
			c.emitJump(bytecode.SETUP_CLEANUP, cleanupEnd)
			c.useNextBlock(cleanupBody)
			fb := c.pushFblock(fbHandlerCleanup, cleanupBody, nil, nil, nil)
			fb.name, fb.hasName = h.Name, true
			c.visitStmts(h.Body)
			c.popFblock()
			c.unsetLoc()
			c.emit(bytecode.POP_BLOCK)
			c.emit(bytecode.POP_BLOCK)
			c.emit(bytecode.POP_EXCEPT)
			c.loadConst(ast.None)
			c.nameOp(h.Name, ast.Store)
			c.nameOp(h.Name, ast.Del)
			c.emitJump(bytecode.JUMP, end)

			c.useNextBlock(cleanupEnd)
			c.unsetLoc()
			c.loadConst(ast.None)
			c.nameOp(h.Name, ast.Store)
			c.nameOp(h.Name, ast.Del)
			c.emitI(bytecode.RERAISE, 1)
		} else {
			cleanupBody := c.newBlock()
			c.emit(bytecode.POP_TOP)
			c.useNextBlock(cleanupBody)
			c.pushFblock(fbHandlerCleanup, cleanupBody, nil, nil, nil)
			c.visitStmts(h.Body)
			c.popFblock()
			c.unsetLoc()
			c.emit(bytecode.POP_BLOCK)
			c.emit(bytecode.POP_EXCEPT)
			c.emitJump(bytecode.JUMP, end)
		}
		c.useNextBlock(next)
	}
	c.unsetLoc()
	c.popFblock()
	c.emitI(bytecode.RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(end)
}

func (c *compiler) tryStarExcept(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse []ast.Stmt) {
	bodyB, except, orelseB, end, cleanup, reraiseStar := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.emitJump(bytecode.SETUP_FINALLY, except)
	c.useNextBlock(bodyB)
	c.pushFblock(fbTryExcept, bodyB, nil, nil, nil)
	c.visitStmts(body)
	c.popFblock()
	c.emitNoLine(bytecode.POP_BLOCK)
	c.emitJumpNoLine(bytecode.JUMP, orelseB)
	c.useNextBlock(except)

	c.unsetLoc()
	c.emitJump(bytecode.SETUP_CLEANUP, cleanup)
	c.emit(bytecode.PUSH_EXC_INFO)
	c.pushFblock(fbExceptionGroupHandler, nil, nil, nil, nil)
	n := len(handlers)
	for i, h := range handlers {
		c.setLoc(&h.Pos)
		next := c.newBlock()
		exceptWithError := c.newBlock()
		noMatch := c.newBlock()
		if i == 0 {
			c.emitI(bytecode.COPY, 1)
			c.emitI(bytecode.BUILD_LIST, 0)
			c.emitI(bytecode.SWAP, 2)
		}
		if h.Type != nil {
			c.visitExpr(h.Type)
			c.emit(bytecode.CHECK_EG_MATCH)
			c.emitI(bytecode.COPY, 1)
			c.emitJump(bytecode.POP_JUMP_IF_NONE, noMatch)
		}
		cleanupEnd, cleanupBody := c.newBlock(), c.newBlock()
		if h.Name != "" {
			c.nameOp(h.Name, ast.Store)
		} else {
			c.emit(bytecode.POP_TOP)
		}
		c.emitJump(bytecode.SETUP_CLEANUP, cleanupEnd)
		c.useNextBlock(cleanupBody)
		fb := c.pushFblock(fbHandlerCleanup, cleanupBody, nil, nil, nil)
		fb.name, fb.hasName = h.Name, h.Name != ""
		c.visitStmts(h.Body)
		c.popFblock()
		c.emit(bytecode.POP_BLOCK)
		if h.Name != "" {
			c.loadConst(ast.None)
			c.nameOp(h.Name, ast.Store)
			c.nameOp(h.Name, ast.Del)
		}
		c.emitJump(bytecode.JUMP, next)

		c.useNextBlock(cleanupEnd)
		c.unsetLoc()
		if h.Name != "" {
			c.loadConst(ast.None)
			c.nameOp(h.Name, ast.Store)
			c.nameOp(h.Name, ast.Del)
		}
		c.emitI(bytecode.LIST_APPEND, 3)
		c.emit(bytecode.POP_TOP)
		c.emitJump(bytecode.JUMP, exceptWithError)
		c.useNextBlock(next)
		c.emit(bytecode.NOP)
		c.emitJump(bytecode.JUMP, exceptWithError)
		c.useNextBlock(noMatch)
		c.emit(bytecode.POP_TOP)
		c.useNextBlock(exceptWithError)
		if i == n-1 {
			c.emitI(bytecode.LIST_APPEND, 1)
			c.emitJump(bytecode.JUMP, reraiseStar)
		}
	}
	c.unsetLoc()
	c.popFblock()
	reraise := c.newBlock()
	c.useNextBlock(reraiseStar)
	c.emit(bytecode.PREP_RERAISE_STAR)
	c.emitI(bytecode.COPY, 1)
	c.emitJump(bytecode.POP_JUMP_IF_NOT_NONE, reraise)
	c.emit(bytecode.POP_TOP)
	c.emit(bytecode.POP_BLOCK)
	c.emit(bytecode.POP_EXCEPT)
	c.emitJump(bytecode.JUMP, end)
	c.useNextBlock(reraise)
	c.emit(bytecode.POP_BLOCK)
	c.emitI(bytecode.SWAP, 2)
	c.emit(bytecode.POP_EXCEPT)
	c.emitI(bytecode.RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(orelseB)
	c.visitStmts(orelse)
	c.useNextBlock(end)
}

// callExitWithNones calls __exit__(None, None, None): with the exit
// function below three Nones, the first None is passed as "self".
func (c *compiler) callExitWithNones() {
	c.loadConst(ast.None)
	c.loadConst(ast.None)
	c.loadConst(ast.None)
	c.emitI(bytecode.CALL, 2)
}

// with compiles items[pos:] of a (async) with statement around body.
func (c *compiler) with(s ast.Stmt, items []*ast.Withitem, body []ast.Stmt, pos int, async bool) {
	if async {
		if c.isTopLevelAwait() {
			c.u.ste.IsCoroutine = true
		} else if c.u.scopeType != scopeAsyncFunction {
			c.error("'async with' outside async function")
		}
	}
	item := items[pos]
	blockB, final, exit, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.visitExpr(item.ContextExpr)
	kind := fbWith
	if async {
		c.emit(bytecode.BEFORE_ASYNC_WITH)
		c.emitI(bytecode.GET_AWAITABLE, 1)
		c.loadConst(ast.None)
		c.yieldFrom(true)
		kind = fbAsyncWith
	} else {
		c.emit(bytecode.BEFORE_WITH)
	}
	c.emitJump(bytecode.SETUP_WITH, final)
	c.useNextBlock(blockB)
	c.pushFblock(kind, blockB, final, nil, s.GetPos())
	if item.OptionalVars != nil {
		c.visitExpr(item.OptionalVars)
	} else {
		c.emit(bytecode.POP_TOP)
	}
	pos++
	if pos == len(items) {
		c.visitStmts(body)
	} else {
		c.with(s, items, body, pos, async)
	}
	c.unsetLoc()
	c.emit(bytecode.POP_BLOCK)
	c.popFblock()

	c.setLoc(s.GetPos())
	c.callExitWithNones()
	if async {
		c.emitI(bytecode.GET_AWAITABLE, 2)
		c.loadConst(ast.None)
		c.yieldFrom(true)
	}
	c.emit(bytecode.POP_TOP)
	c.emitJump(bytecode.JUMP, exit)

	c.useNextBlock(final)
	c.emitJump(bytecode.SETUP_CLEANUP, cleanup)
	c.emit(bytecode.PUSH_EXC_INFO)
	c.emit(bytecode.WITH_EXCEPT_START)
	if async {
		c.emitI(bytecode.GET_AWAITABLE, 2)
		c.loadConst(ast.None)
		c.yieldFrom(true)
	}
	c.withExceptFinish(cleanup)
	c.useNextBlock(exit)
}

func (c *compiler) withExceptFinish(cleanup *block) {
	c.unsetLoc()
	exit := c.newBlock()
	c.emitJump(bytecode.POP_JUMP_IF_TRUE, exit)
	c.nextBlock()
	c.emitI(bytecode.RERAISE, 2)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(exit)
	c.emit(bytecode.POP_TOP)
	c.emit(bytecode.POP_BLOCK)
	c.emit(bytecode.POP_EXCEPT)
	c.emit(bytecode.POP_TOP)
	c.emit(bytecode.POP_TOP)
}

// yieldFrom emits the SEND/YIELD_VALUE loop of yield from and await.
func (c *compiler) yieldFrom(await bool) {
	start, resume, exit := c.newBlock(), c.newBlock(), c.newBlock()
	c.useNextBlock(start)
	c.emitJump(bytecode.SEND, exit)
	c.useNextBlock(resume)
	c.emit(bytecode.YIELD_VALUE)
	if await {
		c.emitI(bytecode.RESUME, 3)
	} else {
		c.emitI(bytecode.RESUME, 2)
	}
	c.emitJump(bytecode.JUMP_NO_INTERRUPT, start)
	c.useNextBlock(exit)
}
