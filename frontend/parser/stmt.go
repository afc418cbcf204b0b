package parser

import (
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
)

// Start rules and simple statements (python.gram: STARTING RULES, GENERAL
// STATEMENTS, SIMPLE STATEMENTS).

func (p *parser) fileRule() ast.Mod {
	body := p.statements()
	if p.expectKind(tEnd) == nil {
		return nil
	}
	if body == nil {
		body = []ast.Stmt{}
	}
	return &ast.Module{Body: body, TypeIgnores: []*ast.TypeIgnore{}}
}

func (p *parser) interactiveRule() ast.Mod {
	body := p.statementNewline()
	if body == nil {
		return nil
	}
	if p.badSingleStatement() {
		p.raiseSyntax("multiple statements found while compiling a single statement")
	}
	return &ast.Interactive{Body: body}
}

// badSingleStatement reports whether anything but whitespace and comments
// follows the tokenizer's position (CPython's bad_single_statement).
func (p *parser) badSingleStatement() bool {
	line, col := p.tz.Cursor()
	for n := line; ; n++ {
		s := p.tz.Line(n)
		if s == "" && n > line {
			if p.tz.Line(n+1) == "" {
				return false
			}
			continue
		}
		if n == line {
			if col > len(s) {
				continue
			}
			s = s[col:]
		}
		t := strings.TrimLeft(s, " \t\f\n")
		if t != "" && t[0] != '#' {
			return true
		}
	}
}

func (p *parser) evalRule() ast.Mod {
	e := p.expressions()
	if e == nil {
		return nil
	}
	for p.expectKind(tNewline) != nil {
	}
	if p.expectKind(tEnd) == nil {
		return nil
	}
	return &ast.Expression{Body: e}
}

func (p *parser) funcTypeRule() ast.Mod {
	if p.expectOp("(") == nil {
		return nil
	}
	args := p.typeExpressions()
	if p.expectOp(")") == nil || p.expectOp("->") == nil {
		return nil
	}
	ret := p.expression()
	if ret == nil {
		return nil
	}
	for p.expectKind(tNewline) != nil {
	}
	if p.expectKind(tEnd) == nil {
		return nil
	}
	if args == nil {
		args = []ast.Expr{}
	}
	return &ast.FunctionType{Argtypes: args, Returns: ret}
}

// typeExpressions: ','.expression+ with optional trailing '*' e / '**' e.
func (p *parser) typeExpressions() []ast.Expr {
	var out []ast.Expr
	for {
		m := p.mark()
		if p.expectOp("*") != nil {
			e := p.expression()
			if e == nil {
				p.reset(m)
				return out
			}
			out = append(out, e)
			m2 := p.mark()
			if p.expectOp(",") != nil && p.expectOp("**") != nil {
				if e2 := p.expression(); e2 != nil {
					return append(out, e2)
				}
			}
			p.reset(m2)
			return out
		}
		if p.expectOp("**") != nil {
			e := p.expression()
			if e == nil {
				p.reset(m)
				return out
			}
			return append(out, e)
		}
		e := p.expression()
		if e == nil {
			p.reset(m)
			return out
		}
		out = append(out, e)
		m = p.mark()
		if p.expectOp(",") == nil {
			return out
		}
		if !p.isOp("*") && !p.isOp("**") && !p.startsExpression() {
			p.reset(m)
			return out
		}
	}
}

// startsExpression is a cheap guard used where a separator may be trailing.
func (p *parser) startsExpression() bool {
	t := p.peek()
	switch t.kind {
	case tName, tNumber, tString:
		return true
	case tKeyword:
		switch t.text {
		case "None", "True", "False", "not", "lambda", "await", "yield":
			return true
		}
	case tOp:
		switch t.text {
		case "(", "[", "{", "-", "+", "~", "...", "*":
			return true
		}
	}
	return false
}

// statementNewline is the interactive start rule.
func (p *parser) statementNewline() []ast.Stmt {
	m := p.mark()
	if s := p.compoundStmt(); s != nil {
		// For a str compiled in "single" mode the block's DEDENT is
		// followed by ENDMARKER rather than NEWLINE.
		if p.expectKind(tNewline) != nil || p.peek().kind == tEnd {
			return []ast.Stmt{s}
		}
		p.reset(m)
	}
	if ss := p.simpleStmts(); ss != nil {
		return ss
	}
	start := p.mark()
	if p.expectKind(tNewline) != nil {
		return []ast.Stmt{&ast.Pass{Pos: p.extra(start)}}
	}
	// ENDMARKER: _PyPegen_interactive_exit fails without an error.
	return nil
}

// statements: statement+ (flattened); nil when there is none.
func (p *parser) statements() []ast.Stmt {
	var out []ast.Stmt
	for {
		ss := p.statement()
		if ss == nil {
			break
		}
		out = append(out, ss...)
	}
	return out
}

func (p *parser) statement() []ast.Stmt {
	if s := p.compoundStmt(); s != nil {
		return []ast.Stmt{s}
	}
	return p.simpleStmts()
}

func (p *parser) simpleStmts() []ast.Stmt {
	m := p.mark()
	s := p.simpleStmt()
	if s == nil {
		return nil
	}
	if !p.isOp(";") && p.expectKind(tNewline) != nil {
		return []ast.Stmt{s}
	}
	p.reset(m)
	var out []ast.Stmt
	for {
		s := p.simpleStmt()
		if s == nil {
			if len(out) == 0 {
				p.reset(m)
				return nil
			}
			break
		}
		out = append(out, s)
		m2 := p.mark()
		if p.expectOp(";") == nil {
			break
		}
		if s2 := p.peek(); s2.kind == tNewline {
			break
		}
		_ = m2
	}
	if p.expectKind(tNewline) == nil {
		p.reset(m)
		return nil
	}
	return out
}

func (p *parser) simpleStmt() ast.Stmt {
	start := p.mark()
	if v, ok := p.memoGet(mSimpleStmt); ok {
		s, _ := v.res.(ast.Stmt)
		return s
	}
	s := p.simpleStmtRaw()
	if s == nil {
		p.reset(start)
	}
	p.memoPut(mSimpleStmt, start, s)
	return s
}

func (p *parser) simpleStmtRaw() ast.Stmt {
	start := p.mark()
	if s := p.assignment(); s != nil {
		return s
	}
	if e := p.starExpressions(); e != nil {
		return &ast.ExprStmt{Pos: p.extra(start), Value: e}
	}
	t := p.peek()
	if t.kind != tKeyword {
		return nil
	}
	switch t.text {
	case "return":
		p.next()
		v := p.starExpressions()
		return &ast.Return{Pos: p.extra(start), Value: v}
	case "import", "from":
		return p.importStmt()
	case "raise":
		return p.raiseStmt()
	case "pass":
		p.next()
		return &ast.Pass{Pos: p.extra(start)}
	case "del":
		return p.delStmt()
	case "yield":
		if y := p.yieldExpr(); y != nil {
			return &ast.ExprStmt{Pos: p.extra(start), Value: y}
		}
	case "assert":
		p.next()
		a := p.expression()
		if a == nil {
			p.reset(start)
			return nil
		}
		var b ast.Expr
		m := p.mark()
		if p.expectOp(",") != nil {
			if b = p.expression(); b == nil {
				p.reset(m)
			}
		}
		return &ast.Assert{Pos: p.extra(start), Test: a, Msg: b}
	case "break":
		p.next()
		return &ast.Break{Pos: p.extra(start)}
	case "continue":
		p.next()
		return &ast.Continue{Pos: p.extra(start)}
	case "global", "nonlocal":
		p.next()
		var names []string
		for {
			n := p.name()
			if n == nil {
				p.reset(start)
				return nil
			}
			names = append(names, n.Id)
			m := p.mark()
			if p.expectOp(",") == nil {
				break
			}
			if p.peek().kind != tName {
				p.reset(m)
				break
			}
		}
		if t.text == "global" {
			return &ast.Global{Pos: p.extra(start), Names: names}
		}
		return &ast.Nonlocal{Pos: p.extra(start), Names: names}
	}
	p.reset(start)
	return nil
}

var augOps = map[string]ast.Operator{
	"+=": ast.Add, "-=": ast.Sub, "*=": ast.Mult, "@=": ast.MatMult, "/=": ast.Div,
	"%=": ast.Modulo, "&=": ast.BitAnd, "|=": ast.BitOr, "^=": ast.BitXor,
	"<<=": ast.LShift, ">>=": ast.RShift, "**=": ast.Pow, "//=": ast.FloorDiv,
}

func (p *parser) augassign() (ast.Operator, bool) {
	t := p.peek()
	if t.kind != tOp {
		return 0, false
	}
	op, ok := augOps[t.text]
	if ok {
		p.pos++
	}
	return op, ok
}

// annotatedRHS: yield_expr | star_expressions.
func (p *parser) annotatedRHS() ast.Expr {
	if y := p.yieldExpr(); y != nil {
		return y
	}
	return p.starExpressions()
}

func (p *parser) assignment() ast.Stmt {
	start := p.mark()
	// NAME ':' expression ['=' annotated_rhs]
	if n := p.name(); n != nil && p.expectOp(":") != nil {
		if b := p.expression(); b != nil {
			c := p.optAnnValue()
			n.Ctx = ast.Store
			return &ast.AnnAssign{Pos: p.extra(start), Target: n, Annotation: b, Value: c, Simple: 1}
		}
	}
	p.reset(start)
	// ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
	var a ast.Expr
	if p.expectOp("(") != nil {
		if a = p.singleTarget(); a == nil || p.expectOp(")") == nil {
			a = nil
		}
	}
	if a == nil {
		p.reset(start)
		a = p.singleSubscriptAttributeTarget()
	}
	if a != nil && p.expectOp(":") != nil {
		if b := p.expression(); b != nil {
			c := p.optAnnValue()
			return &ast.AnnAssign{Pos: p.extra(start), Target: a, Annotation: b, Value: c, Simple: 0}
		}
	}
	p.reset(start)
	// (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
	var targets []ast.Expr
	for {
		m := p.mark()
		t := p.starTargets()
		if t == nil || p.expectOp("=") == nil {
			p.reset(m)
			break
		}
		targets = append(targets, t)
	}
	if len(targets) > 0 {
		if v := p.annotatedRHS(); v != nil && !p.isOp("=") {
			return &ast.Assign{Pos: p.extra(start), Targets: targets, Value: v}
		}
	}
	p.reset(start)
	// single_target augassign ~ (yield_expr | star_expressions)
	if t := p.singleTarget(); t != nil {
		if op, ok := p.augassign(); ok {
			v := p.annotatedRHS()
			if v == nil {
				p.reset(start)
				return nil // cut: no other alternative of this rule is tried
			}
			return &ast.AugAssign{Pos: p.extra(start), Target: t, Op: op, Value: v}
		}
	}
	p.reset(start)
	if p.callInvalid {
		p.invalidAssignment()
		p.reset(start)
	}
	return nil
}

func (p *parser) optAnnValue() ast.Expr {
	m := p.mark()
	if p.expectOp("=") != nil {
		if d := p.annotatedRHS(); d != nil {
			return d
		}
	}
	p.reset(m)
	return nil
}

func (p *parser) raiseStmt() ast.Stmt {
	start := p.mark()
	p.next()
	a := p.expression()
	if a == nil {
		return &ast.Raise{Pos: p.extra(start)}
	}
	m := p.mark()
	var b ast.Expr
	if p.expectKw("from") != nil {
		if b = p.expression(); b == nil {
			p.reset(m)
		}
	}
	return &ast.Raise{Pos: p.extra(start), Exc: a, Cause: b}
}

func (p *parser) delStmt() ast.Stmt {
	start := p.mark()
	p.next()
	if targets := p.delTargets(); targets != nil && (p.isOp(";") || p.peek().kind == tNewline) {
		return &ast.Delete{Pos: p.extra(start), Targets: targets}
	}
	p.reset(start)
	if p.callInvalid {
		p.next()
		if a := p.starExpressions(); a != nil {
			p.raiseInvalidTarget(delTargets, a)
		}
		p.reset(start)
	}
	return nil
}

// Import statements.

func (p *parser) importStmt() ast.Stmt {
	start := p.mark()
	if p.expectKw("import") != nil {
		names := p.dottedAsNames()
		if names == nil {
			p.reset(start)
			return nil
		}
		return &ast.Import{Pos: p.extra(start), Names: names}
	}
	if p.expectKw("from") == nil {
		return nil
	}
	level := 0
	for {
		if p.expectOp(".") != nil {
			level++
		} else if p.expectOp("...") != nil {
			level += 3
		} else {
			break
		}
	}
	m := p.mark()
	module := p.dottedName()
	if module == "" && level == 0 {
		p.reset(start)
		return nil
	}
	if p.expectKw("import") == nil {
		if module == "" {
			p.reset(start)
			return nil
		}
		// With leading dots, a failed dotted_name alternative retries
		// without a module name.
		p.reset(m)
		if level == 0 || p.expectKw("import") == nil {
			p.reset(start)
			return nil
		}
		module = ""
	}
	names := p.importFromTargets()
	if names == nil {
		p.reset(start)
		return nil
	}
	return &ast.ImportFrom{Pos: p.extra(start), Module: module, Names: names, Level: level}
}

func (p *parser) importFromTargets() []*ast.Alias {
	m := p.mark()
	if p.expectOp("(") != nil {
		if names := p.importFromAsNames(); names != nil {
			p.expectOp(",")
			if p.expectOp(")") != nil {
				return names
			}
		}
		p.reset(m)
	}
	if names := p.importFromAsNames(); names != nil {
		if !p.isOp(",") {
			return names
		}
		if p.callInvalid {
			p.next()
			if p.peek().kind == tNewline {
				p.raiseSyntax("trailing comma not allowed without surrounding parentheses")
			}
		}
		p.reset(m)
		return nil
	}
	p.reset(m)
	if t := p.expectOp("*"); t != nil {
		return []*ast.Alias{{Pos: tokPos(t), Name: "*"}}
	}
	return nil
}

func (p *parser) importFromAsNames() []*ast.Alias {
	var out []*ast.Alias
	for {
		start := p.mark()
		n := p.name()
		if n == nil {
			p.reset(start)
			break
		}
		a := &ast.Alias{Name: n.Id}
		m := p.mark()
		if p.expectKw("as") != nil {
			if z := p.name(); z != nil {
				a.Asname = z.Id
			} else {
				p.reset(m)
			}
		}
		a.Pos = p.extra(start)
		out = append(out, a)
		m = p.mark()
		if p.expectOp(",") == nil {
			break
		}
		if p.peek().kind != tName {
			p.reset(m)
			break
		}
	}
	return out
}

func (p *parser) dottedAsNames() []*ast.Alias {
	var out []*ast.Alias
	for {
		start := p.mark()
		n := p.dottedName()
		if n == "" {
			p.reset(start)
			break
		}
		a := &ast.Alias{Name: n}
		m := p.mark()
		if p.expectKw("as") != nil {
			if z := p.name(); z != nil {
				a.Asname = z.Id
			} else {
				p.reset(m)
			}
		}
		a.Pos = p.extra(start)
		out = append(out, a)
		m = p.mark()
		if p.expectOp(",") == nil {
			break
		}
		if p.peek().kind != tName {
			p.reset(m)
			break
		}
	}
	return out
}

// dottedName returns the dotted name joined with '.', or "".
func (p *parser) dottedName() string {
	n := p.name()
	if n == nil {
		return ""
	}
	parts := []string{n.Id}
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
		parts = append(parts, z.Id)
	}
	return strings.Join(parts, ".")
}
