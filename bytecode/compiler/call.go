package compiler

// This file compiles calls in pyjit's convention (CPython 3.13's): the
// stack holds callable, self_or_null, then the arguments; CALL n, CALL_KW n
// (with a constant tuple of keyword names on top) or CALL_FUNCTION_EX.

import (
	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/ast"
)

func (c *compiler) call(e *ast.Call) {
	if c.methodCall(e) {
		return
	}
	saved := c.u.loc
	if n, ok := e.Func.(*ast.Name); ok && n.Ctx != ast.Store && n.Ctx != ast.Del {
		// A global callee pushes its NULL itself (LOAD_GLOBAL's low bit).
		c.setLoc(&n.Pos)
		if !c.nameOpFull(n.Id, ast.Load, true) {
			c.emit(bytecode.PUSH_NULL)
		}
	} else {
		c.visitExpr(e.Func)
		c.setLoc(exprPos(e.Func))
		c.emit(bytecode.PUSH_NULL)
	}
	c.u.loc = saved
	c.callHelper(0, e.Args, e.Keywords)
}

// methodCall compiles obj.meth(args) with LOAD_ATTR's method bit, when the
// call has no starred arguments and few enough of them
// (maybe_optimize_method_call).
func (c *compiler) methodCall(e *ast.Call) bool {
	meth, ok := e.Func.(*ast.Attribute)
	if !ok || meth.Ctx != ast.Load {
		return false
	}
	nargs, nkw := len(e.Args), len(e.Keywords)
	extra := 0
	if nkw != 0 {
		extra = 1
	}
	if nargs+nkw+extra >= stackUseGuideline {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			return false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	c.visitExpr(meth.Value)
	saved := c.u.loc
	c.updateStartLocationToMatchAttr(meth)
	c.emitLoadAttr(meth.Attr, true)
	c.visitExprs(e.Args)
	if nkw > 0 {
		c.validateKeywords(e.Keywords)
		for _, k := range e.Keywords {
			c.visitExpr(k.Value)
		}
		c.updateStartLocationToMatchAttr(meth)
		c.callKwNames(e.Keywords)
		c.emitI(bytecode.CALL_KW, nargs+nkw)
	} else {
		c.updateStartLocationToMatchAttr(meth)
		c.emitI(bytecode.CALL, nargs)
	}
	c.u.loc = saved
	return true
}

// callKwNames loads the tuple of keyword names for CALL_KW.
func (c *compiler) callKwNames(kws []*ast.Keyword) {
	names := make(ast.TupleValue, len(kws))
	for i, k := range kws {
		names[i] = ast.Str(k.Arg)
	}
	c.loadConst(names)
}

func (c *compiler) validateKeywords(kws []*ast.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		if k.Arg == "__debug__" {
			c.errorAt(&k.Pos, "cannot assign to __debug__")
		}
		for _, o := range kws[i+1:] {
			if o.Arg == k.Arg {
				c.errorAt(&o.Pos, "keyword argument repeated: %s", k.Arg)
			}
		}
	}
}

// callHelper pushes the arguments and emits the call; n arguments are
// already on the stack (compiler_call_helper).
func (c *compiler) callHelper(n int, args []ast.Expr, kws []*ast.Keyword) {
	c.validateKeywords(kws)
	nelts, nkw := len(args), len(kws)
	ex := nelts+nkw*2 > stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			ex = true
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			ex = true
		}
	}
	if !ex {
		c.visitExprs(args)
		if nkw > 0 {
			for _, k := range kws {
				c.visitExpr(k.Value)
			}
			c.callKwNames(kws)
			c.emitI(bytecode.CALL_KW, n+nelts+nkw)
		} else {
			c.emitI(bytecode.CALL, n+nelts)
		}
		return
	}
	if st, ok := singleStarred(args); ok && n == 0 {
		c.visitExpr(st.Value)
	} else {
		c.starunpack(args, n, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true)
	}
	if nkw > 0 {
		haveDict := false
		nseen := 0
		for i, k := range kws {
			if k.Arg == "" {
				if nseen > 0 {
					c.subkwargs(kws[i-nseen : i])
					if haveDict {
						c.emitI(bytecode.DICT_MERGE, 1)
					}
					haveDict = true
					nseen = 0
				}
				if !haveDict {
					c.emitI(bytecode.BUILD_MAP, 0)
					haveDict = true
				}
				c.visitExpr(k.Value)
				c.emitI(bytecode.DICT_MERGE, 1)
			} else {
				nseen++
			}
		}
		if nseen > 0 {
			c.subkwargs(kws[nkw-nseen:])
			if haveDict {
				c.emitI(bytecode.DICT_MERGE, 1)
			}
		}
		c.emitI(bytecode.CALL_FUNCTION_EX, 1)
		return
	}
	c.emitI(bytecode.CALL_FUNCTION_EX, 0)
}

func singleStarred(args []ast.Expr) (*ast.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*ast.Starred)
	return s, ok
}

func (c *compiler) subkwargs(kws []*ast.Keyword) {
	n := len(kws)
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		for _, k := range kws {
			c.visitExpr(k.Value)
		}
		c.callKwNames(kws)
		c.emitI(bytecode.BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.addInstr(bytecode.BUILD_MAP, 0, nil, noLoc)
	}
	for _, k := range kws {
		c.loadConst(ast.Str(k.Arg))
		c.visitExpr(k.Value)
		if big {
			c.addInstr(bytecode.MAP_ADD, 1, nil, noLoc)
		}
	}
	if !big {
		c.emitI(bytecode.BUILD_MAP, n)
	}
}
