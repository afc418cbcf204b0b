package compiler

// This file compiles function, lambda and class definitions: defaults,
// annotations, decorators, closures and the class body protocol
// (__module__, __qualname__, __classcell__).

import (
	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/symtable"
)

func (c *compiler) checkDebugArgs(a *ast.Arguments) {
	check := func(x *ast.Arg) {
		if x != nil && x.Arg == "__debug__" {
			c.errorAt(&x.Pos, "cannot assign to __debug__")
		}
	}
	for _, x := range a.Posonlyargs {
		check(x)
	}
	for _, x := range a.Args {
		check(x)
	}
	check(a.Vararg)
	for _, x := range a.Kwonlyargs {
		check(x)
	}
	check(a.Kwarg)
}

func (c *compiler) function(s ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decos []ast.Expr, returns ast.Expr, async bool) {
	if args == nil {
		c.error("invalid AST: function without arguments")
	}
	st := scopeFunction
	if async {
		st = scopeAsyncFunction
	}
	c.checkDebugArgs(args)
	c.visitExprs(decos)
	firstLine := s.GetPos().Lineno
	if len(decos) > 0 {
		firstLine = exprPos(decos[0]).Lineno
	}
	flags := c.defaultArguments(args)
	if c.annotations(args, returns) {
		flags |= 4
	}
	c.enterScope(name, st, c.top.Lookup(s), firstLine)
	doc, hasDoc := docstring(body)
	if hasDoc && c.opts.Optimize < 2 {
		c.addConst(doc)
	} else {
		hasDoc = false
		c.addConst(ast.None)
	}
	c.u.argCount = len(args.Args)
	c.u.posOnlyArgCount = len(args.Posonlyargs)
	c.u.kwOnlyArgCount = len(args.Kwonlyargs)
	i := 0
	if hasDoc {
		i = 1
	}
	for ; i < len(body); i++ {
		c.visitStmt(body[i])
	}
	code := c.assemble(true)
	qualname := c.u.qualname
	c.exitScope()
	c.makeClosure(code, flags, qualname)
	c.applyDecorators(decos)
	c.nameOp(name, ast.Store)
}

func (c *compiler) applyDecorators(decos []ast.Expr) {
	saved := c.u.loc
	for i := len(decos) - 1; i >= 0; i-- {
		c.setLoc(exprPos(decos[i]))
		c.emitI(bytecode.CALL, 0)
	}
	c.u.loc = saved
}

// defaultArguments pushes the defaults tuple and kw-defaults dict and
// returns the MAKE_FUNCTION flags for them.
func (c *compiler) defaultArguments(a *ast.Arguments) int {
	flags := 0
	if len(a.Defaults) > 0 {
		c.visitExprs(a.Defaults)
		c.emitI(bytecode.BUILD_TUPLE, len(a.Defaults))
		flags |= 1
	}
	var keys ast.TupleValue
	for i, arg := range a.Kwonlyargs {
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			keys = append(keys, ast.Str(symtable.Mangle(c.u.private, arg.Arg)))
			c.visitExpr(a.KwDefaults[i])
		}
	}
	if len(keys) > 0 {
		c.loadConst(keys)
		c.emitI(bytecode.BUILD_CONST_KEY_MAP, len(keys))
		flags |= 2
	}
	return flags
}

// annotations pushes the (name, value, ...) tuple of a function's
// annotations, reporting whether there were any. CPython 3.11 visits the
// positional parameters before the positional-only ones.
func (c *compiler) annotations(a *ast.Arguments, returns ast.Expr) bool {
	n := 0
	one := func(name string, ann ast.Expr) {
		if ann == nil {
			return
		}
		c.loadConst(ast.Str(symtable.Mangle(c.u.private, name)))
		if c.futureFlags&coFutureAnnotations != 0 {
			c.loadConst(ast.Str(unparseAnnotation(ann)))
		} else if st, ok := ann.(*ast.Starred); ok {
			c.visitExpr(st.Value)
			c.emitI(bytecode.UNPACK_SEQUENCE, 1)
		} else {
			c.visitExpr(ann)
		}
		n += 2
	}
	for _, x := range a.Args {
		one(x.Arg, x.Annotation)
	}
	for _, x := range a.Posonlyargs {
		one(x.Arg, x.Annotation)
	}
	if a.Vararg != nil {
		one(a.Vararg.Arg, a.Vararg.Annotation)
	}
	for _, x := range a.Kwonlyargs {
		one(x.Arg, x.Annotation)
	}
	if a.Kwarg != nil {
		one(a.Kwarg.Arg, a.Kwarg.Annotation)
	}
	one("return", returns)
	if n > 0 {
		c.emitI(bytecode.BUILD_TUPLE, n)
		return true
	}
	return false
}

// makeClosure pushes the function object for code: the closure tuple of
// the cells it needs from this scope, then MAKE_FUNCTION.
func (c *compiler) makeClosure(code *bytecode.Code, flags int, qualname string) {
	free := code.Freevars()
	if len(free) > 0 {
		for _, name := range free {
			var arg int
			ref := c.u.ste.ScopeOf(name)
			if c.u.scopeType == scopeClass && name == "__class__" {
				ref = symtable.Cell
			}
			if ref == symtable.Cell {
				arg = c.u.cellvars.add(name)
			} else {
				arg = c.u.cellvars.len() + c.u.freevars.add(name)
			}
			c.emitI(bytecode.LOAD_CLOSURE, arg)
		}
		flags |= 8
		c.emitI(bytecode.BUILD_TUPLE, len(free))
	}
	c.loadConst(code)
	c.emitI(bytecode.MAKE_FUNCTION, flags)
}

func (c *compiler) lambda(e *ast.Lambda) {
	if e.Args == nil {
		c.error("invalid AST: lambda without arguments")
	}
	c.checkDebugArgs(e.Args)
	flags := c.defaultArguments(e.Args)
	c.enterScope("<lambda>", scopeLambda, c.top.Lookup(e), e.Lineno)
	c.addConst(ast.None)
	c.u.argCount = len(e.Args.Args)
	c.u.posOnlyArgCount = len(e.Args.Posonlyargs)
	c.u.kwOnlyArgCount = len(e.Args.Kwonlyargs)
	saved := c.u.loc
	c.visitExpr(e.Body)
	c.u.loc = saved
	var code *bytecode.Code
	if c.u.ste.IsGenerator {
		code = c.assemble(false)
	} else {
		c.emit(bytecode.RETURN_VALUE)
		code = c.assemble(true)
	}
	qualname := c.u.qualname
	c.exitScope()
	c.makeClosure(code, flags, qualname)
}

func (c *compiler) class(s *ast.ClassDef) {
	c.visitExprs(s.DecoratorList)
	firstLine := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstLine = exprPos(s.DecoratorList[0]).Lineno
	}
	c.enterScope(s.Name, scopeClass, c.top.Lookup(s), firstLine)
	c.u.private = s.Name
	c.nameOp("__name__", ast.Load)
	c.nameOp("__module__", ast.Store)
	c.loadConst(ast.Str(c.u.qualname))
	c.nameOp("__qualname__", ast.Store)
	c.body(s.Body)
	c.unsetLoc()
	if c.u.ste.NeedsClassClosure {
		c.emitI(bytecode.LOAD_CLOSURE, c.u.cellvars.add("__class__"))
		c.emitI(bytecode.COPY, 1)
		c.nameOp("__classcell__", ast.Store)
	} else {
		c.loadConst(ast.None)
	}
	c.emit(bytecode.RETURN_VALUE)
	code := c.assemble(true)
	c.exitScope()

	c.emit(bytecode.LOAD_BUILD_CLASS)
	c.emit(bytecode.PUSH_NULL)
	c.makeClosure(code, 0, "")
	c.loadConst(ast.Str(s.Name))
	c.callHelper(2, s.Bases, s.Keywords)
	c.applyDecorators(s.DecoratorList)
	c.nameOp(s.Name, ast.Store)
}
