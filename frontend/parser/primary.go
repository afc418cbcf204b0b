package parser

import (
	"github.com/pyjit/pyjit/frontend/ast"
)

// Primary elements, atoms, displays and comprehensions.

// primary is the left-recursive rule
//
//	primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//	       | primary '[' slices ']' | atom
//
// written as a loop over trailers.
func (p *parser) primary() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mPrimary); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	p.enter()
	defer p.leave()
	a := p.atom()
	if a == nil {
		p.memoPut(mPrimary, start, nil)
		return nil
	}
	for {
		e := p.trailer(a, start, ast.Load)
		if e == nil {
			break
		}
		a = e
	}
	p.memoPut(mPrimary, start, a)
	return a
}

// trailer parses one of '.' NAME, genexp, '(' [arguments] ')', '[' slices ']'
// applied to a; nil (position unchanged) when there is none.
func (p *parser) trailer(a ast.Expr, start int, ctx ast.ExprContext) ast.Expr {
	t := p.peek()
	if t.kind != tOp {
		return nil
	}
	m := p.mark()
	switch t.text {
	case ".":
		p.pos++
		if n := p.name(); n != nil {
			return &ast.Attribute{Pos: p.extra(start), Value: a, Attr: n.Id, Ctx: ctx}
		}
	case "(":
		if g := p.genexp(); g != nil {
			return &ast.Call{Pos: p.extra(start), Func: a, Args: []ast.Expr{g}, Keywords: []*ast.Keyword{}}
		}
		p.reset(m)
		p.pos++
		args := p.arguments()
		if p.expectOp(")") != nil {
			c := &ast.Call{Func: a, Args: []ast.Expr{}, Keywords: []*ast.Keyword{}}
			if args != nil {
				c.Args, c.Keywords = args.Args, args.Keywords
			}
			c.Pos = p.extra(start)
			return c
		}
	case "[":
		p.pos++
		if s := p.slices(); s != nil && p.expectOp("]") != nil {
			return &ast.Subscript{Pos: p.extra(start), Value: a, Slice: s, Ctx: ctx}
		}
	}
	p.reset(m)
	return nil
}

func (p *parser) slices() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mSlices); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	e := p.slicesRaw()
	if e == nil {
		p.reset(start)
	}
	p.memoPut(mSlices, start, e)
	return e
}

func (p *parser) slicesRaw() ast.Expr {
	start := p.mark()
	if a := p.slice(); a != nil && !p.isOp(",") {
		return a
	}
	p.reset(start)
	var elts []ast.Expr
	for {
		m := p.mark()
		e := p.slice()
		if e == nil {
			p.reset(m)
			e = p.starredExpression()
		}
		if e == nil {
			p.reset(m)
			if len(elts) > 0 {
				p.pos-- // the separator belongs to [',']
			}
			break
		}
		elts = append(elts, e)
		if p.expectOp(",") == nil {
			break
		}
	}
	if elts == nil {
		return nil
	}
	p.expectOp(",")
	return &ast.Tuple{Pos: p.extra(start), Elts: elts, Ctx: ast.Load}
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
func (p *parser) slice() ast.Expr {
	start := p.mark()
	a := p.expression()
	if p.expectOp(":") != nil {
		b := p.expression()
		var c ast.Expr
		m := p.mark()
		if p.expectOp(":") != nil {
			c = p.expression()
		} else {
			p.reset(m)
		}
		return &ast.Slice{Pos: p.extra(start), Lower: a, Upper: b, Step: c}
	}
	p.reset(start)
	return p.namedExpression()
}

func (p *parser) starredExpression() ast.Expr {
	start := p.mark()
	if p.expectOp("*") == nil {
		return nil
	}
	a := p.expression()
	if a == nil {
		p.reset(start)
		return nil
	}
	return &ast.Starred{Pos: p.extra(start), Value: a, Ctx: ast.Load}
}

func (p *parser) atom() ast.Expr {
	start := p.mark()
	t := p.peek()
	switch t.kind {
	case tName:
		return p.name()
	case tKeyword:
		var v ast.Value
		switch t.text {
		case "True":
			v = true
		case "False":
			v = false
		case "None":
			v = ast.None
		default:
			return nil
		}
		p.pos++
		return &ast.Constant{Pos: tokPos(t), Value: v}
	case tString:
		return p.strings()
	case tNumber:
		p.pos++
		return &ast.Constant{Pos: tokPos(t), Value: p.number(t)}
	case tOp:
		switch t.text {
		case "(", "[", "{":
			if v, ok := p.memoGet(mAtom); ok {
				e, _ := v.res.(ast.Expr)
				return e
			}
			var e ast.Expr
			switch t.text {
			case "(":
				e = p.parenAtom()
			case "[":
				e = p.bracketAtom()
			default:
				e = p.braceAtom()
			}
			if e == nil {
				p.reset(start)
			}
			p.memoPut(mAtom, start, e)
			return e
		case "...":
			p.pos++
			return &ast.Constant{Pos: tokPos(t), Value: ast.Ellipsis}
		}
	}
	return nil
}

// parenAtom: tuple | group | genexp.
func (p *parser) parenAtom() ast.Expr {
	start := p.mark()
	if e := p.tuple(); e != nil {
		return e
	}
	p.reset(start)
	if e := p.group(); e != nil {
		return e
	}
	p.reset(start)
	return p.genexp()
}

func (p *parser) tuple() ast.Expr {
	start := p.mark()
	p.next() // '('
	var elts []ast.Expr
	m := p.mark()
	if y := p.starNamedExpression(); y != nil && p.expectOp(",") != nil {
		elts = append([]ast.Expr{y}, p.starNamedExpressions()...)
	} else {
		p.reset(m)
	}
	if p.expectOp(")") == nil {
		p.reset(start)
		return nil
	}
	if elts == nil {
		elts = []ast.Expr{}
	}
	return &ast.Tuple{Pos: p.extra(start), Elts: elts, Ctx: ast.Load}
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group.
func (p *parser) group() ast.Expr {
	start := p.mark()
	p.next()
	a := p.yieldExpr()
	if a == nil {
		a = p.namedExpression()
	}
	if a != nil && p.expectOp(")") != nil {
		return a
	}
	p.reset(start)
	if p.callInvalid {
		p.invalidGroup()
		p.reset(start)
	}
	return nil
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'.
func (p *parser) genexp() ast.Expr {
	start := p.mark()
	if p.expectOp("(") == nil {
		return nil
	}
	a := p.assignmentExpression()
	if a == nil {
		if a = p.expression(); a != nil && p.isOp(":=") {
			a = nil
		}
	}
	if a != nil {
		if gens := p.forIfClauses(); gens != nil && p.expectOp(")") != nil {
			return &ast.GeneratorExp{Pos: p.extra(start), Elt: a, Generators: gens}
		}
	}
	p.reset(start)
	if p.callInvalid {
		p.invalidComprehension()
		p.reset(start)
	}
	return nil
}

// bracketAtom: list | listcomp.
func (p *parser) bracketAtom() ast.Expr {
	start := p.mark()
	p.next()
	elts := p.starNamedExpressions()
	if p.expectOp("]") != nil {
		if elts == nil {
			elts = []ast.Expr{}
		}
		return &ast.List{Pos: p.extra(start), Elts: elts, Ctx: ast.Load}
	}
	p.reset(start)
	p.next()
	if a := p.namedExpression(); a != nil {
		if gens := p.forIfClauses(); gens != nil && p.expectOp("]") != nil {
			return &ast.ListComp{Pos: p.extra(start), Elt: a, Generators: gens}
		}
	}
	p.reset(start)
	if p.callInvalid {
		p.invalidComprehension()
		p.reset(start)
	}
	return nil
}

// braceAtom: dict | set | dictcomp | setcomp.
func (p *parser) braceAtom() ast.Expr {
	start := p.mark()
	// dict: '{' [double_starred_kvpairs] '}'
	p.next()
	keys, values, ok := p.doubleStarredKVPairs()
	if ok && p.expectOp("}") != nil {
		if keys == nil {
			keys, values = []ast.Expr{}, []ast.Expr{}
		}
		return &ast.Dict{Pos: p.extra(start), Keys: keys, Values: values}
	}
	p.reset(start)
	if p.callInvalid {
		p.next()
		p.invalidDoubleStarredKVPairs()
		p.reset(start)
	}
	// set: '{' star_named_expressions '}'
	p.next()
	if elts := p.starNamedExpressions(); elts != nil && p.expectOp("}") != nil {
		return &ast.Set{Pos: p.extra(start), Elts: elts}
	}
	p.reset(start)
	// dictcomp: '{' kvpair for_if_clauses '}'
	p.next()
	if k, v := p.kvpair(); k != nil {
		if gens := p.forIfClauses(); gens != nil && p.expectOp("}") != nil {
			return &ast.DictComp{Pos: p.extra(start), Key: k, Value: v, Generators: gens}
		}
	}
	p.reset(start)
	if p.callInvalid {
		p.invalidDictComprehension()
		p.reset(start)
	}
	// setcomp: '{' named_expression for_if_clauses '}'
	p.next()
	if a := p.namedExpression(); a != nil {
		if gens := p.forIfClauses(); gens != nil && p.expectOp("}") != nil {
			return &ast.SetComp{Pos: p.extra(start), Elt: a, Generators: gens}
		}
	}
	p.reset(start)
	if p.callInvalid {
		p.invalidComprehension()
		p.reset(start)
	}
	return nil
}

// doubleStarredKVPairs: ','.double_starred_kvpair+ [','], optional: ok is
// true with nil slices when there is none.
func (p *parser) doubleStarredKVPairs() (keys, values []ast.Expr, ok bool) {
	for {
		m := p.mark()
		var k, v ast.Expr
		if p.expectOp("**") != nil {
			if v = p.bitwiseOr(); v == nil {
				p.reset(m)
			}
		} else {
			k, v = p.kvpair()
		}
		if v == nil {
			p.reset(m)
			if len(values) > 0 {
				p.pos-- // the separator belongs to [',']
				p.expectOp(",")
			}
			break
		}
		keys = append(keys, k)
		values = append(values, v)
		if p.expectOp(",") == nil {
			break
		}
	}
	return keys, values, true
}

// kvpair: expression ':' expression.
func (p *parser) kvpair() (ast.Expr, ast.Expr) {
	m := p.mark()
	a := p.expression()
	if a == nil || p.expectOp(":") == nil {
		p.reset(m)
		return nil, nil
	}
	b := p.expression()
	if b == nil {
		p.reset(m)
		return nil, nil
	}
	return a, b
}

// forIfClauses: for_if_clause+.
func (p *parser) forIfClauses() []*ast.Comprehension {
	var out []*ast.Comprehension
	for {
		c := p.forIfClause()
		if c == nil {
			break
		}
		out = append(out, c)
	}
	return out
}

func (p *parser) forIfClause() *ast.Comprehension {
	start := p.mark()
	async := 0
	if p.expectKw("async") != nil {
		async = 1
	}
	if p.expectKw("for") != nil {
		if t := p.starTargets(); t != nil && p.expectKw("in") != nil {
			// cut after 'in'
			b := p.disjunction()
			if b == nil {
				p.reset(start)
				return nil
			}
			ifs := []ast.Expr{}
			for {
				m := p.mark()
				if p.expectKw("if") == nil {
					break
				}
				z := p.disjunction()
				if z == nil {
					p.reset(m)
					break
				}
				ifs = append(ifs, z)
			}
			return &ast.Comprehension{Target: t, Iter: b, Ifs: ifs, IsAsync: async}
		}
	}
	p.reset(start)
	if p.callInvalid {
		p.invalidForTarget()
		p.reset(start)
	}
	return nil
}
