package parser

import (
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
)

// The invalid_* rules of python.gram, used only in the second pass. Each
// either raises (ending the parse) or returns having matched nothing; the
// caller resets the position afterwards.

// invalidArguments (python.gram invalid_arguments).
func (p *parser) invalidArguments() {
	start := p.mark()
	// a=args ',' '*'
	if a := p.args(); a != nil && p.expectOp(",") != nil && p.expectOp("*") != nil {
		p.raiseNode(a.Pos, "iterable argument unpacking follows keyword argument unpacking")
	}
	p.reset(start)
	// a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
	if a := p.expression(); a != nil {
		if b := p.forIfClauses(); b != nil && p.expectOp(",") != nil {
			m := p.mark()
			if p.args() == nil {
				p.reset(m)
				if p.expression() == nil || p.forIfClauses() == nil {
					p.reset(m)
				}
			}
			p.raiseRange(*a.GetPos(), lastComprehensionItem(b), "Generator expression must be parenthesized")
		}
	}
	p.reset(start)
	// a=NAME b='=' expression for_if_clauses
	if a := p.name(); a != nil {
		if b := p.expectOp("="); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseRange(a.Pos, tokPos(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.reset(start)
	// a=args b=for_if_clauses
	if a := p.args(); a != nil {
		if b := p.forIfClauses(); b != nil {
			if len(a.Args) > 1 {
				p.raiseRange(*a.Args[len(a.Args)-1].GetPos(), lastComprehensionItem(b), "Generator expression must be parenthesized")
			}
		}
	}
	p.reset(start)
	// args ',' a=expression b=for_if_clauses
	if p.args() != nil && p.expectOp(",") != nil {
		if a := p.expression(); a != nil {
			if b := p.forIfClauses(); b != nil {
				p.raiseRange(*a.GetPos(), lastComprehensionItem(b), "Generator expression must be parenthesized")
			}
		}
	}
	p.reset(start)
	// a=args ',' args
	if a := p.args(); a != nil && p.expectOp(",") != nil && p.args() != nil {
		msg := "positional argument follows keyword argument"
		for _, k := range a.Keywords {
			if k.Arg == "" {
				msg = "positional argument follows keyword argument unpacking"
			}
		}
		p.raiseSyntax("%s", msg)
	}
	p.reset(start)
}

func lastComprehensionItem(b []*ast.Comprehension) ast.Pos {
	c := b[len(b)-1]
	if len(c.Ifs) == 0 {
		return *c.Iter.GetPos()
	}
	return *c.Ifs[len(c.Ifs)-1].GetPos()
}

// invalidKwarg (python.gram invalid_kwarg).
func (p *parser) invalidKwarg() {
	start := p.mark()
	if t := p.peek(); t.kind == tKeyword && (t.text == "True" || t.text == "False" || t.text == "None") {
		p.next()
		if b := p.expectOp("="); b != nil {
			p.raiseRange(tokPos(t), tokPos(b), "cannot assign to %s", t.text)
		}
	}
	p.reset(start)
	if a := p.name(); a != nil {
		if b := p.expectOp("="); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseRange(a.Pos, tokPos(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.reset(start)
	// !(NAME '=') a=expression b='='
	if p.peek().kind == tName && p.peekIsOpAt(1, "=") {
		return
	}
	if a := p.expression(); a != nil {
		if b := p.expectOp("="); b != nil {
			p.raiseRange(*a.GetPos(), tokPos(b), "expression cannot contain assignment, perhaps you meant \"==\"?")
		}
	}
	p.reset(start)
}

var legacyNames = map[string]bool{"print": true, "exec": true}

// invalidLegacyExpression: a=NAME !'(' b=star_expressions.
func (p *parser) invalidLegacyExpression() {
	a := p.name()
	if a == nil || p.isOp("(") {
		return
	}
	if b := p.starExpressions(); b != nil && legacyNames[a.Id] {
		p.raiseRange(a.Pos, *b.GetPos(), "Missing parentheses in call to '%s'. Did you mean %s(...)?", a.Id, a.Id)
	}
}

// invalidExpression (python.gram invalid_expression).
func (p *parser) invalidExpression() {
	start := p.mark()
	// !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
	t := p.peek()
	skip := false
	if t.kind == tName {
		if isSoftKeywordPrefix(t.text) {
			skip = true
		} else if p.peekAt(1).kind == tString {
			skip = true
		}
	}
	if !skip {
		if a := p.disjunction(); a != nil {
			if b := p.expressionWithoutInvalid(); b != nil {
				if !isLegacyName(a) && p.toks[p.pos-1].level != 0 {
					p.raiseRange(*a.GetPos(), *b.GetPos(), "invalid syntax. Perhaps you forgot a comma?")
				}
			}
		}
	}
	p.reset(start)
	// a=disjunction 'if' b=disjunction !('else'|':')
	if a := p.disjunction(); a != nil && p.expectKw("if") != nil {
		if b := p.disjunction(); b != nil && !p.isKw("else") && !p.isOp(":") {
			p.raiseRange(*a.GetPos(), *b.GetPos(), "expected 'else' after 'if' expression")
		}
	}
	p.reset(start)
}

// isSoftKeywordPrefix mirrors CPython 3.11's SOFT_KEYWORD token check,
// which compares with strncmp over the NAME's length: any prefix of
// "match", "case" or "_" (such as "c" or "ma") counts as a soft keyword.
func isSoftKeywordPrefix(name string) bool {
	for _, kw := range []string{"_", "case", "match"} {
		if strings.HasPrefix(kw, name) {
			return true
		}
	}
	return false
}

func isLegacyName(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	return ok && legacyNames[n.Id]
}

// invalidNamedExpression (memoized in CPython).
func (p *parser) invalidNamedExpression() {
	start := p.mark()
	if _, ok := p.memoGet(mInvalidNamedExpression); ok {
		p.reset(start)
		return
	}
	p.invalidNamedExpressionRaw()
	p.reset(start)
	p.memoPut(mInvalidNamedExpression, start, nil)
}

func (p *parser) invalidNamedExpressionRaw() {
	start := p.mark()
	// a=expression ':=' expression
	if a := p.expression(); a != nil && p.expectOp(":=") != nil && p.expression() != nil {
		p.raiseNode(*a.GetPos(), "cannot use assignment expressions with %s", exprName(a))
	}
	p.reset(start)
	// a=NAME '=' b=bitwise_or !('='|':=')
	if a := p.name(); a != nil && p.expectOp("=") != nil {
		if b := p.bitwiseOr(); b != nil && !p.isOp("=") && !p.isOp(":=") {
			p.raiseRange(a.Pos, *b.GetPos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.reset(start)
	// !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
	if p.isKw("True") || p.isKw("None") || p.isKw("False") {
		return
	}
	if p.isOp("[") || p.isOp("(") {
		p.callInvalidOff(func() {
			var e ast.Expr
			if p.isOp("[") {
				e = p.bracketAtom()
				if _, ok := e.(*ast.List); !ok {
					e = nil
				}
			} else {
				e = p.tuple()
				if e == nil {
					p.reset(start)
					e = p.genexp()
				}
			}
			if e != nil {
				start = -1
			}
		})
		if start < 0 {
			return
		}
		p.reset(start)
	}
	if a := p.bitwiseOr(); a != nil && p.expectOp("=") != nil {
		if b := p.bitwiseOr(); b != nil && !p.isOp("=") && !p.isOp(":=") {
			p.raiseNode(*a.GetPos(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(a))
		}
	}
}

// callInvalidOff runs f with the invalid rules disabled; used for
// lookaheads whose own invalid rules CPython would run but that cannot
// raise in the situations where we use it.
func (p *parser) callInvalidOff(f func()) {
	saved := p.callInvalid
	p.callInvalid = false
	defer func() { p.callInvalid = saved }()
	f()
}

// invalidAssignment (python.gram invalid_assignment).
func (p *parser) invalidAssignment() {
	start := p.mark()
	// a=invalid_ann_assign_target ':' expression
	if a := p.invalidAnnAssignTarget(); a != nil && p.expectOp(":") != nil && p.expression() != nil {
		p.raiseNode(*a.GetPos(), "only single target (not %s) can be annotated", exprName(a))
	}
	p.reset(start)
	// a=star_named_expression ',' star_named_expressions* ':' expression
	if a := p.starNamedExpression(); a != nil && p.expectOp(",") != nil {
		for p.starNamedExpressions() != nil {
		}
		if p.expectOp(":") != nil && p.expression() != nil {
			p.raiseNode(*a.GetPos(), "only single target (not tuple) can be annotated")
		}
	}
	p.reset(start)
	// a=expression ':' expression
	if a := p.expression(); a != nil && p.expectOp(":") != nil && p.expression() != nil {
		p.raiseNode(*a.GetPos(), "illegal target for annotation")
	}
	p.reset(start)
	// (star_targets '=')* a=star_expressions '='
	p.skipStarTargetsEq()
	if a := p.starExpressions(); a != nil && p.expectOp("=") != nil {
		p.raiseInvalidTarget(starTargets, a)
	}
	p.reset(start)
	// (star_targets '=')* a=yield_expr '='
	p.skipStarTargetsEq()
	if a := p.yieldExpr(); a != nil && p.expectOp("=") != nil {
		p.raiseNode(*a.GetPos(), "assignment to yield expression not possible")
	}
	p.reset(start)
	// a=star_expressions augassign (yield_expr | star_expressions)
	if a := p.starExpressions(); a != nil {
		if _, ok := p.augassign(); ok && p.annotatedRHS() != nil {
			p.raiseNode(*a.GetPos(), "'%s' is an illegal expression for augmented assignment", exprName(a))
		}
	}
	p.reset(start)
}

func (p *parser) skipStarTargetsEq() {
	for {
		m := p.mark()
		if p.starTargets() == nil || p.expectOp("=") == nil {
			p.reset(m)
			return
		}
	}
}

// invalidAnnAssignTarget: list | tuple | '(' invalid_ann_assign_target ')'.
func (p *parser) invalidAnnAssignTarget() ast.Expr {
	start := p.mark()
	if p.isOp("[") {
		if e, ok := p.bracketAtom().(*ast.List); ok {
			return e
		}
		p.reset(start)
		return nil
	}
	if p.isOp("(") {
		if e := p.tuple(); e != nil {
			return e
		}
		p.reset(start)
		p.next()
		if a := p.invalidAnnAssignTarget(); a != nil && p.expectOp(")") != nil {
			return a
		}
	}
	p.reset(start)
	return nil
}

// invalidComprehension (python.gram invalid_comprehension).
func (p *parser) invalidComprehension() {
	start := p.mark()
	open := p.peek()
	if open.kind != tOp || (open.text != "[" && open.text != "(" && open.text != "{") {
		return
	}
	p.next()
	if a := p.starredExpression(); a != nil && p.forIfClauses() != nil {
		p.raiseNode(*a.GetPos(), "iterable unpacking cannot be used in comprehension")
	}
	if open.text == "(" {
		p.reset(start)
		return
	}
	p.reset(start)
	p.next()
	if a := p.starNamedExpression(); a != nil && p.expectOp(",") != nil {
		if b := p.starNamedExpressions(); b != nil && p.forIfClauses() != nil {
			p.raiseRange(*a.GetPos(), *b[len(b)-1].GetPos(), "did you forget parentheses around the comprehension target?")
		}
	}
	p.reset(start)
	p.next()
	if a := p.starNamedExpression(); a != nil {
		if b := p.expectOp(","); b != nil && p.forIfClauses() != nil {
			p.raiseRange(*a.GetPos(), tokPos(b), "did you forget parentheses around the comprehension target?")
		}
	}
	p.reset(start)
}

// invalidDictComprehension: '{' a='**' bitwise_or for_if_clauses '}'.
func (p *parser) invalidDictComprehension() {
	start := p.mark()
	if p.expectOp("{") != nil {
		if a := p.expectOp("**"); a != nil && p.bitwiseOr() != nil && p.forIfClauses() != nil && p.expectOp("}") != nil {
			p.raiseNode(tokPos(a), "dict unpacking cannot be used in dict comprehension")
		}
	}
	p.reset(start)
}

// invalidDoubleStarredKVPairs (after '{'); the caller checks the '}'
// only in CPython's first alternative, which raises from within.
func (p *parser) invalidDoubleStarredKVPairs() {
	start := p.mark()
	// ','.double_starred_kvpair+ ',' invalid_kvpair
	n := 0
	for {
		m := p.mark()
		ok := false
		if p.expectOp("**") != nil {
			ok = p.bitwiseOr() != nil
		} else {
			k, _ := p.kvpair()
			ok = k != nil
		}
		if !ok {
			p.reset(m)
			break
		}
		n++
		m2 := p.mark()
		if p.expectOp(",") == nil {
			break
		}
		// Try invalid_kvpair after this comma.
		m3 := p.mark()
		p.invalidKVPair()
		p.reset(m3)
		_ = m2
	}
	p.reset(start)
	// expression ':' a='*' bitwise_or
	if p.expression() != nil && p.expectOp(":") != nil {
		if a := p.expectOp("*"); a != nil && p.bitwiseOr() != nil {
			p.raiseFrom(tokPos(a), "cannot use a starred expression in a dictionary value")
		}
	}
	p.reset(start)
	// expression a=':' &('}'|',')
	if p.expression() != nil {
		if a := p.expectOp(":"); a != nil && (p.isOp("}") || p.isOp(",")) {
			p.raiseNode(tokPos(a), "expression expected after dictionary key and ':'")
		}
	}
	p.reset(start)
}

// invalidKVPair (python.gram invalid_kvpair).
func (p *parser) invalidKVPair() {
	start := p.mark()
	if a := p.expression(); a != nil && !p.isOp(":") {
		pos := a.GetPos()
		e := p.errorAt("SyntaxError", "':' expected after dictionary key", pos.Lineno, pos.EndColOffset, pos.EndLineno, 0)
		p.raise(e)
	}
	p.reset(start)
	if p.expression() != nil && p.expectOp(":") != nil {
		if a := p.expectOp("*"); a != nil && p.bitwiseOr() != nil {
			p.raiseFrom(tokPos(a), "cannot use a starred expression in a dictionary value")
		}
	}
	p.reset(start)
	if p.expression() != nil {
		if a := p.expectOp(":"); a != nil && (p.isOp("}") || p.isOp(",")) {
			p.raiseNode(tokPos(a), "expression expected after dictionary key and ':'")
		}
	}
	p.reset(start)
}

// invalidGroup: '(' starred_expression ')' | '(' '**' expression ')'.
func (p *parser) invalidGroup() {
	start := p.mark()
	p.next()
	if a := p.starredExpression(); a != nil && p.expectOp(")") != nil {
		p.raiseNode(*a.GetPos(), "cannot use starred expression here")
	}
	p.reset(start)
	p.next()
	if a := p.expectOp("**"); a != nil && p.expression() != nil && p.expectOp(")") != nil {
		p.raiseNode(tokPos(a), "cannot use double starred expression here")
	}
	p.reset(start)
}

// invalidForTarget: ASYNC? 'for' a=star_expressions.
func (p *parser) invalidForTarget() {
	p.expectKw("async")
	if p.expectKw("for") == nil {
		return
	}
	if a := p.starExpressions(); a != nil {
		p.raiseInvalidTarget(forTargets, a)
	}
}

// invalidParameters covers invalid_parameters and invalid_lambda_parameters.
func (p *parser) invalidParameters(lambda bool) {
	start := p.mark()
	// a="/" ','
	if a := p.expectOp("/"); a != nil && p.expectOp(",") != nil {
		p.raiseNode(tokPos(a), "at least one argument must precede /")
	}
	p.reset(start)
	// (slash_no_default | slash_with_default) param_maybe_default* a='/'
	if p.slashAny(lambda) {
		p.skipParamMaybeDefaults(lambda)
		if a := p.expectOp("/"); a != nil {
			p.raiseNode(tokPos(a), "/ may appear only once")
		}
	}
	p.reset(start)
	// slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default
	{
		m := p.mark()
		if !p.slashNoDefault(lambda) {
			p.reset(m)
		}
		p.skipParamNoDefaults(lambda)
		if p.invalidParametersHelper(lambda) {
			m := p.mark()
			if a := p.param(lambda); a != nil && p.paramSep(lambda) {
				p.raiseNode(a.Pos, "non-default argument follows default argument")
			}
			p.reset(m)
		}
	}
	p.reset(start)
	// param_no_default* a='(' param_no_default+ ','? b=')'
	p.skipParamNoDefaults(lambda)
	if a := p.expectOp("("); a != nil {
		n := 0
		if lambda {
			for {
				if p.name() == nil {
					break
				}
				n++
				if p.expectOp(",") == nil {
					break
				}
			}
		} else {
			n = p.skipParamNoDefaults(lambda)
		}
		p.expectOp(",")
		if b := p.expectOp(")"); b != nil && n > 0 {
			msg := "Function parameters cannot be parenthesized"
			if lambda {
				msg = "Lambda expression parameters cannot be parenthesized"
			}
			p.raiseRange(tokPos(a), tokPos(b), "%s", msg)
		}
	}
	p.reset(start)
	// (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
	{
		m := p.mark()
		if !p.slashAny(lambda) {
			p.reset(m)
		}
		p.skipParamMaybeDefaults(lambda)
		if p.expectOp("*") != nil {
			ok := p.expectOp(",") != nil
			if !ok {
				m := p.mark()
				if a := p.param(lambda); a != nil && p.paramSep(lambda) {
					ok = true
				} else {
					p.reset(m)
				}
			}
			if ok {
				p.skipParamMaybeDefaults(lambda)
				if a := p.expectOp("/"); a != nil {
					p.raiseNode(tokPos(a), "/ must be ahead of *")
				}
			}
		}
	}
	p.reset(start)
	// param_maybe_default+ '/' a='*'
	if p.skipParamMaybeDefaults(lambda) > 0 && p.expectOp("/") != nil {
		if a := p.expectOp("*"); a != nil {
			p.raiseNode(tokPos(a), "expected comma between / and *")
		}
	}
	p.reset(start)
}

// skipParamNoDefaults consumes param_no_default* and returns the count.
func (p *parser) skipParamNoDefaults(lambda bool) int {
	n := 0
	for {
		m := p.mark()
		a := p.param(lambda)
		if a == nil || !p.paramSep(lambda) {
			p.reset(m)
			return n
		}
		n++
	}
}

// skipParamWithDefaults consumes param_with_default*.
func (p *parser) skipParamWithDefaults(lambda bool) int {
	n := 0
	for {
		m := p.mark()
		a := p.param(lambda)
		if a == nil || p.defaultValue() == nil || !p.paramSep(lambda) {
			p.reset(m)
			return n
		}
		n++
	}
}

// skipParamMaybeDefaults consumes param_maybe_default*.
func (p *parser) skipParamMaybeDefaults(lambda bool) int {
	n := 0
	for {
		m := p.mark()
		a := p.param(lambda)
		if a == nil {
			p.reset(m)
			return n
		}
		p.defaultValue()
		if !p.paramSep(lambda) {
			p.reset(m)
			return n
		}
		n++
	}
}

// slashTail: '/' (',' | &')').
func (p *parser) slashTail(lambda bool) bool {
	m := p.mark()
	if p.expectOp("/") != nil && p.paramSep(lambda) {
		return true
	}
	p.reset(m)
	return false
}

func (p *parser) slashNoDefault(lambda bool) bool {
	m := p.mark()
	if p.skipParamNoDefaults(lambda) > 0 && p.slashTail(lambda) {
		return true
	}
	p.reset(m)
	return false
}

func (p *parser) slashWithDefault(lambda bool) bool {
	m := p.mark()
	p.skipParamNoDefaults(lambda)
	if p.skipParamWithDefaults(lambda) > 0 && p.slashTail(lambda) {
		return true
	}
	p.reset(m)
	return false
}

func (p *parser) slashAny(lambda bool) bool {
	return p.slashNoDefault(lambda) || p.slashWithDefault(lambda)
}

// invalidParametersHelper: slash_with_default | param_with_default+.
func (p *parser) invalidParametersHelper(lambda bool) bool {
	if p.slashWithDefault(lambda) {
		return true
	}
	return p.skipParamWithDefaults(lambda) > 0
}

// invalidStarEtc covers invalid_star_etc and invalid_lambda_star_etc.
func (p *parser) invalidStarEtc(lambda bool) {
	start := p.mark()
	end := ")"
	if lambda {
		end = ":"
	}
	// a='*' (')' | ',' (')' | '**'))
	if a := p.expectOp("*"); a != nil {
		ok := p.isOp(end)
		if !ok && p.expectOp(",") != nil {
			ok = p.isOp(end) || p.isOp("**")
		}
		if ok {
			if lambda {
				p.next()
				p.raiseSyntax("named arguments must follow bare *")
			}
			p.raiseNode(tokPos(a), "named arguments must follow bare *")
		}
	}
	p.reset(start)
	// '*' param a='='
	if p.expectOp("*") != nil && p.param(lambda) != nil {
		if a := p.expectOp("="); a != nil {
			p.raiseNode(tokPos(a), "var-positional argument cannot have default value")
		}
	}
	p.reset(start)
	// '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
	if p.expectOp("*") != nil {
		ok := p.expectOp(",") != nil
		if !ok {
			m := p.mark()
			if a := p.param(lambda); a != nil && p.paramSep(lambda) {
				ok = true
			} else {
				p.reset(m)
			}
		}
		if ok {
			p.skipParamMaybeDefaults(lambda)
			if a := p.expectOp("*"); a != nil {
				ok2 := p.expectOp(",") != nil
				if !ok2 {
					if b := p.param(lambda); b != nil && p.paramSep(lambda) {
						ok2 = true
					}
				}
				if ok2 {
					p.raiseNode(tokPos(a), "* argument may appear only once")
				}
			}
		}
	}
	p.reset(start)
}

// invalidKwds covers invalid_kwds and invalid_lambda_kwds.
func (p *parser) invalidKwds(lambda bool) {
	start := p.mark()
	if p.expectOp("**") != nil && p.param(lambda) != nil {
		if a := p.expectOp("="); a != nil {
			p.raiseNode(tokPos(a), "var-keyword argument cannot have default value")
		}
		if p.expectOp(",") != nil {
			if a := p.param(lambda); a != nil {
				p.raiseNode(a.Pos, "arguments cannot follow var-keyword argument")
			}
			t := p.peek()
			if t.kind == tOp && (t.text == "*" || t.text == "**" || t.text == "/") {
				p.raiseNode(tokPos(t), "arguments cannot follow var-keyword argument")
			}
		}
	}
	p.reset(start)
}

// Statement-level invalid rules.

// blockMissing reports NEWLINE !INDENT after the ':' already consumed.
func (p *parser) newlineNoIndent() bool {
	return p.expectKind(tNewline) != nil && p.peek().kind != tIndent
}

// invalidIfStmt covers invalid_if_stmt and invalid_elif_stmt.
func (p *parser) invalidIfStmt(kw string) {
	start := p.mark()
	if p.expectKw(kw) != nil && p.namedExpression() != nil && p.expectKind(tNewline) != nil {
		p.raiseSyntax("expected ':'")
	}
	p.reset(start)
	if a := p.expectKw(kw); a != nil && p.namedExpression() != nil && p.expectOp(":") != nil && p.newlineNoIndent() {
		p.raiseIndent("expected an indented block after '%s' statement on line %d", kw, a.line)
	}
	p.reset(start)
}

func (p *parser) invalidWhileStmt() {
	start := p.mark()
	if p.expectKw("while") != nil && p.namedExpression() != nil && p.expectKind(tNewline) != nil {
		p.raiseSyntax("expected ':'")
	}
	p.reset(start)
	if a := p.expectKw("while"); a != nil && p.namedExpression() != nil && p.expectOp(":") != nil && p.newlineNoIndent() {
		p.raiseIndent("expected an indented block after 'while' statement on line %d", a.line)
	}
	p.reset(start)
}

func (p *parser) invalidForStmt() {
	start := p.mark()
	p.expectKw("async")
	if p.expectKw("for") != nil && p.starTargets() != nil && p.expectKw("in") != nil &&
		p.starExpressions() != nil && p.expectKind(tNewline) != nil {
		p.raiseSyntax("expected ':'")
	}
	p.reset(start)
	p.expectKw("async")
	if a := p.expectKw("for"); a != nil && p.starTargets() != nil && p.expectKw("in") != nil &&
		p.starExpressions() != nil && p.expectOp(":") != nil && p.newlineNoIndent() {
		p.raiseIndent("expected an indented block after 'for' statement on line %d", a.line)
	}
	p.reset(start)
}

func (p *parser) invalidDefRaw() {
	start := p.mark()
	p.expectKw("async")
	if a := p.expectKw("def"); a != nil && p.name() != nil && p.expectOp("(") != nil {
		p.params()
		if p.expectOp(")") != nil {
			m := p.mark()
			if p.expectOp("->") == nil || p.expression() == nil {
				p.reset(m)
			}
			if p.expectOp(":") != nil && p.newlineNoIndent() {
				p.raiseIndent("expected an indented block after function definition on line %d", a.line)
			}
		}
	}
	p.reset(start)
}

func (p *parser) invalidClassDefRaw() {
	start := p.mark()
	for i := 0; i < 2; i++ {
		p.reset(start)
		a := p.expectKw("class")
		if a == nil || p.name() == nil {
			break
		}
		m := p.mark()
		if p.expectOp("(") != nil {
			p.arguments()
			if p.expectOp(")") == nil {
				p.reset(m)
			}
		} else {
			p.reset(m)
		}
		if i == 0 {
			if p.expectKind(tNewline) != nil {
				p.raiseSyntax("expected ':'")
			}
		} else if p.expectOp(":") != nil && p.newlineNoIndent() {
			p.raiseIndent("expected an indented block after class definition on line %d", a.line)
		}
	}
	p.reset(start)
}

// withItemsLoose: ','.(expression ['as' star_target])+ (or expressions
// in the parenthesised form).
func (p *parser) withItemsLoose(paren bool) bool {
	n := 0
	for {
		m := p.mark()
		var e ast.Expr
		if paren {
			e = p.expressions()
		} else {
			e = p.expression()
		}
		if e == nil {
			p.reset(m)
			if n > 0 {
				p.pos--
			}
			break
		}
		m2 := p.mark()
		if p.expectKw("as") == nil || p.starTarget() == nil {
			p.reset(m2)
		}
		n++
		if p.expectOp(",") == nil {
			break
		}
	}
	return n > 0
}

func (p *parser) invalidWithStmt() {
	start := p.mark()
	p.expectKw("async")
	if p.expectKw("with") != nil && p.withItemsLoose(false) && p.expectKind(tNewline) != nil {
		p.raiseSyntax("expected ':'")
	}
	p.reset(start)
	p.expectKw("async")
	if p.expectKw("with") != nil && p.expectOp("(") != nil && p.withItemsLoose(true) {
		p.expectOp(",")
		if p.expectOp(")") != nil && p.expectKind(tNewline) != nil {
			p.raiseSyntax("expected ':'")
		}
	}
	p.reset(start)
}

func (p *parser) invalidWithStmtIndent() {
	start := p.mark()
	p.expectKw("async")
	if a := p.expectKw("with"); a != nil && p.withItemsLoose(false) && p.expectOp(":") != nil && p.newlineNoIndent() {
		p.raiseIndent("expected an indented block after 'with' statement on line %d", a.line)
	}
	p.reset(start)
	p.expectKw("async")
	if a := p.expectKw("with"); a != nil && p.expectOp("(") != nil && p.withItemsLoose(true) {
		p.expectOp(",")
		if p.expectOp(")") != nil && p.expectOp(":") != nil && p.newlineNoIndent() {
			p.raiseIndent("expected an indented block after 'with' statement on line %d", a.line)
		}
	}
	p.reset(start)
}

func (p *parser) invalidTryStmt() {
	start := p.mark()
	if a := p.expectKw("try"); a != nil && p.expectOp(":") != nil && p.newlineNoIndent() {
		p.raiseIndent("expected an indented block after 'try' statement on line %d", a.line)
	}
	p.reset(start)
	if p.expectKw("try") != nil && p.expectOp(":") != nil && p.block() != nil && !p.isKw("except") && !p.isKw("finally") {
		p.raiseSyntax("expected 'except' or 'finally' block")
	}
	p.reset(start)
	// 'try' ':' block* except_block+ a='except' b='*' ... (3.11.2)
	if p.expectKw("try") != nil && p.expectOp(":") != nil {
		for p.block() != nil {
		}
		n := 0
		for p.exceptBlock(false) != nil {
			n++
		}
		if n > 0 {
			if a := p.expectKw("except"); a != nil {
				if b := p.expectOp("*"); b != nil {
					p.raiseRange(tokPos(a), tokPos(b), "cannot have both 'except' and 'except*' on the same 'try'")
				}
			}
		}
	}
	p.reset(start)
	if p.expectKw("try") != nil && p.expectOp(":") != nil {
		for p.block() != nil {
		}
		n := 0
		for p.exceptBlock(true) != nil {
			n++
		}
		if n > 0 {
			if a := p.expectKw("except"); a != nil && !p.isOp("*") {
				p.raiseNode(tokPos(a), "cannot have both 'except' and 'except*' on the same 'try'")
			}
		}
	}
	p.reset(start)
}

func (p *parser) invalidExceptStmt() {
	start := p.mark()
	// 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
	if p.expectKw("except") != nil {
		p.expectOp("*")
		if a := p.expression(); a != nil && p.expectOp(",") != nil && p.expressions() != nil {
			m := p.mark()
			if p.expectKw("as") == nil || p.name() == nil {
				p.reset(m)
			}
			if p.expectOp(":") != nil {
				p.raiseFrom(*a.GetPos(), "multiple exception types must be parenthesized")
			}
		}
	}
	p.reset(start)
	// a='except' '*'? expression ['as' NAME ] NEWLINE
	if p.expectKw("except") != nil {
		p.expectOp("*")
		if p.expression() != nil {
			m := p.mark()
			if p.expectKw("as") == nil || p.name() == nil {
				p.reset(m)
			}
			if p.expectKind(tNewline) != nil {
				p.raiseSyntax("expected ':'")
			}
		}
	}
	p.reset(start)
	if p.expectKw("except") != nil && p.expectKind(tNewline) != nil {
		p.raiseSyntax("expected ':'")
	}
	p.reset(start)
	if p.expectKw("except") != nil && p.expectOp("*") != nil && (p.expectKind(tNewline) != nil || p.expectOp(":") != nil) {
		p.raiseSyntax("expected one or more exception types")
	}
	p.reset(start)
}

func (p *parser) invalidExceptStmtIndent(star bool) {
	start := p.mark()
	a := p.expectKw("except")
	if a == nil {
		return
	}
	if star {
		if p.expectOp("*") != nil && p.expression() != nil {
			m := p.mark()
			if p.expectKw("as") == nil || p.name() == nil {
				p.reset(m)
			}
			if p.expectOp(":") != nil && p.newlineNoIndent() {
				p.raiseIndent("expected an indented block after 'except*' statement on line %d", a.line)
			}
		}
		p.reset(start)
		return
	}
	if p.expression() != nil {
		m := p.mark()
		if p.expectKw("as") == nil || p.name() == nil {
			p.reset(m)
		}
		if p.expectOp(":") != nil && p.newlineNoIndent() {
			p.raiseIndent("expected an indented block after 'except' statement on line %d", a.line)
		}
	}
	p.reset(start)
	p.next()
	if p.expectOp(":") != nil && p.newlineNoIndent() {
		p.raiseIndent("expected an indented block after 'except' statement on line %d", a.line)
	}
	p.reset(start)
}

func (p *parser) invalidMatchStmt() {
	start := p.mark()
	if p.expectSoft("match") != nil && p.subjectExpr() != nil && p.expectKind(tNewline) != nil {
		p.raiseSyntax("expected ':'")
	}
	p.reset(start)
	if a := p.expectSoft("match"); a != nil && p.subjectExpr() != nil && p.expectOp(":") != nil && p.newlineNoIndent() {
		p.raiseIndent("expected an indented block after 'match' statement on line %d", a.line)
	}
	p.reset(start)
}

func (p *parser) invalidCaseBlock() {
	start := p.mark()
	if p.expectSoft("case") != nil && p.patterns() != nil {
		p.guard()
		if p.expectKind(tNewline) != nil {
			p.raiseSyntax("expected ':'")
		}
	}
	p.reset(start)
	if a := p.expectSoft("case"); a != nil && p.patterns() != nil {
		p.guard()
		if p.expectOp(":") != nil && p.newlineNoIndent() {
			p.raiseIndent("expected an indented block after 'case' statement on line %d", a.line)
		}
	}
	p.reset(start)
}

// invalidAsPattern is tried after or_pattern 'as' (m is after the or_pattern).
func (p *parser) invalidAsPattern(m int) {
	p.reset(m)
	p.next() // 'as'
	if t := p.expectSoft("_"); t != nil {
		p.raiseNode(tokPos(t), "cannot use '_' as a target")
	}
	if p.peek().kind != tName {
		if a := p.expression(); a != nil {
			p.raiseNode(*a.GetPos(), "invalid pattern target")
		}
	}
	p.reset(m)
}

// invalidClassPattern: name_or_attr '(' [positional_patterns ','] keyword_patterns ',' positional_patterns.
func (p *parser) invalidClassPattern() {
	start := p.mark()
	if p.nameOrAttr() == nil || p.expectOp("(") == nil {
		p.reset(start)
		return
	}
	sawKw := false
	var firstPos, lastPos ast.Pattern
	for {
		if n := p.peek(); n.kind == tName && p.peekIsOpAt(1, "=") {
			p.next()
			p.next()
			if p.pattern() == nil {
				break
			}
			sawKw = true
		} else {
			v := p.pattern()
			if v == nil {
				break
			}
			if sawKw {
				if firstPos == nil {
					firstPos = v
				}
				lastPos = v
			}
		}
		if p.expectOp(",") == nil {
			break
		}
		if firstPos != nil {
			if n := p.peek(); n.kind == tName && p.peekIsOpAt(1, "=") {
				break
			}
		}
	}
	if firstPos != nil {
		p.raiseRange(*firstPos.GetPos(), *lastPos.GetPos(), "positional patterns follow keyword patterns")
	}
	p.reset(start)
}
