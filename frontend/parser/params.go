package parser

import (
	"github.com/pyjit/pyjit/frontend/ast"
)

// Function and lambda parameters (python.gram: Function parameters, Lambda
// functions). The grammar's many alternatives (slash_no_default,
// slash_with_default, param_no_default+, param_with_default+, star_etc)
// accept exactly this: names with optional defaults (no default may follow
// a default), an optional '/' after at least one of them, then an optional
// star part, every parameter followed by ',' or the closing token.

// params: invalid_parameters | parameters; nil when there are none.
func (p *parser) params() *ast.Arguments {
	start := p.mark()
	if p.callInvalid {
		p.invalidParameters(false)
		p.reset(start)
	}
	a := p.parameters(false)
	if a == nil {
		p.reset(start)
	}
	return a
}

func (p *parser) lambdaParams() *ast.Arguments {
	start := p.mark()
	if p.callInvalid {
		p.invalidParameters(true)
		p.reset(start)
	}
	a := p.parameters(true)
	if a == nil {
		p.reset(start)
	}
	return a
}

func (p *parser) isParamEnd(lambda bool) bool {
	if lambda {
		return p.isOp(":")
	}
	return p.isOp(")")
}

// paramSep consumes ',' or checks for the closing token (the grammar's
// "',' | &')'" pairs of alternatives).
func (p *parser) paramSep(lambda bool) bool {
	return p.expectOp(",") != nil || p.isParamEnd(lambda)
}

// param: NAME annotation? (lambda_param: NAME).
func (p *parser) param(lambda bool) *ast.Arg {
	start := p.mark()
	n := p.name()
	if n == nil {
		return nil
	}
	a := &ast.Arg{Arg: n.Id}
	if !lambda {
		m := p.mark()
		if p.expectOp(":") != nil {
			if a.Annotation = p.expression(); a.Annotation == nil {
				p.reset(m)
			}
		}
	}
	a.Pos = p.extra(start)
	return a
}

// defaultValue: '=' expression | invalid_default; nil when absent.
func (p *parser) defaultValue() ast.Expr {
	m := p.mark()
	t := p.expectOp("=")
	if t == nil {
		return nil
	}
	if e := p.expression(); e != nil {
		return e
	}
	if p.callInvalid && (p.isOp(")") || p.isOp(",")) {
		p.raiseNode(tokPos(t), "expected default value expression")
	}
	p.reset(m)
	return nil
}

func (p *parser) parameters(lambda bool) *ast.Arguments {
	start := p.mark()
	args := emptyArguments()
	var plain []*ast.Arg
	var defaults []ast.Expr
	sawSlash := false
	any := false
	for {
		if p.isOp("*") || p.isOp("**") {
			break
		}
		if p.isOp("/") {
			if sawSlash || len(plain) == 0 {
				p.reset(start)
				return nil
			}
			p.next()
			if !p.paramSep(lambda) {
				p.reset(start)
				return nil
			}
			args.Posonlyargs = plain
			plain = nil
			sawSlash = true
			continue
		}
		m := p.mark()
		a := p.param(lambda)
		if a == nil {
			p.reset(m)
			break
		}
		d := p.defaultValue()
		if d == nil && len(defaults) > 0 {
			p.reset(start)
			return nil
		}
		if d != nil {
			defaults = append(defaults, d)
		}
		if !p.paramSep(lambda) {
			p.reset(start)
			return nil
		}
		plain = append(plain, a)
		any = true
	}
	if plain != nil {
		args.Args = plain
	}
	if defaults != nil {
		args.Defaults = defaults
	}
	if p.starEtc(lambda, args) {
		any = true
	} else if p.isOp("*") || p.isOp("**") {
		p.reset(start)
		return nil
	}
	if !any {
		p.reset(start)
		return nil
	}
	return args
}

// starEtc parses star_etc into args; false (position unchanged) when absent
// or malformed.
func (p *parser) starEtc(lambda bool, args *ast.Arguments) bool {
	start := p.mark()
	if p.callInvalid {
		p.invalidStarEtc(lambda)
		p.reset(start)
	}
	if p.expectOp("*") != nil {
		if p.expectOp(",") != nil {
			if !p.paramMaybeDefaults(lambda, args) || len(args.Kwonlyargs) == 0 {
				p.reset(start)
				return false
			}
		} else {
			vm := p.mark()
			a := p.param(lambda)
			if a == nil || !p.paramSep(lambda) {
				// param_no_default_star_annotation: NAME ':' star_expression
				p.reset(vm)
				a = nil
				if !lambda {
					n := p.name()
					if n != nil && p.expectOp(":") != nil {
						if ann := p.starExpression(); ann != nil {
							a = &ast.Arg{Pos: p.extra(vm), Arg: n.Id, Annotation: ann}
						}
					}
					if a != nil && !p.paramSep(lambda) {
						a = nil
					}
				}
				if a == nil {
					p.reset(start)
					return false
				}
			}
			args.Vararg = a
			if !p.paramMaybeDefaults(lambda, args) {
				p.reset(start)
				return false
			}
		}
		km := p.mark()
		if k := p.kwds(lambda); k != nil {
			args.Kwarg = k
		} else {
			p.reset(km)
		}
		return true
	}
	if k := p.kwds(lambda); k != nil {
		args.Kwarg = k
		return true
	}
	p.reset(start)
	return false
}

// paramMaybeDefaults: param_maybe_default* appended to the keyword-only args.
func (p *parser) paramMaybeDefaults(lambda bool, args *ast.Arguments) bool {
	for {
		m := p.mark()
		a := p.param(lambda)
		if a == nil {
			p.reset(m)
			return true
		}
		d := p.defaultValue()
		if !p.paramSep(lambda) {
			p.reset(m)
			return true
		}
		args.Kwonlyargs = append(args.Kwonlyargs, a)
		args.KwDefaults = append(args.KwDefaults, d)
	}
}

// kwds: invalid_kwds | '**' param_no_default.
func (p *parser) kwds(lambda bool) *ast.Arg {
	start := p.mark()
	if p.callInvalid {
		p.invalidKwds(lambda)
		p.reset(start)
	}
	if p.expectOp("**") == nil {
		return nil
	}
	a := p.param(lambda)
	if a == nil || !p.paramSep(lambda) {
		p.reset(start)
		return nil
	}
	return a
}

// lambdef: 'lambda' [lambda_params] ':' expression.
func (p *parser) lambdef() ast.Expr {
	start := p.mark()
	if p.expectKw("lambda") == nil {
		return nil
	}
	a := p.lambdaParams()
	if p.expectOp(":") == nil {
		p.reset(start)
		return nil
	}
	b := p.expression()
	if b == nil {
		p.reset(start)
		return nil
	}
	if a == nil {
		a = emptyArguments()
	}
	return &ast.Lambda{Pos: p.extra(start), Args: a, Body: b}
}
