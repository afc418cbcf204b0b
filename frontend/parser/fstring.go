package parser

import (
	"errors"
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/source"
	"github.com/pyjit/pyjit/frontend/tokenizer"
)

// Expressions inside f-string replacement fields are parsed as CPython 3.11
// does (fstring_compile_expr): the expression text is wrapped in
// parentheses and parsed by a separate parser whose token positions are
// shifted so that they point into the original source. Its errors get an
// "f-string: " prefix and columns relative to the parenthesised text.

// maxFstringNesting bounds f-strings nested inside f-string expressions.
const maxFstringNesting = 200

func (p *parser) fstringCompileExpr(t *token, body string, exprStart, exprEnd, bodyOff int) ast.Expr {
	s := exprStart
	for ; s < exprEnd; s++ {
		c := body[s]
		if !(c == ' ' || c == '\t' || c == '\n' || c == '\f') {
			break
		}
	}
	if s == exprEnd {
		if exprEnd < len(body) {
			switch c := body[exprEnd]; c {
			case '!', ':', '=':
				p.raiseSyntax("f-string: expression required before '%c'", c)
			}
		}
		p.raiseSyntax("f-string: empty expression not allowed")
	}
	expr := body[exprStart:exprEnd]
	lines, cols := findExprLocation(t.text, bodyOff+exprStart-1)
	sub := &parser{
		filename:  p.filename,
		mode:      Eval,
		fstring:   true,
		lineBase:  t.line + lines - 1,
		parent:    p,
		fstrSrc:   "(" + expr + ")",
		fstrDepth: p.fstrDepth + 1,
	}
	if lines != 0 {
		sub.firstLineCol = cols
	} else {
		sub.firstLineCol = t.col + cols
	}
	if sub.fstrDepth > maxFstringNesting {
		p.raise(&source.Error{Type: "MemoryError", Msg: "too deeply nested f-strings", Filename: p.filename})
	}
	sub.tz = tokenizer.NewFromString(sub.fstrSrc, p.filename)
	e, err := sub.parseFstringExpr()
	if err != nil {
		var se *source.Error
		if errors.As(err, &se) {
			p.raise(se)
		}
		p.raise(&source.Error{Type: "SyntaxError", Msg: err.Error(), Filename: p.filename})
	}
	return e
}

// findExprLocation is fstring_find_expr_location: brace is the offset of
// the '{' in the token text; it returns the number of newlines before it
// and the column shift of the expression.
func findExprLocation(text string, brace int) (lines, cols int) {
	newlineAfterBrace := true
	for i := brace + 1; i < len(text) && text[i] != '}' && text[i] != '\n'; i++ {
		if c := text[i]; c != ' ' && c != '\t' && c != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	if !newlineAfterBrace {
		start := brace
		for start > 0 && text[start] != '\n' {
			start--
		}
		cols = brace - start
		if text[start] == '\n' {
			cols--
		}
	}
	lines = strings.Count(text[:brace], "\n")
	return lines, cols
}

// parseFstringExpr runs the sub-parser (start rule fstring: star_expressions)
// with both passes.
func (p *parser) parseFstringExpr() (e ast.Expr, err error) {
	mod, err := p.parseTop()
	if err != nil {
		return nil, err
	}
	return mod.(*ast.Expression).Body, nil
}

// fstringRule is the start rule of the sub-parser.
func (p *parser) fstringRule() ast.Mod {
	e := p.starExpressions()
	if e == nil {
		return nil
	}
	return &ast.Expression{Body: e}
}

// shiftToken moves a sub-parser token to its place in the real source.
func (p *parser) shiftToken(t *token) {
	if t.endLine == 1 {
		t.col += p.firstLineCol
		t.endCol += p.firstLineCol
	}
	t.line += p.lineBase
	t.endLine += p.lineBase
}

// fstringLine is the line of the parenthesised expression text that
// CPython shows in errors of the sub-parser (n is an absolute line).
func (p *parser) fstringLine(n int) string {
	rel := n - p.lineBase
	s := source.Line([]byte(p.fstrSrc), rel)
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}
