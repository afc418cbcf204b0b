package parser

import (
	"github.com/pyjit/pyjit/frontend/ast"
)

// Call arguments (python.gram: FUNCTION CALL ARGUMENTS).

// callArgs is the result of the args rule (CPython builds a dummy Call).
type callArgs struct {
	Pos      ast.Pos
	Args     []ast.Expr
	Keywords []*ast.Keyword
}

// arguments: args [','] &')' | invalid_arguments.
func (p *parser) arguments() *callArgs {
	start := p.mark()
	if v, ok := p.memoGet(mArguments); ok {
		a, _ := v.res.(*callArgs)
		return a
	}
	a := p.args()
	if a != nil {
		p.expectOp(",")
		if !p.isOp(")") {
			a = nil
		}
	}
	if a == nil {
		p.reset(start)
		if p.callInvalid {
			p.invalidArguments()
			p.reset(start)
		}
	}
	p.memoPut(mArguments, start, a)
	return a
}

// kwOrStarred is an element of kwargs: a keyword or a starred expression.
type kwOrStarred struct {
	kw      *ast.Keyword
	starred ast.Expr
}

// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//
//	| kwargs
func (p *parser) args() *callArgs {
	start := p.mark()
	var pos []ast.Expr
	for {
		m := p.mark()
		e := p.starredExpression()
		if e == nil {
			e = p.assignmentExpression()
			if e == nil {
				if e = p.expression(); e != nil && p.isOp(":=") {
					e = nil
				}
			}
			if e != nil && p.isOp("=") {
				e = nil
			}
		}
		if e == nil {
			p.reset(m)
			if len(pos) > 0 {
				p.pos--
			}
			break
		}
		pos = append(pos, e)
		if p.expectOp(",") == nil {
			break
		}
	}
	if pos != nil {
		m := p.mark()
		var kws []kwOrStarred
		if p.expectOp(",") != nil {
			if kws = p.kwargs(); kws == nil {
				p.reset(m)
			}
		}
		ca := &callArgs{Args: pos, Keywords: []*ast.Keyword{}}
		for _, k := range kws {
			if k.starred != nil {
				ca.Args = append(ca.Args, k.starred)
			}
		}
		for _, k := range kws {
			if k.kw != nil {
				ca.Keywords = append(ca.Keywords, k.kw)
			}
		}
		ca.Pos = p.extra(start)
		return ca
	}
	p.reset(start)
	kws := p.kwargs()
	if kws == nil {
		return nil
	}
	ca := &callArgs{Args: []ast.Expr{}, Keywords: []*ast.Keyword{}}
	for _, k := range kws {
		if k.starred != nil {
			ca.Args = append(ca.Args, k.starred)
		} else {
			ca.Keywords = append(ca.Keywords, k.kw)
		}
	}
	ca.Pos = p.extra(start)
	return ca
}

// kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//
//	| ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
func (p *parser) kwargs() []kwOrStarred {
	start := p.mark()
	a := p.kwList(false)
	if a != nil {
		m := p.mark()
		if p.expectOp(",") != nil {
			if b := p.kwList(true); b != nil {
				return append(a, b...)
			}
		}
		p.reset(m)
		return a
	}
	p.reset(start)
	return p.kwList(true)
}

func (p *parser) kwList(double bool) []kwOrStarred {
	var out []kwOrStarred
	for {
		m := p.mark()
		k, ok := p.kwarg(double)
		if !ok {
			p.reset(m)
			if len(out) > 0 {
				p.pos--
			}
			break
		}
		out = append(out, k)
		if p.expectOp(",") == nil {
			break
		}
	}
	return out
}

// kwarg is kwarg_or_starred (double false) or kwarg_or_double_starred.
func (p *parser) kwarg(double bool) (kwOrStarred, bool) {
	start := p.mark()
	if p.callInvalid {
		p.invalidKwarg()
		p.reset(start)
	}
	if n := p.name(); n != nil && p.expectOp("=") != nil {
		if b := p.expression(); b != nil {
			return kwOrStarred{kw: &ast.Keyword{Pos: p.extra(start), Arg: n.Id, Value: b}}, true
		}
	}
	p.reset(start)
	if !double {
		if e := p.starredExpression(); e != nil {
			return kwOrStarred{starred: e}, true
		}
		return kwOrStarred{}, false
	}
	if p.expectOp("**") != nil {
		if a := p.expression(); a != nil {
			return kwOrStarred{kw: &ast.Keyword{Pos: p.extra(start), Value: a}}, true
		}
	}
	p.reset(start)
	return kwOrStarred{}, false
}
