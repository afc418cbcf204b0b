package parser

import (
	"github.com/pyjit/pyjit/frontend/ast"
)

// Compound statements (python.gram: COMPOUND STATEMENTS).

func (p *parser) compoundStmt() ast.Stmt {
	t := p.peek()
	switch t.kind {
	case tKeyword:
		switch t.text {
		case "def":
			return p.functionDef()
		case "if":
			return p.ifStmt()
		case "class":
			return p.classDef()
		case "with":
			return p.withStmt()
		case "for":
			return p.forStmt()
		case "try":
			return p.tryStmt()
		case "while":
			return p.whileStmt()
		case "async":
			if s := p.functionDef(); s != nil {
				return s
			}
			if s := p.withStmt(); s != nil {
				return s
			}
			return p.forStmt()
		}
	case tOp:
		if t.text == "@" {
			if s := p.functionDef(); s != nil {
				return s
			}
			return p.classDef()
		}
	case tName:
		if t.text == "match" {
			return p.matchStmt()
		}
	}
	return nil
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block.
func (p *parser) block() []ast.Stmt {
	start := p.mark()
	if v, ok := p.memoGet(mBlock); ok {
		b, _ := v.res.([]ast.Stmt)
		return b
	}
	p.enter()
	b := p.blockRaw()
	p.leave()
	if b == nil {
		p.reset(start)
	}
	p.memoPut(mBlock, start, b)
	return b
}

func (p *parser) blockRaw() []ast.Stmt {
	m := p.mark()
	if p.expectKind(tNewline) != nil && p.expectKind(tIndent) != nil {
		if a := p.statements(); a != nil && p.expectKind(tDedent) != nil {
			return a
		}
	}
	p.reset(m)
	if s := p.simpleStmts(); s != nil {
		return s
	}
	if p.callInvalid {
		if p.expectKind(tNewline) != nil && p.peek().kind != tIndent {
			p.raiseIndent("expected an indented block")
		}
		p.reset(m)
	}
	return nil
}

// decorators: ('@' named_expression NEWLINE)+
func (p *parser) decorators() []ast.Expr {
	var out []ast.Expr
	for {
		m := p.mark()
		if p.expectOp("@") == nil {
			break
		}
		f := p.namedExpression()
		if f == nil || p.expectKind(tNewline) == nil {
			p.reset(m)
			break
		}
		out = append(out, f)
	}
	return out
}

func (p *parser) classDef() ast.Stmt {
	m := p.mark()
	if decs := p.decorators(); decs != nil {
		if c := p.classDefRaw(); c != nil {
			c.(*ast.ClassDef).DecoratorList = decs
			return c
		}
		p.reset(m)
		return nil
	}
	return p.classDefRaw()
}

func (p *parser) classDefRaw() ast.Stmt {
	start := p.mark()
	if p.callInvalid {
		p.invalidClassDefRaw()
		p.reset(start)
	}
	if p.expectKw("class") == nil {
		return nil
	}
	n := p.name()
	if n == nil {
		p.reset(start)
		return nil
	}
	var bases []ast.Expr
	var kws []*ast.Keyword
	m := p.mark()
	if p.expectOp("(") != nil {
		args := p.arguments()
		if p.expectOp(")") != nil {
			if args != nil {
				bases, kws = args.Args, args.Keywords
			}
		} else {
			p.reset(m)
		}
	}
	if p.expectOp(":") == nil {
		p.reset(start)
		return nil
	}
	b := p.block()
	if b == nil {
		p.reset(start)
		return nil
	}
	if bases == nil {
		bases = []ast.Expr{}
	}
	if kws == nil {
		kws = []*ast.Keyword{}
	}
	return &ast.ClassDef{Pos: p.extra(start), Name: n.Id, Bases: bases, Keywords: kws, Body: b, DecoratorList: []ast.Expr{}}
}

func (p *parser) functionDef() ast.Stmt {
	m := p.mark()
	if decs := p.decorators(); decs != nil {
		f := p.functionDefRaw()
		if f == nil {
			p.reset(m)
			return nil
		}
		switch v := f.(type) {
		case *ast.FunctionDef:
			v.DecoratorList = decs
		case *ast.AsyncFunctionDef:
			v.DecoratorList = decs
		}
		return f
	}
	return p.functionDefRaw()
}

func (p *parser) functionDefRaw() ast.Stmt {
	start := p.mark()
	if p.callInvalid {
		p.invalidDefRaw()
		p.reset(start)
	}
	async := p.expectKw("async") != nil
	if p.expectKw("def") == nil {
		p.reset(start)
		return nil
	}
	n := p.name()
	if n == nil {
		p.reset(start)
		return nil
	}
	// &&'(' : a missing '(' is an immediate error.
	if p.expectOp("(") == nil {
		p.raiseExpected("(")
	}
	params := p.params()
	if p.expectOp(")") == nil {
		p.reset(start)
		return nil
	}
	var returns ast.Expr
	m := p.mark()
	if p.expectOp("->") != nil {
		if returns = p.expression(); returns == nil {
			p.reset(m)
		}
	}
	if p.expectOp(":") == nil {
		p.raiseExpected(":")
	}
	b := p.block()
	if b == nil {
		p.reset(start)
		return nil
	}
	if params == nil {
		params = emptyArguments()
	}
	if async {
		return &ast.AsyncFunctionDef{Pos: p.extra(start), Name: n.Id, Args: params, Body: b, DecoratorList: []ast.Expr{}, Returns: returns}
	}
	return &ast.FunctionDef{Pos: p.extra(start), Name: n.Id, Args: params, Body: b, DecoratorList: []ast.Expr{}, Returns: returns}
}

// raiseExpected implements the forced token `&&tok`: "expected 'tok'" at
// the current token.
func (p *parser) raiseExpected(tok string) {
	p.raiseNode(tokPos(p.peek()), "expected '%s'", tok)
}

func emptyArguments() *ast.Arguments {
	return &ast.Arguments{Posonlyargs: []*ast.Arg{}, Args: []*ast.Arg{}, Kwonlyargs: []*ast.Arg{},
		KwDefaults: []ast.Expr{}, Defaults: []ast.Expr{}}
}

func (p *parser) ifStmt() ast.Stmt {
	start := p.mark()
	if p.callInvalid {
		p.invalidIfStmt("if")
		p.reset(start)
	}
	return p.ifRest("if", start)
}

// ifRest parses 'if'/'elif' named_expression ':' block (elif_stmt | [else_block]).
func (p *parser) ifRest(kw string, start int) ast.Stmt {
	if p.expectKw(kw) == nil {
		return nil
	}
	a := p.namedExpression()
	if a == nil || p.expectOp(":") == nil {
		p.reset(start)
		return nil
	}
	b := p.block()
	if b == nil {
		p.reset(start)
		return nil
	}
	if p.isKw("elif") {
		estart := p.mark()
		if p.callInvalid {
			p.invalidIfStmt("elif")
			p.reset(estart)
		}
		if c := p.ifRest("elif", estart); c != nil {
			return &ast.If{Pos: p.extra(start), Test: a, Body: b, Orelse: []ast.Stmt{c}}
		}
	}
	c := p.elseBlock()
	if c == nil {
		c = []ast.Stmt{}
	}
	return &ast.If{Pos: p.extra(start), Test: a, Body: b, Orelse: c}
}

// elseBlock: 'else' &&':' block; nil when absent.
func (p *parser) elseBlock() []ast.Stmt { return p.keywordBlock("else") }

// finallyBlock: 'finally' &&':' block; nil when absent.
func (p *parser) finallyBlock() []ast.Stmt { return p.keywordBlock("finally") }

// keywordBlock parses kw &&':' block (else and finally clauses); nil when
// absent. The invalid pass reports a missing indented block first.
func (p *parser) keywordBlock(kw string) []ast.Stmt {
	m := p.mark()
	if p.callInvalid {
		if t := p.expectKw(kw); t != nil && p.expectOp(":") != nil && p.expectKind(tNewline) != nil && p.peek().kind != tIndent {
			p.raiseIndent("expected an indented block after '"+kw+"' statement on line %d", t.line)
		}
		p.reset(m)
	}
	if p.expectKw(kw) == nil {
		return nil
	}
	if p.expectOp(":") == nil {
		p.raiseExpected(":")
	}
	b := p.block()
	if b == nil {
		p.reset(m)
	}
	return b
}

func (p *parser) whileStmt() ast.Stmt {
	start := p.mark()
	if p.callInvalid {
		p.invalidWhileStmt()
		p.reset(start)
	}
	p.next()
	a := p.namedExpression()
	if a == nil || p.expectOp(":") == nil {
		p.reset(start)
		return nil
	}
	b := p.block()
	if b == nil {
		p.reset(start)
		return nil
	}
	c := p.elseBlock()
	if c == nil {
		c = []ast.Stmt{}
	}
	return &ast.While{Pos: p.extra(start), Test: a, Body: b, Orelse: c}
}

func (p *parser) forStmt() ast.Stmt {
	start := p.mark()
	if p.callInvalid {
		p.invalidForStmt()
		p.reset(start)
	}
	async := p.expectKw("async") != nil
	if p.expectKw("for") != nil {
		if t := p.starTargets(); t != nil && p.expectKw("in") != nil {
			// cut: after 'in' no other alternative is tried.
			ex := p.starExpressions()
			if ex == nil || p.expectOp(":") == nil {
				p.reset(start)
				return nil
			}
			b := p.block()
			if b == nil {
				p.reset(start)
				return nil
			}
			el := p.elseBlock()
			if el == nil {
				el = []ast.Stmt{}
			}
			if async {
				return &ast.AsyncFor{Pos: p.extra(start), Target: t, Iter: ex, Body: b, Orelse: el}
			}
			return &ast.For{Pos: p.extra(start), Target: t, Iter: ex, Body: b, Orelse: el}
		}
	}
	p.reset(start)
	if p.callInvalid {
		p.invalidForTarget()
		p.reset(start)
	}
	return nil
}

func (p *parser) withStmt() ast.Stmt {
	start := p.mark()
	if p.callInvalid {
		p.invalidWithStmtIndent()
		p.reset(start)
	}
	async := p.expectKw("async") != nil
	if p.expectKw("with") == nil {
		p.reset(start)
		return nil
	}
	afterWith := p.mark()
	var items []*ast.Withitem
	// '(' ','.with_item+ ','? ')' ':' block
	if p.expectOp("(") != nil {
		items = p.withItems()
		if items != nil {
			p.expectOp(",")
			if p.expectOp(")") == nil || p.expectOp(":") == nil {
				items = nil
			}
		}
	}
	if items == nil {
		p.reset(afterWith)
		items = p.withItems()
		if items == nil || p.expectOp(":") == nil {
			p.reset(start)
			if p.callInvalid {
				p.invalidWithStmt()
				p.reset(start)
			}
			return nil
		}
	}
	b := p.block()
	if b == nil {
		p.reset(start)
		if p.callInvalid {
			p.invalidWithStmt()
			p.reset(start)
		}
		return nil
	}
	if async {
		return &ast.AsyncWith{Pos: p.extra(start), Items: items, Body: b}
	}
	return &ast.With{Pos: p.extra(start), Items: items, Body: b}
}

// withItems: ','.with_item+
func (p *parser) withItems() []*ast.Withitem {
	var out []*ast.Withitem
	for {
		m := p.mark()
		it := p.withItem()
		if it == nil {
			p.reset(m)
			if len(out) > 0 {
				p.pos-- // give back the separator
			}
			break
		}
		out = append(out, it)
		if p.expectOp(",") == nil {
			break
		}
	}
	return out
}

func (p *parser) withItem() *ast.Withitem {
	m := p.mark()
	e := p.expression()
	if e == nil {
		return nil
	}
	m2 := p.mark()
	if p.expectKw("as") != nil {
		if t := p.starTarget(); t != nil && (p.isOp(",") || p.isOp(")") || p.isOp(":")) {
			return &ast.Withitem{ContextExpr: e, OptionalVars: t}
		}
		p.reset(m2)
		if p.callInvalid {
			p.expectKw("as")
			if a := p.expression(); a != nil && (p.isOp(",") || p.isOp(")") || p.isOp(":")) {
				p.raiseInvalidTarget(starTargets, a)
			}
			p.reset(m2)
		}
	}
	_ = m
	return &ast.Withitem{ContextExpr: e}
}

func (p *parser) tryStmt() ast.Stmt {
	start := p.mark()
	if p.callInvalid {
		p.invalidTryStmt()
		p.reset(start)
	}
	p.next()
	if p.expectOp(":") == nil {
		p.raiseExpected(":")
	}
	b := p.block()
	if b == nil {
		p.reset(start)
		return nil
	}
	afterBody := p.mark()
	if f := p.finallyBlock(); f != nil {
		return &ast.Try{Pos: p.extra(start), Body: b, Handlers: []*ast.ExceptHandler{}, Orelse: []ast.Stmt{}, Finalbody: f}
	}
	p.reset(afterBody)
	for _, star := range []bool{false, true} {
		var handlers []*ast.ExceptHandler
		for {
			h := p.exceptBlock(star)
			if h == nil {
				break
			}
			handlers = append(handlers, h)
		}
		if handlers == nil {
			p.reset(afterBody)
			continue
		}
		el := p.elseBlock()
		if el == nil {
			el = []ast.Stmt{}
		}
		f := p.finallyBlock()
		if f == nil {
			f = []ast.Stmt{}
		}
		if star {
			return &ast.TryStar{Pos: p.extra(start), Body: b, Handlers: handlers, Orelse: el, Finalbody: f}
		}
		return &ast.Try{Pos: p.extra(start), Body: b, Handlers: handlers, Orelse: el, Finalbody: f}
	}
	p.reset(start)
	return nil
}

func (p *parser) exceptBlock(star bool) *ast.ExceptHandler {
	start := p.mark()
	if p.callInvalid {
		p.invalidExceptStmtIndent(star)
		p.reset(start)
	}
	if p.expectKw("except") == nil {
		return nil
	}
	if star {
		if p.expectOp("*") == nil {
			p.reset(start)
			return p.exceptFail(start)
		}
	}
	m := p.mark()
	if e := p.expression(); e != nil {
		name := ""
		m2 := p.mark()
		if p.expectKw("as") != nil {
			if z := p.name(); z != nil {
				name = z.Id
			} else {
				p.reset(m2)
			}
		}
		if p.expectOp(":") != nil {
			if b := p.block(); b != nil {
				return &ast.ExceptHandler{Pos: p.extra(start), Type: e, Name: name, Body: b}
			}
		}
	}
	p.reset(m)
	if !star && p.expectOp(":") != nil {
		if b := p.block(); b != nil {
			return &ast.ExceptHandler{Pos: p.extra(start), Body: b}
		}
	}
	p.reset(start)
	return p.exceptFail(start)
}

func (p *parser) exceptFail(start int) *ast.ExceptHandler {
	if p.callInvalid {
		p.invalidExceptStmt()
		p.reset(start)
	}
	return nil
}
