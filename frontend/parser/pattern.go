package parser

import (
	"github.com/pyjit/pyjit/frontend/ast"
)

// The match statement and its patterns (python.gram: Match statement).

func (p *parser) matchStmt() ast.Stmt {
	start := p.mark()
	if p.expectSoft("match") == nil {
		return nil
	}
	if subject := p.subjectExpr(); subject != nil && p.expectOp(":") != nil &&
		p.expectKind(tNewline) != nil && p.expectKind(tIndent) != nil {
		var cases []*ast.MatchCase
		for {
			c := p.caseBlock()
			if c == nil {
				break
			}
			cases = append(cases, c)
		}
		if cases != nil && p.expectKind(tDedent) != nil {
			return &ast.Match{Pos: p.extra(start), Subject: subject, Cases: cases}
		}
	}
	p.reset(start)
	if p.callInvalid {
		p.invalidMatchStmt()
		p.reset(start)
	}
	return nil
}

// subjectExpr: star_named_expression ',' star_named_expressions? | named_expression.
func (p *parser) subjectExpr() ast.Expr {
	start := p.mark()
	if v := p.starNamedExpression(); v != nil && p.expectOp(",") != nil {
		elts := append([]ast.Expr{v}, p.starNamedExpressions()...)
		return &ast.Tuple{Pos: p.extra(start), Elts: elts, Ctx: ast.Load}
	}
	p.reset(start)
	return p.namedExpression()
}

func (p *parser) caseBlock() *ast.MatchCase {
	start := p.mark()
	if p.callInvalid {
		p.invalidCaseBlock()
		p.reset(start)
	}
	if p.expectSoft("case") == nil {
		return nil
	}
	pat := p.patterns()
	if pat == nil {
		p.reset(start)
		return nil
	}
	guard := p.guard()
	if p.expectOp(":") == nil {
		p.reset(start)
		return nil
	}
	body := p.block()
	if body == nil {
		p.reset(start)
		return nil
	}
	return &ast.MatchCase{Pattern: pat, Guard: guard, Body: body}
}

func (p *parser) guard() ast.Expr {
	m := p.mark()
	if p.expectKw("if") == nil {
		return nil
	}
	g := p.namedExpression()
	if g == nil {
		p.reset(m)
	}
	return g
}

// patterns: open_sequence_pattern | pattern.
func (p *parser) patterns() ast.Pattern {
	start := p.mark()
	if pats := p.openSequencePattern(); pats != nil {
		return &ast.MatchSequence{Pos: p.extra(start), Patterns: pats}
	}
	p.reset(start)
	return p.pattern()
}

// pattern: as_pattern | or_pattern.
func (p *parser) pattern() ast.Pattern {
	start := p.mark()
	p.enter()
	defer p.leave()
	if o := p.orPattern(); o != nil {
		m := p.mark()
		if p.expectKw("as") != nil {
			if t := p.patternCaptureTarget(); t != nil {
				return &ast.MatchAs{Pos: p.extra(start), Pattern: o, Name: t.Id}
			}
			if p.callInvalid {
				p.invalidAsPattern(m)
			}
		}
		p.reset(m)
		return o
	}
	p.reset(start)
	return nil
}

func (p *parser) orPattern() ast.Pattern {
	start := p.mark()
	var pats []ast.Pattern
	for {
		m := p.mark()
		c := p.closedPattern()
		if c == nil {
			p.reset(m)
			if len(pats) > 0 {
				p.pos--
			}
			break
		}
		pats = append(pats, c)
		if p.expectOp("|") == nil {
			break
		}
	}
	switch len(pats) {
	case 0:
		return nil
	case 1:
		return pats[0]
	}
	return &ast.MatchOr{Pos: p.extra(start), Patterns: pats}
}

func (p *parser) closedPattern() ast.Pattern {
	start := p.mark()
	if v, ok := p.memoGet(mClosedPattern); ok {
		e, _ := v.res.(ast.Pattern)
		return e
	}
	e := p.closedPatternRaw()
	if e == nil {
		p.reset(start)
	}
	p.memoPut(mClosedPattern, start, e)
	return e
}

func (p *parser) closedPatternRaw() ast.Pattern {
	start := p.mark()
	if v := p.literalExpr(true); v != nil {
		switch c := v.(type) {
		case *ast.Constant:
			switch c.Value.(type) {
			case ast.NoneValue, bool:
				return &ast.MatchSingleton{Pos: c.Pos, Value: c.Value}
			}
		}
		return &ast.MatchValue{Pos: p.extra(start), Value: v}
	}
	p.reset(start)
	if t := p.patternCaptureTarget(); t != nil {
		return &ast.MatchAs{Pos: t.Pos, Name: t.Id}
	}
	p.reset(start)
	if t := p.expectSoft("_"); t != nil {
		return &ast.MatchAs{Pos: tokPos(t)}
	}
	// value_pattern: attr !('.' | '(' | '=')
	if a := p.attr(); a != nil && !p.isOp(".") && !p.isOp("(") && !p.isOp("=") {
		return &ast.MatchValue{Pos: p.extra(start), Value: a}
	}
	p.reset(start)
	if p.expectOp("(") != nil {
		// group_pattern: '(' pattern ')'
		if pat := p.pattern(); pat != nil && p.expectOp(")") != nil {
			return pat
		}
		p.reset(start)
		p.next()
		pats := p.openSequencePattern()
		if p.expectOp(")") != nil {
			if pats == nil {
				pats = []ast.Pattern{}
			}
			return &ast.MatchSequence{Pos: p.extra(start), Patterns: pats}
		}
		p.reset(start)
		return nil
	}
	if p.expectOp("[") != nil {
		pats := p.maybeSequencePattern()
		if p.expectOp("]") != nil {
			if pats == nil {
				pats = []ast.Pattern{}
			}
			return &ast.MatchSequence{Pos: p.extra(start), Patterns: pats}
		}
		p.reset(start)
		return nil
	}
	if p.isOp("{") {
		return p.mappingPattern()
	}
	return p.classPattern()
}

// literalExpr is literal_expr (and, via the caller, literal_pattern):
// signed_number !('+'|'-') | complex_number | strings | None | True | False.
func (p *parser) literalExpr(forPattern bool) ast.Expr {
	start := p.mark()
	t := p.peek()
	switch t.kind {
	case tString:
		return p.strings()
	case tKeyword:
		switch t.text {
		case "None", "True", "False":
			return p.atom()
		}
		return nil
	}
	if n := p.signedNumber(); n != nil && !p.isOp("+") && !p.isOp("-") {
		return n
	}
	p.reset(start)
	// complex_number: signed_real_number ('+'|'-') imaginary_number
	real := p.signedNumber()
	if real == nil {
		return nil
	}
	var op ast.Operator
	switch {
	case p.expectOp("+") != nil:
		op = ast.Add
	case p.expectOp("-") != nil:
		op = ast.Sub
	default:
		p.reset(start)
		return nil
	}
	it := p.peek()
	if it.kind != tNumber {
		p.reset(start)
		return nil
	}
	p.next()
	imag := &ast.Constant{Pos: tokPos(it), Value: p.number(it)}
	p.ensureReal(real)
	if _, ok := imag.Value.(complex128); !ok {
		p.raiseNode(imag.Pos, "imaginary number required in complex literal")
	}
	return &ast.BinOp{Pos: p.extra(start), Left: real, Op: op, Right: imag}
}

func (p *parser) ensureReal(e ast.Expr) {
	c, ok := e.(*ast.Constant)
	if !ok {
		c = e.(*ast.UnaryOp).Operand.(*ast.Constant)
	}
	if _, ok := c.Value.(complex128); ok {
		p.raiseNode(c.Pos, "real number required in complex literal")
	}
}

// signedNumber: NUMBER | '-' NUMBER.
func (p *parser) signedNumber() ast.Expr {
	start := p.mark()
	neg := p.expectOp("-") != nil
	t := p.peek()
	if t.kind != tNumber {
		p.reset(start)
		return nil
	}
	p.next()
	c := &ast.Constant{Pos: tokPos(t), Value: p.number(t)}
	if neg {
		return &ast.UnaryOp{Pos: p.extra(start), Op: ast.USub, Operand: c}
	}
	return c
}

// patternCaptureTarget: !"_" NAME !('.' | '(' | '=').
func (p *parser) patternCaptureTarget() *ast.Name {
	t := p.peek()
	if t.kind != tName || t.text == "_" {
		return nil
	}
	n := p.peekAt(1)
	if n.kind == tOp && (n.text == "." || n.text == "(" || n.text == "=") {
		return nil
	}
	nm := p.name()
	nm.Ctx = ast.Store
	return nm
}

// attr: name_or_attr '.' NAME (left-recursive; at least one dot).
func (p *parser) attr() ast.Expr {
	a := p.nameOrAttr()
	if _, ok := a.(*ast.Attribute); ok {
		return a
	}
	return nil
}

// nameOrAttr: attr | NAME.
func (p *parser) nameOrAttr() ast.Expr {
	start := p.mark()
	n := p.name()
	if n == nil {
		return nil
	}
	var a ast.Expr = n
	for {
		m := p.mark()
		if p.expectOp(".") == nil {
			break
		}
		z := p.name()
		if z == nil {
			p.reset(m)
			break
		}
		a = &ast.Attribute{Pos: p.extra(start), Value: a, Attr: z.Id, Ctx: ast.Load}
	}
	return a
}

// openSequencePattern: maybe_star_pattern ',' maybe_sequence_pattern?
func (p *parser) openSequencePattern() []ast.Pattern {
	start := p.mark()
	a := p.maybeStarPattern()
	if a == nil || p.expectOp(",") == nil {
		p.reset(start)
		return nil
	}
	return append([]ast.Pattern{a}, p.maybeSequencePattern()...)
}

// maybeSequencePattern: ','.maybe_star_pattern+ ','?
func (p *parser) maybeSequencePattern() []ast.Pattern {
	var out []ast.Pattern
	for {
		m := p.mark()
		e := p.maybeStarPattern()
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

func (p *parser) maybeStarPattern() ast.Pattern {
	start := p.mark()
	if v, ok := p.memoGet(mStarPattern); ok {
		e, _ := v.res.(ast.Pattern)
		if e != nil {
			return e
		}
	} else {
		var e ast.Pattern
		if p.expectOp("*") != nil {
			if t := p.patternCaptureTarget(); t != nil {
				e = &ast.MatchStar{Pos: p.extra(start), Name: t.Id}
			} else if p.expectSoft("_") != nil {
				e = &ast.MatchStar{Pos: p.extra(start)}
			}
		}
		if e == nil {
			p.reset(start)
		}
		p.memoPut(mStarPattern, start, e)
		if e != nil {
			return e
		}
	}
	p.reset(start)
	return p.pattern()
}

func (p *parser) mappingPattern() ast.Pattern {
	start := p.mark()
	p.next() // '{'
	var keys []ast.Expr
	var pats []ast.Pattern
	rest := ""
	for {
		m := p.mark()
		if p.expectOp("**") != nil {
			t := p.patternCaptureTarget()
			if t == nil {
				p.reset(start)
				return nil
			}
			rest = t.Id
			p.expectOp(",")
			break
		}
		k := p.literalExpr(false)
		if k == nil {
			p.reset(m)
			k = p.attr()
		}
		if k == nil || p.expectOp(":") == nil {
			p.reset(m)
			break
		}
		v := p.pattern()
		if v == nil {
			p.reset(m)
			break
		}
		keys = append(keys, k)
		pats = append(pats, v)
		if p.expectOp(",") == nil {
			break
		}
	}
	if p.expectOp("}") == nil {
		p.reset(start)
		return nil
	}
	if keys == nil {
		keys, pats = []ast.Expr{}, []ast.Pattern{}
	}
	return &ast.MatchMapping{Pos: p.extra(start), Keys: keys, Patterns: pats, Rest: rest}
}

func (p *parser) classPattern() ast.Pattern {
	start := p.mark()
	cls := p.nameOrAttr()
	if cls == nil || p.expectOp("(") == nil {
		p.reset(start)
		return nil
	}
	var pats []ast.Pattern
	var kwdAttrs []string
	var kwdPats []ast.Pattern
	for {
		m := p.mark()
		if n := p.peek(); n.kind == tName && p.peekIsOpAt(1, "=") {
			nm := p.name()
			p.next()
			v := p.pattern()
			if v == nil {
				p.reset(m)
				break
			}
			kwdAttrs = append(kwdAttrs, nm.Id)
			kwdPats = append(kwdPats, v)
		} else {
			if kwdAttrs != nil {
				break
			}
			v := p.pattern()
			if v == nil {
				p.reset(m)
				break
			}
			pats = append(pats, v)
		}
		if p.expectOp(",") == nil {
			break
		}
	}
	if p.expectOp(")") == nil {
		p.reset(start)
		if p.callInvalid {
			p.invalidClassPattern()
			p.reset(start)
		}
		return nil
	}
	if pats == nil {
		pats = []ast.Pattern{}
	}
	if kwdAttrs == nil {
		kwdAttrs, kwdPats = []string{}, []ast.Pattern{}
	}
	return &ast.MatchClass{Pos: p.extra(start), Cls: cls, Patterns: pats, KwdAttrs: kwdAttrs, KwdPatterns: kwdPats}
}
