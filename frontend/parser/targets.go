package parser

import (
	"github.com/pyjit/pyjit/frontend/ast"
)

// Assignment and del targets (python.gram: ASSIGNMENT TARGETS).

// setContext is _PyPegen_set_expr_context, done in place: the nodes it
// changes are always freshly built for the target being parsed.
func setContext(e ast.Expr, ctx ast.ExprContext) ast.Expr {
	switch v := e.(type) {
	case *ast.Name:
		v.Ctx = ctx
	case *ast.Tuple:
		v.Ctx = ctx
		for _, x := range v.Elts {
			setContext(x, ctx)
		}
	case *ast.List:
		v.Ctx = ctx
		for _, x := range v.Elts {
			setContext(x, ctx)
		}
	case *ast.Starred:
		v.Ctx = ctx
		setContext(v.Value, ctx)
	case *ast.Attribute:
		v.Ctx = ctx
	case *ast.Subscript:
		v.Ctx = ctx
	}
	return e
}

// starTargets: star_target !',' | star_target (',' star_target)* [','].
func (p *parser) starTargets() ast.Expr {
	start := p.mark()
	a := p.starTarget()
	if a == nil {
		return nil
	}
	return p.tupleRest(start, a, p.starTarget, ast.Store)
}

// starTargetsSeq is star_targets_list_seq (','.star_target+ [',']) and,
// with tuple set, star_targets_tuple_seq (which needs a comma when there
// is a single element).
func (p *parser) starTargetsSeq(tuple bool) []ast.Expr {
	start := p.mark()
	var out []ast.Expr
	comma := false
	for {
		m := p.mark()
		e := p.starTarget()
		if e == nil {
			p.reset(m)
			break
		}
		out = append(out, e)
		comma = p.expectOp(",") != nil
		if !comma {
			break
		}
	}
	if tuple && len(out) == 1 && !comma {
		p.reset(start)
		return nil
	}
	return out
}

func (p *parser) starTarget() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mStarTarget); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	p.enter()
	var e ast.Expr
	if p.expectOp("*") != nil {
		if !p.isOp("*") {
			if a := p.starTarget(); a != nil {
				e = &ast.Starred{Pos: p.extra(start), Value: setContext(a, ast.Store), Ctx: ast.Store}
			}
		}
		if e == nil {
			p.reset(start)
		}
	} else {
		e = p.targetWithStarAtom()
	}
	p.leave()
	p.memoPut(mStarTarget, start, e)
	return e
}

func (p *parser) targetWithStarAtom() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mTargetWithStarAtom); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	e := p.subscriptAttributeTarget(ast.Store)
	if e == nil {
		p.reset(start)
		e = p.starAtom()
	}
	if e == nil {
		p.reset(start)
	}
	p.memoPut(mTargetWithStarAtom, start, e)
	return e
}

// subscriptAttributeTarget: t_primary '.' NAME !t_lookahead
// | t_primary '[' slices ']' !t_lookahead, with the given context.
func (p *parser) subscriptAttributeTarget(ctx ast.ExprContext) ast.Expr {
	start := p.mark()
	a := p.tPrimary()
	if a == nil {
		return nil
	}
	e := p.trailerTarget(a, start, ctx)
	if e == nil || p.tLookahead() {
		p.reset(start)
		return nil
	}
	return e
}

// trailerTarget parses '.' NAME or '[' slices ']' after a.
func (p *parser) trailerTarget(a ast.Expr, start int, ctx ast.ExprContext) ast.Expr {
	if !p.isOp(".") && !p.isOp("[") {
		return nil
	}
	return p.trailer(a, start, ctx)
}

func (p *parser) tLookahead() bool {
	t := p.peek()
	return t.kind == tOp && (t.text == "(" || t.text == "[" || t.text == ".")
}

// tPrimary is the left-recursive t_primary: an atom followed by trailers,
// each of which must itself be followed by a t_lookahead token.
func (p *parser) tPrimary() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mTPrimary); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	p.enter()
	defer p.leave()
	a := p.atom()
	if a == nil || !p.tLookahead() {
		p.reset(start)
		p.memoPut(mTPrimary, start, nil)
		return nil
	}
	for {
		m := p.mark()
		e := p.trailer(a, start, ast.Load)
		if e == nil {
			break
		}
		if !p.tLookahead() {
			p.reset(m)
			break
		}
		a = e
	}
	p.memoPut(mTPrimary, start, a)
	return a
}

// starAtom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
// | '[' [star_targets_list_seq] ']'.
func (p *parser) starAtom() ast.Expr {
	start := p.mark()
	if n := p.name(); n != nil {
		n.Ctx = ast.Store
		return n
	}
	if p.expectOp("(") != nil {
		if a := p.targetWithStarAtom(); a != nil && p.expectOp(")") != nil {
			return setContext(a, ast.Store)
		}
		p.reset(start)
		p.next()
		elts := p.starTargetsSeq(true)
		if p.expectOp(")") != nil {
			if elts == nil {
				elts = []ast.Expr{}
			}
			return &ast.Tuple{Pos: p.extra(start), Elts: elts, Ctx: ast.Store}
		}
		p.reset(start)
		return nil
	}
	if p.expectOp("[") != nil {
		elts := p.starTargetsSeq(false)
		if p.expectOp("]") != nil {
			if elts == nil {
				elts = []ast.Expr{}
			}
			return &ast.List{Pos: p.extra(start), Elts: elts, Ctx: ast.Store}
		}
		p.reset(start)
	}
	return nil
}

// singleTarget: single_subscript_attribute_target | NAME | '(' single_target ')'.
func (p *parser) singleTarget() ast.Expr {
	start := p.mark()
	if e := p.singleSubscriptAttributeTarget(); e != nil {
		return e
	}
	if n := p.name(); n != nil {
		n.Ctx = ast.Store
		return n
	}
	if p.expectOp("(") != nil {
		if a := p.singleTarget(); a != nil && p.expectOp(")") != nil {
			return a
		}
	}
	p.reset(start)
	return nil
}

func (p *parser) singleSubscriptAttributeTarget() ast.Expr {
	return p.subscriptAttributeTarget(ast.Store)
}

// delTargets: ','.del_target+ [','].
func (p *parser) delTargets() []ast.Expr {
	var out []ast.Expr
	for {
		m := p.mark()
		e := p.delTarget()
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

func (p *parser) delTarget() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mDelTarget); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	p.enter()
	e := p.subscriptAttributeTarget(ast.Del)
	if e == nil {
		p.reset(start)
		e = p.delTAtom()
	}
	p.leave()
	if e == nil {
		p.reset(start)
	}
	p.memoPut(mDelTarget, start, e)
	return e
}

func (p *parser) delTAtom() ast.Expr {
	start := p.mark()
	if n := p.name(); n != nil {
		n.Ctx = ast.Del
		return n
	}
	if p.expectOp("(") != nil {
		if a := p.delTarget(); a != nil && p.expectOp(")") != nil {
			return setContext(a, ast.Del)
		}
		p.reset(start)
		p.next()
		elts := p.delTargets()
		if p.expectOp(")") != nil {
			if elts == nil {
				elts = []ast.Expr{}
			}
			return &ast.Tuple{Pos: p.extra(start), Elts: elts, Ctx: ast.Del}
		}
		p.reset(start)
		return nil
	}
	if p.expectOp("[") != nil {
		elts := p.delTargets()
		if p.expectOp("]") != nil {
			if elts == nil {
				elts = []ast.Expr{}
			}
			return &ast.List{Pos: p.extra(start), Elts: elts, Ctx: ast.Del}
		}
		p.reset(start)
	}
	return nil
}
