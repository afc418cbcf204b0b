package parser

import (
	"github.com/pyjit/pyjit/frontend/ast"
)

// Expressions (python.gram: EXPRESSIONS), from expressions down to factor.

// expressions: expression (',' expression)* [','] as a Tuple when there is a comma.
func (p *parser) expressions() ast.Expr {
	start := p.mark()
	a := p.expression()
	if a == nil {
		return nil
	}
	return p.tupleRest(start, a, p.expression, ast.Load)
}

// tupleRest parses the (',' elem)* [','] that may follow a first element
// a: it returns a alone when no comma follows, else the Tuple of all
// elements, spanning from start.
func (p *parser) tupleRest(start int, a ast.Expr, elem func() ast.Expr, ctx ast.ExprContext) ast.Expr {
	if !p.isOp(",") {
		return a
	}
	elts := []ast.Expr{a}
	for {
		m := p.mark()
		if p.expectOp(",") == nil {
			break
		}
		c := elem()
		if c == nil {
			p.reset(m)
			p.expectOp(",")
			break
		}
		elts = append(elts, c)
	}
	return &ast.Tuple{Pos: p.extra(start), Elts: elts, Ctx: ctx}
}

func (p *parser) expression() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mExpression); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	p.enter()
	e := p.expressionRaw()
	p.leave()
	if e == nil {
		p.reset(start)
	}
	p.memoPut(mExpression, start, e)
	return e
}

func (p *parser) expressionRaw() ast.Expr {
	start := p.mark()
	if p.callInvalid {
		p.invalidExpression()
		p.reset(start)
		p.invalidLegacyExpression()
		p.reset(start)
	}
	return p.expressionNoInvalid(start)
}

// expressionNoInvalid is the body shared by expression and
// expression_without_invalid.
func (p *parser) expressionNoInvalid(start int) ast.Expr {
	if a := p.disjunction(); a != nil {
		m := p.mark()
		if p.expectKw("if") != nil {
			if b := p.disjunction(); b != nil && p.expectKw("else") != nil {
				if c := p.expression(); c != nil {
					return &ast.IfExp{Pos: p.extra(start), Test: b, Body: a, Orelse: c}
				}
			}
		}
		p.reset(m)
		return a
	}
	return p.lambdef()
}

// expressionWithoutInvalid runs expression with the invalid rules off.
func (p *parser) expressionWithoutInvalid() ast.Expr {
	saved := p.callInvalid
	p.callInvalid = false
	defer func() { p.callInvalid = saved }()
	start := p.mark()
	e := p.expressionNoInvalid(start)
	if e == nil {
		p.reset(start)
	}
	return e
}

func (p *parser) yieldExpr() ast.Expr {
	start := p.mark()
	if p.expectKw("yield") == nil {
		return nil
	}
	if p.expectKw("from") != nil {
		if a := p.expression(); a != nil {
			return &ast.YieldFrom{Pos: p.extra(start), Value: a}
		}
		p.reset(start)
		return nil
	}
	a := p.starExpressions()
	return &ast.Yield{Pos: p.extra(start), Value: a}
}

func (p *parser) starExpressions() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mStarExpressions); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	e := p.starExpressionsRaw()
	if e == nil {
		p.reset(start)
	}
	p.memoPut(mStarExpressions, start, e)
	return e
}

func (p *parser) starExpressionsRaw() ast.Expr {
	start := p.mark()
	a := p.starExpression()
	if a == nil {
		return nil
	}
	return p.tupleRest(start, a, p.starExpression, ast.Load)
}

func (p *parser) starExpression() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mStarExpression); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	var e ast.Expr
	if p.expectOp("*") != nil {
		if a := p.bitwiseOr(); a != nil {
			e = &ast.Starred{Pos: p.extra(start), Value: a, Ctx: ast.Load}
		} else {
			p.reset(start)
		}
	} else {
		e = p.expression()
	}
	p.memoPut(mStarExpression, start, e)
	return e
}

// starNamedExpressions: ','.star_named_expression+ [','].
func (p *parser) starNamedExpressions() []ast.Expr {
	var out []ast.Expr
	for {
		m := p.mark()
		e := p.starNamedExpression()
		if e == nil {
			p.reset(m)
			break
		}
		out = append(out, e)
		if p.expectOp(",") == nil {
			break
		}
	}
	return out
}

func (p *parser) starNamedExpression() ast.Expr {
	start := p.mark()
	if p.expectOp("*") != nil {
		if a := p.bitwiseOr(); a != nil {
			return &ast.Starred{Pos: p.extra(start), Value: a, Ctx: ast.Load}
		}
		p.reset(start)
		return nil
	}
	return p.namedExpression()
}

// assignmentExpression: NAME ':=' ~ expression.
func (p *parser) assignmentExpression() ast.Expr {
	start := p.mark()
	t := p.peek()
	if t.kind != tName || !p.peekIsOpAt(1, ":=") {
		return nil
	}
	n := p.name()
	p.next()
	b := p.expression()
	if b == nil {
		p.reset(start)
		return nil
	}
	n.Ctx = ast.Store
	return &ast.NamedExpr{Pos: p.extra(start), Target: n, Value: b}
}

func (p *parser) peekIsOpAt(n int, s string) bool {
	t := p.peekAt(n)
	return t.kind == tOp && t.text == s
}

func (p *parser) namedExpression() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mNamedExpression); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	e := p.namedExpressionRaw()
	if e == nil {
		p.reset(start)
	}
	p.memoPut(mNamedExpression, start, e)
	return e
}

func (p *parser) namedExpressionRaw() ast.Expr {
	start := p.mark()
	if e := p.assignmentExpression(); e != nil {
		return e
	}
	if p.callInvalid {
		p.invalidNamedExpression()
		p.reset(start)
	}
	if e := p.expression(); e != nil && !p.isOp(":=") {
		return e
	}
	p.reset(start)
	return nil
}

func (p *parser) disjunction() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mDisjunction); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	e := p.boolChain("or", ast.Or, p.conjunction)
	p.memoPut(mDisjunction, start, e)
	return e
}

func (p *parser) conjunction() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mConjunction); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	e := p.boolChain("and", ast.And, p.inversion)
	p.memoPut(mConjunction, start, e)
	return e
}

func (p *parser) boolChain(kw string, op ast.BoolOperator, sub func() ast.Expr) ast.Expr {
	start := p.mark()
	a := sub()
	if a == nil {
		return nil
	}
	values := []ast.Expr{a}
	for {
		m := p.mark()
		if p.expectKw(kw) == nil {
			break
		}
		c := sub()
		if c == nil {
			p.reset(m)
			break
		}
		values = append(values, c)
	}
	if len(values) == 1 {
		return a
	}
	return &ast.BoolOp{Pos: p.extra(start), Op: op, Values: values}
}

func (p *parser) inversion() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mInversion); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	var e ast.Expr
	if p.expectKw("not") != nil {
		p.enter()
		a := p.inversion()
		p.leave()
		if a != nil {
			e = &ast.UnaryOp{Pos: p.extra(start), Op: ast.Not, Operand: a}
		} else {
			p.reset(start)
		}
	} else {
		e = p.comparison()
	}
	p.memoPut(mInversion, start, e)
	return e
}

func (p *parser) comparison() ast.Expr {
	start := p.mark()
	a := p.bitwiseOr()
	if a == nil {
		return nil
	}
	var ops []ast.CmpOp
	var comps []ast.Expr
	for {
		m := p.mark()
		op, ok := p.compareOp()
		if !ok {
			break
		}
		b := p.bitwiseOr()
		if b == nil {
			p.reset(m)
			break
		}
		ops = append(ops, op)
		comps = append(comps, b)
	}
	if ops == nil {
		return a
	}
	return &ast.Compare{Pos: p.extra(start), Left: a, Ops: ops, Comparators: comps}
}

func (p *parser) compareOp() (ast.CmpOp, bool) {
	t := p.peek()
	switch t.kind {
	case tOp:
		var op ast.CmpOp
		switch t.text {
		case "==":
			op = ast.Eq
		case "!=":
			op = ast.NotEq
		case "<=":
			op = ast.LtE
		case "<":
			op = ast.Lt
		case ">=":
			op = ast.GtE
		case ">":
			op = ast.Gt
		default:
			return 0, false
		}
		p.pos++
		return op, true
	case tKeyword:
		switch t.text {
		case "in":
			p.pos++
			return ast.In, true
		case "not":
			if n := p.peekAt(1); n.kind == tKeyword && n.text == "in" {
				p.pos += 2
				return ast.NotIn, true
			}
		case "is":
			p.pos++
			if p.expectKw("not") != nil {
				return ast.IsNot, true
			}
			return ast.Is, true
		}
	}
	return 0, false
}

// binary operator levels, loosest first: each is left-associative.
var binLevels = []map[string]ast.Operator{
	{"|": ast.BitOr},
	{"^": ast.BitXor},
	{"&": ast.BitAnd},
	{"<<": ast.LShift, ">>": ast.RShift},
	{"+": ast.Add, "-": ast.Sub},
	{"*": ast.Mult, "/": ast.Div, "//": ast.FloorDiv, "%": ast.Modulo, "@": ast.MatMult},
}

func (p *parser) bitwiseOr() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mBitwiseOr); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	e := p.binLevel(0)
	p.memoPut(mBitwiseOr, start, e)
	return e
}

func (p *parser) binLevel(level int) ast.Expr {
	if level == len(binLevels) {
		return p.factor()
	}
	start := p.mark()
	a := p.binLevel(level + 1)
	if a == nil {
		return nil
	}
	ops := binLevels[level]
	for {
		t := p.peek()
		if t.kind != tOp {
			break
		}
		op, ok := ops[t.text]
		if !ok {
			break
		}
		m := p.mark()
		p.pos++
		b := p.binLevel(level + 1)
		if b == nil {
			p.reset(m)
			break
		}
		a = &ast.BinOp{Pos: p.extra(start), Left: a, Op: op, Right: b}
	}
	return a
}

func (p *parser) factor() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mFactor); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	var e ast.Expr
	t := p.peek()
	var op ast.UnaryOperator
	if t.kind == tOp {
		switch t.text {
		case "+":
			op = ast.UAdd
		case "-":
			op = ast.USub
		case "~":
			op = ast.Invert
		}
	}
	if op != 0 {
		p.pos++
		p.enter()
		a := p.factor()
		p.leave()
		if a != nil {
			e = &ast.UnaryOp{Pos: p.extra(start), Op: op, Operand: a}
		} else {
			p.reset(start)
		}
	} else {
		e = p.power()
	}
	p.memoPut(mFactor, start, e)
	return e
}

func (p *parser) power() ast.Expr {
	start := p.mark()
	a := p.awaitPrimary()
	if a == nil {
		return nil
	}
	m := p.mark()
	if p.expectOp("**") != nil {
		if b := p.factor(); b != nil {
			return &ast.BinOp{Pos: p.extra(start), Left: a, Op: ast.Pow, Right: b}
		}
		p.reset(m)
	}
	return a
}

func (p *parser) awaitPrimary() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mAwaitPrimary); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	var e ast.Expr
	if p.expectKw("await") != nil {
		if a := p.primary(); a != nil {
			e = &ast.Await{Pos: p.extra(start), Value: a}
		} else {
			p.reset(start)
		}
	} else {
		e = p.primary()
	}
	p.memoPut(mAwaitPrimary, start, e)
	return e
}
