package compiler

// This file generates code for expressions (compiler_visit_expr1),
// boolean jumps (compiler_jump_if), displays and unpacking assignments.

import (
	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/astopt"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/symtable"
)

func (c *compiler) visitExprs(es []ast.Expr) {
	for _, e := range es {
		c.visitExpr(e)
	}
}

// visitExpr compiles e with e's location, restoring the current location
// afterwards.
func (c *compiler) visitExpr(e ast.Expr) {
	if e == nil {
		c.error("invalid AST: missing expression")
	}
	saved := c.u.loc
	c.setLoc(exprPos(e))
	c.visitExpr1(e)
	c.u.loc = saved
}

func exprPos(e ast.Expr) *ast.Pos {
	return e.(interface{ GetPos() *ast.Pos }).GetPos()
}

func (c *compiler) visitExpr1(e ast.Expr) {
	switch e := e.(type) {
	case *ast.NamedExpr:
		c.visitExpr(e.Value)
		c.emitI(bytecode.COPY, 1)
		c.visitExpr(e.Target)
	case *ast.BoolOp:
		c.boolOp(e)
	case *ast.BinOp:
		c.visitExpr(e.Left)
		c.visitExpr(e.Right)
		c.emitI(bytecode.BINARY_OP, binaryOp(e.Op))
	case *ast.UnaryOp:
		c.visitExpr(e.Operand)
		switch e.Op {
		case ast.UAdd:
			c.emit(bytecode.UNARY_POSITIVE)
		case ast.USub:
			c.emit(bytecode.UNARY_NEGATIVE)
		case ast.Not:
			c.emit(bytecode.UNARY_NOT)
		case ast.Invert:
			c.emit(bytecode.UNARY_INVERT)
		default:
			c.error("invalid AST: bad unary operator")
		}
	case *ast.Lambda:
		c.lambda(e)
	case *ast.IfExp:
		end, next := c.newBlock(), c.newBlock()
		c.jumpIf(e.Test, next, false)
		c.visitExpr(e.Body)
		c.emitJumpNoLine(bytecode.JUMP, end)
		c.useNextBlock(next)
		c.visitExpr(e.Orelse)
		c.useNextBlock(end)
	case *ast.Dict:
		c.dict(e)
	case *ast.Set:
		c.starunpack(e.Elts, 0, bytecode.BUILD_SET, bytecode.SET_ADD, bytecode.SET_UPDATE, false)
	case *ast.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil, symtable.GeneratorExpression)
	case *ast.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil, symtable.ListComprehension)
	case *ast.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil, symtable.SetComprehension)
	case *ast.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value, symtable.DictComprehension)
	case *ast.Yield:
		if c.u.ste.Kind != symtable.Function {
			c.error("'yield' outside function")
		}
		if e.Value != nil {
			c.visitExpr(e.Value)
		} else {
			c.loadConst(ast.None)
		}
		c.yield()
	case *ast.YieldFrom:
		if c.u.ste.Kind != symtable.Function {
			c.error("'yield' outside function")
		}
		if c.u.scopeType == scopeAsyncFunction {
			c.error("'yield from' inside async function")
		}
		c.visitExpr(e.Value)
		c.emit(bytecode.GET_YIELD_FROM_ITER)
		c.loadConst(ast.None)
		c.yieldFrom(false)
	case *ast.Await:
		if !c.isTopLevelAwait() {
			if c.u.ste.Kind != symtable.Function {
				c.error("'await' outside function")
			}
			if c.u.scopeType != scopeAsyncFunction && c.u.scopeType != scopeComprehension {
				c.error("'await' outside async function")
			}
		}
		c.visitExpr(e.Value)
		c.emitI(bytecode.GET_AWAITABLE, 0)
		c.loadConst(ast.None)
		c.yieldFrom(true)
	case *ast.Compare:
		c.compare(e)
	case *ast.Call:
		c.call(e)
	case *ast.Constant:
		c.loadConst(e.Value)
	case *ast.JoinedStr:
		c.joinedStr(e)
	case *ast.FormattedValue:
		c.visitExpr(e.Value)
		oparg := 0
		switch e.Conversion {
		case 's':
			oparg = 1
		case 'r':
			oparg = 2
		case 'a':
			oparg = 3
		}
		if e.FormatSpec != nil {
			c.visitExpr(e.FormatSpec)
			oparg |= 4
		}
		c.emitI(bytecode.FORMAT_VALUE, oparg)
	case *ast.Attribute:
		c.visitExpr(e.Value)
		c.updateStartLocationToMatchAttr(e)
		switch e.Ctx {
		case ast.Store:
			if e.Attr == "__debug__" {
				c.error("cannot assign to __debug__")
			}
			c.emitName(bytecode.STORE_ATTR, e.Attr)
		case ast.Del:
			c.emitName(bytecode.DELETE_ATTR, e.Attr)
		default:
			c.emitLoadAttr(e.Attr, false)
		}
	case *ast.Subscript:
		c.subscript(e)
	case *ast.Starred:
		if e.Ctx == ast.Store {
			c.error("starred assignment target must be in a list or tuple")
		}
		c.error("can't use starred expression here")
	case *ast.Slice:
		n := 2
		c.slice2(e)
		if e.Step != nil {
			n++
			c.visitExpr(e.Step)
		}
		c.emitI(bytecode.BUILD_SLICE, n)
	case *ast.Name:
		c.nameOp(e.Id, e.Ctx)
	case *ast.List:
		switch e.Ctx {
		case ast.Store:
			c.assignmentHelper(e.Elts)
		case ast.Del:
			c.visitExprs(e.Elts)
		default:
			c.starunpack(e.Elts, 0, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, false)
		}
	case *ast.Tuple:
		switch e.Ctx {
		case ast.Store:
			c.assignmentHelper(e.Elts)
		case ast.Del:
			c.visitExprs(e.Elts)
		default:
			c.starunpack(e.Elts, 0, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true)
		}
	default:
		c.error("invalid AST: unexpected expression %T", e)
	}
}

// updateStartLocationToMatchAttr moves the start of the current location to
// the attribute name when it is on another line than the expression start,
// so that tracebacks point at the attribute.
func (c *compiler) updateStartLocationToMatchAttr(a *ast.Attribute) {
	l := &c.u.loc
	if l.line != int32(a.EndLineno) {
		l.line = int32(a.EndLineno)
		n := int32(len([]rune(a.Attr)))
		if n <= int32(a.EndColOffset) {
			l.col = int32(a.EndColOffset) - n
		} else {
			l.col, l.endCol = -1, -1
		}
		if l.endLine < l.line {
			l.endLine = l.line
		}
		if l.line == l.endLine && l.endCol < l.col {
			l.endCol = l.col
		}
	}
}

func (c *compiler) yield() {
	if c.u.ste.IsGenerator && c.u.ste.IsCoroutine {
		c.emit(bytecode.ASYNC_GEN_WRAP)
	}
	c.emit(bytecode.YIELD_VALUE)
	c.emitI(bytecode.RESUME, 1)
}

func (c *compiler) boolOp(e *ast.BoolOp) {
	end := c.newBlock()
	op := bytecode.JUMP_IF_FALSE_OR_POP
	if e.Op == ast.Or {
		op = bytecode.JUMP_IF_TRUE_OR_POP
	}
	n := len(e.Values) - 1
	for i := 0; i < n; i++ {
		c.visitExpr(e.Values[i])
		c.emitJump(op, end)
		c.nextBlock()
	}
	c.visitExpr(e.Values[n])
	c.useNextBlock(end)
}

// jumpIf emits code that jumps to next when e's truth equals cond and falls
// through otherwise. Like CPython 3.11, a comparison makes its own location
// current for the jumps it emits (and it then stays current); other tests
// jump with the location that was current.
func (c *compiler) jumpIf(e ast.Expr, next *block, cond bool) {
	switch x := e.(type) {
	case *ast.UnaryOp:
		if x.Op == ast.Not {
			c.jumpIf(x.Operand, next, !cond)
			return
		}
	case *ast.BoolOp:
		n := len(x.Values) - 1
		cond2 := x.Op == ast.Or
		next2 := next
		if cond2 != cond {
			next2 = c.newBlock()
		}
		for i := 0; i < n; i++ {
			c.jumpIf(x.Values[i], next2, cond2)
		}
		c.jumpIf(x.Values[n], next, cond)
		if next2 != next {
			c.useNextBlock(next2)
		}
		return
	case *ast.IfExp:
		end, next2 := c.newBlock(), c.newBlock()
		c.jumpIf(x.Test, next2, false)
		c.jumpIf(x.Body, next, cond)
		c.emitJumpNoLine(bytecode.JUMP, end)
		c.useNextBlock(next2)
		c.jumpIf(x.Orelse, next, cond)
		c.useNextBlock(end)
		return
	case *ast.Compare:
		c.setLoc(&x.Pos)
		n := len(x.Ops) - 1
		if n > 0 && len(x.Comparators) == n+1 {
			cleanup := c.newBlock()
			c.visitExpr(x.Left)
			for i := 0; i < n; i++ {
				c.visitExpr(x.Comparators[i])
				c.emitI(bytecode.SWAP, 2)
				c.emitI(bytecode.COPY, 2)
				c.compareOp(x.Ops[i])
				c.emitJump(bytecode.POP_JUMP_IF_FALSE, cleanup)
				c.nextBlock()
			}
			c.visitExpr(x.Comparators[n])
			c.compareOp(x.Ops[n])
			if cond {
				c.emitJump(bytecode.POP_JUMP_IF_TRUE, next)
			} else {
				c.emitJump(bytecode.POP_JUMP_IF_FALSE, next)
			}
			c.nextBlock()
			end := c.newBlock()
			c.emitJumpNoLine(bytecode.JUMP, end)
			c.useNextBlock(cleanup)
			c.emit(bytecode.POP_TOP)
			if !cond {
				c.emitJumpNoLine(bytecode.JUMP, next)
			}
			c.useNextBlock(end)
			return
		}
	}
	c.visitExpr(e)
	if cond {
		c.emitJump(bytecode.POP_JUMP_IF_TRUE, next)
	} else {
		c.emitJump(bytecode.POP_JUMP_IF_FALSE, next)
	}
	c.nextBlock()
}

func (c *compiler) compareOp(op ast.CmpOp) {
	switch op {
	case ast.Eq:
		c.emitI(bytecode.COMPARE_OP, int(bytecode.CmpEQ))
	case ast.NotEq:
		c.emitI(bytecode.COMPARE_OP, int(bytecode.CmpNE))
	case ast.Lt:
		c.emitI(bytecode.COMPARE_OP, int(bytecode.CmpLT))
	case ast.LtE:
		c.emitI(bytecode.COMPARE_OP, int(bytecode.CmpLE))
	case ast.Gt:
		c.emitI(bytecode.COMPARE_OP, int(bytecode.CmpGT))
	case ast.GtE:
		c.emitI(bytecode.COMPARE_OP, int(bytecode.CmpGE))
	case ast.Is:
		c.emitI(bytecode.IS_OP, 0)
	case ast.IsNot:
		c.emitI(bytecode.IS_OP, 1)
	case ast.In:
		c.emitI(bytecode.CONTAINS_OP, 0)
	case ast.NotIn:
		c.emitI(bytecode.CONTAINS_OP, 1)
	default:
		c.error("invalid AST: bad comparison operator")
	}
}

func (c *compiler) compare(e *ast.Compare) {
	if len(e.Ops) == 0 || len(e.Ops) != len(e.Comparators) {
		c.error("invalid AST: malformed comparison")
	}
	c.visitExpr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.visitExpr(e.Comparators[0])
		c.compareOp(e.Ops[0])
		return
	}
	cleanup := c.newBlock()
	for i := 0; i < n; i++ {
		c.visitExpr(e.Comparators[i])
		c.emitI(bytecode.SWAP, 2)
		c.emitI(bytecode.COPY, 2)
		c.compareOp(e.Ops[i])
		c.emitJump(bytecode.JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.visitExpr(e.Comparators[n])
	c.compareOp(e.Ops[n])
	end := c.newBlock()
	c.emitJumpNoLine(bytecode.JUMP, end)
	c.useNextBlock(cleanup)
	c.emitI(bytecode.SWAP, 2)
	c.emit(bytecode.POP_TOP)
	c.useNextBlock(end)
}

func binaryOp(op ast.Operator) int {
	switch op {
	case ast.Add:
		return int(bytecode.BinOpAdd)
	case ast.Sub:
		return int(bytecode.BinOpSubtract)
	case ast.Mult:
		return int(bytecode.BinOpMultiply)
	case ast.MatMult:
		return int(bytecode.BinOpMatrixMultiply)
	case ast.Div:
		return int(bytecode.BinOpTrueDivide)
	case ast.Modulo:
		return int(bytecode.BinOpRemainder)
	case ast.Pow:
		return int(bytecode.BinOpPower)
	case ast.LShift:
		return int(bytecode.BinOpLshift)
	case ast.RShift:
		return int(bytecode.BinOpRshift)
	case ast.BitOr:
		return int(bytecode.BinOpOr)
	case ast.BitXor:
		return int(bytecode.BinOpXor)
	case ast.BitAnd:
		return int(bytecode.BinOpAnd)
	case ast.FloorDiv:
		return int(bytecode.BinOpFloorDivide)
	}
	panic(compileError{&sourceErr{"invalid AST: bad binary operator"}})
}

func inplaceOp(op ast.Operator) int {
	return binaryOp(op) + int(bytecode.BinOpInplaceAdd)
}

// sourceErr is an internal error for malformed trees.
type sourceErr struct{ msg string }

func (e *sourceErr) Error() string { return e.msg }

func isTwoElementSlice(e ast.Expr) bool {
	s, ok := e.(*ast.Slice)
	return ok && s.Step == nil
}

// slice2 pushes the start and stop of a slice (None when missing).
func (c *compiler) slice2(s *ast.Slice) {
	if s.Lower != nil {
		c.visitExpr(s.Lower)
	} else {
		c.loadConst(ast.None)
	}
	if s.Upper != nil {
		c.visitExpr(s.Upper)
	} else {
		c.loadConst(ast.None)
	}
}

func (c *compiler) subscript(e *ast.Subscript) {
	c.visitExpr(e.Value)
	if isTwoElementSlice(e.Slice) && e.Ctx != ast.Del {
		c.slice2(e.Slice.(*ast.Slice))
		if e.Ctx == ast.Store {
			c.emit(bytecode.STORE_SLICE)
		} else {
			c.emit(bytecode.BINARY_SLICE)
		}
		return
	}
	c.visitExpr(e.Slice)
	switch e.Ctx {
	case ast.Store:
		c.emit(bytecode.STORE_SUBSCR)
	case ast.Del:
		c.emit(bytecode.DELETE_SUBSCR)
	default:
		c.emit(bytecode.BINARY_SUBSCR)
	}
}

func (c *compiler) joinedStr(e *ast.JoinedStr) {
	n := len(e.Values)
	if n > stackUseGuideline {
		c.loadConst(ast.Str(""))
		c.emitLoadAttr("join", true)
		c.emitI(bytecode.BUILD_LIST, 0)
		for _, v := range e.Values {
			c.visitExpr(v)
			c.emitI(bytecode.LIST_APPEND, 1)
		}
		c.emitI(bytecode.CALL, 1)
		return
	}
	c.visitExprs(e.Values)
	if n != 1 {
		c.emitI(bytecode.BUILD_STRING, n)
	}
}

func allConst(es []ast.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ast.Constant); !ok {
			return false
		}
	}
	return true
}

// starunpack builds a list, set or tuple from elts (which may contain
// *starred items), on top of pushed items already on the stack
// (starunpack_helper).
func (c *compiler) starunpack(elts []ast.Expr, pushed int, build, add, extend bytecode.Op, tuple bool) {
	n := len(elts)
	if n > 2 && allConst(elts) {
		folded := make(ast.TupleValue, n)
		for i, e := range elts {
			folded[i] = e.(*ast.Constant).Value
		}
		if tuple && pushed == 0 {
			c.loadConst(folded)
			return
		}
		var v bytecode.Const = folded
		if add == bytecode.SET_ADD {
			v = astopt.FrozenSet(folded)
		}
		c.emitI(build, pushed)
		c.loadConst(v)
		c.emitI(extend, 1)
		if tuple {
			c.emit(bytecode.LIST_TO_TUPLE)
		}
		return
	}
	big := n+pushed > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			seenStar = true
		}
	}
	if !seenStar && !big {
		c.visitExprs(elts)
		if tuple {
			c.emitI(bytecode.BUILD_TUPLE, n+pushed)
		} else {
			c.emitI(build, n+pushed)
		}
		return
	}
	built := false
	if big {
		c.emitI(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			if !built {
				c.emitI(build, i+pushed)
				built = true
			}
			c.visitExpr(s.Value)
			c.emitI(extend, 1)
		} else {
			c.visitExpr(e)
			if built {
				c.emitI(add, 1)
			}
		}
	}
	if tuple {
		c.emit(bytecode.LIST_TO_TUPLE)
	}
}

func (c *compiler) unpackHelper(elts []ast.Expr) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			if seenStar {
				c.error("multiple starred expressions in assignment")
			}
			if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
				c.error("too many expressions in star-unpacking assignment")
			}
			c.emitI(bytecode.UNPACK_EX, i+(n-i-1)<<8)
			seenStar = true
		}
	}
	if !seenStar {
		c.emitI(bytecode.UNPACK_SEQUENCE, n)
	}
}

func (c *compiler) assignmentHelper(elts []ast.Expr) {
	c.unpackHelper(elts)
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.visitExpr(s.Value)
		} else {
			c.visitExpr(e)
		}
	}
}

func (c *compiler) subdict(e *ast.Dict, begin, end int) {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big && allConst(e.Keys[begin:end]) {
		c.visitExprs(e.Values[begin:end])
		keys := make(ast.TupleValue, n)
		for i := begin; i < end; i++ {
			keys[i-begin] = e.Keys[i].(*ast.Constant).Value
		}
		c.loadConst(keys)
		c.emitI(bytecode.BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.emitI(bytecode.BUILD_MAP, 0)
	}
	for i := begin; i < end; i++ {
		c.visitExpr(e.Keys[i])
		c.visitExpr(e.Values[i])
		if big {
			c.emitI(bytecode.MAP_ADD, 1)
		}
	}
	if !big {
		c.emitI(bytecode.BUILD_MAP, n)
	}
}

func (c *compiler) dict(e *ast.Dict) {
	n := len(e.Values)
	if len(e.Keys) != n {
		c.error("invalid AST: dict keys and values differ in length")
	}
	haveDict := false
	elements := 0
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				c.subdict(e, i-elements, i)
				if haveDict {
					c.emitI(bytecode.DICT_UPDATE, 1)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				c.emitI(bytecode.BUILD_MAP, 0)
				haveDict = true
			}
			c.visitExpr(e.Values[i])
			c.emitI(bytecode.DICT_UPDATE, 1)
		} else if elements*2 > stackUseGuideline {
			c.subdict(e, i-elements, i+1)
			if haveDict {
				c.emitI(bytecode.DICT_UPDATE, 1)
			}
			haveDict = true
			elements = 0
		} else {
			elements++
		}
	}
	if elements > 0 {
		c.subdict(e, n-elements, n)
		if haveDict {
			c.emitI(bytecode.DICT_UPDATE, 1)
		}
		haveDict = true
	}
	if !haveDict {
		c.emitI(bytecode.BUILD_MAP, 0)
	}
}
