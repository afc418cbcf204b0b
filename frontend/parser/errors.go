package parser

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/source"
)

// parseTop runs the first pass and, when it fails, the second pass with the
// invalid_* rules, then settles the error as _PyPegen_run_parser and
// _PyPegen_set_syntax_error do.
func (p *parser) parseTop() (ast.Mod, error) {
	mod, err := p.pass()
	if err == nil && mod != nil {
		return mod, nil
	}
	if p.tokErr != nil || (err != nil && !isSyntaxError(err)) {
		return nil, err
	}
	var lastTok *token
	if len(p.toks) > 0 {
		lastTok = p.toks[len(p.toks)-1]
	}
	if err == nil {
		p.pos = 0
		p.clearMemo()
		p.callInvalid = true
		p.depth = 0
		_, err = p.pass()
		if p.tokErr != nil {
			return nil, p.tokErr
		}
	}
	if err != nil {
		if !isSyntaxError(err) {
			return nil, err
		}
		return nil, p.tokenizeRest(err)
	}
	if lastTok == nil {
		return nil, p.errorAt("SyntaxError", "error at start before reading any input", 0, 0, 0, -1)
	}
	if lastTok.kind == tIndent || lastTok.kind == tDedent {
		msg := "unexpected indent"
		if lastTok.kind == tDedent {
			msg = "unexpected unindent"
		}
		return nil, p.errorLastTok("IndentationError", msg)
	}
	line, endLine := lastTok.line, lastTok.endLine
	if lastTok.kind == tEnd && len(p.toks) == 1 && p.emptySrc {
		line, endLine = 0, 0 // empty input: CPython's tokenizer read no line
	}
	err = p.errorAt("SyntaxError", "invalid syntax", line, lastTok.col+1, endLine, lastTok.endCol+1)
	return nil, p.tokenizeRest(err)
}

func isSyntaxError(err error) bool {
	var se *source.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Type {
	case "SyntaxError", "IndentationError", "TabError":
		return true
	}
	return false
}

// pass runs the start rule once, turning a raised error into err.
func (p *parser) pass() (mod ast.Mod, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			mod, err = nil, b.err
		}
	}()
	if p.fstring {
		return p.fstringRule(), nil
	}
	switch p.mode {
	case Eval:
		return p.evalRule(), nil
	case Single:
		return p.interactiveRule(), nil
	case FuncType:
		return p.funcTypeRule(), nil
	}
	return p.fileRule(), nil
}

// tokenizeRest reads the rest of the source after a parser error: a
// tokenizer error found there replaces the parser's error, and so does an
// unclosed bracket opened on a line before the error
// (_PyPegen_tokenize_full_source_to_check_for_errors).
func (p *parser) tokenizeRest(orig error) error {
	// CPython does not read ahead at the interactive prompt.
	if p.fstring || p.tz == nil || p.interactive {
		return orig
	}
	errLine := 0
	if len(p.toks) > 0 {
		errLine = p.toks[len(p.toks)-1].line
	}
	for i := 0; ; i++ {
		t, err := p.tz.Next()
		if err != nil {
			se, ok := err.(*source.Error)
			if !ok {
				return orig
			}
			if strings.HasSuffix(se.Msg, "was never closed") {
				if errLine > se.Lineno {
					return se
				}
				return orig
			}
			return se
		}
		if t.Kind == 0 { // ENDMARKER
			return orig
		}
	}
}

// tokenizerError adapts an error from the tokenizer.
func (p *parser) tokenizerError(err error) *source.Error {
	se, ok := err.(*source.Error)
	if !ok {
		se = &source.Error{Type: "SyntaxError", Msg: err.Error(), Filename: p.filename}
	}
	if p.fstring {
		c := *se
		c.Lineno += p.lineBase
		if c.EndLineno > 0 {
			c.EndLineno += p.lineBase
		}
		se = &c
	}
	return se
}

// lineText is the source line n as CPython shows it in SyntaxError.text.
func (p *parser) lineText(n int) string {
	if p.fstring {
		return p.fstringLine(n)
	}
	if p.tz == nil || n < 1 {
		return ""
	}
	s := p.tz.Line(n)
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}

// byteToChar is _PyPegen_byte_offset_to_character_offset: the number of
// characters in the first n bytes of line (n is 1-based: col_offset+1).
func byteToChar(line string, n int) int {
	if n > len(line)+1 {
		n = len(line) + 1
	}
	if n <= len(line) {
		return utf8.RuneCountInString(line[:n])
	}
	return utf8.RuneCountInString(line) + n - len(line)
}

// errorAt builds an error from CPython-style positions: col and endCol are
// 1-based byte offsets (col_offset+1); endCol <= 0 means none.
func (p *parser) errorAt(typ, msg string, line, col, endLine, endCol int) *source.Error {
	if p.fstring {
		msg = "f-string: " + msg
		col -= p.firstLineCol
		endCol -= p.firstLineCol
	}
	text := p.lineText(line)
	offset, endOffset := col, endCol
	// Without a known encoding (bytes with no BOM or cookie) CPython
	// leaves the offsets in bytes.
	if p.tz == nil || p.tz.Encoding() != "" {
		if col >= 0 {
			offset = byteToChar(text, col)
		}
		if endCol > 0 {
			endOffset = byteToChar(text, endCol)
		}
	}
	return &source.Error{Type: typ, Msg: msg, Filename: p.filename, Lineno: line,
		Offset: offset, EndLineno: endLine, EndOffset: endOffset, Text: text}
}

func (p *parser) raise(e *source.Error) {
	panic(bailout{e})
}

// errorLastTok is RAISE_SYNTAX_ERROR: located at the last token read.
func (p *parser) errorLastTok(typ, msg string) *source.Error {
	if len(p.toks) == 0 {
		return p.errorAt(typ, msg, 0, 0, 0, -1)
	}
	t := p.toks[len(p.toks)-1]
	line, endLine := t.line, t.endLine
	col, endCol := t.col+1, t.endCol+1
	if t.col < 0 {
		// INDENT/DEDENT/ENDMARKER have no column: CPython uses the
		// tokenizer's read position (0-based, not incremented).
		col = 0
		if p.tz != nil && !p.fstring {
			line, col = p.tz.Cursor()
			if len(p.toks) == 1 && t.kind == tEnd && p.emptySrc {
				line = 0 // empty input: CPython's tokenizer read no line
			}
			endLine = line
		}
	}
	if t.endCol < 0 {
		endCol = -1
	}
	return p.errorAt(typ, msg, line, col, endLine, endCol)
}

// raiseSyntax is RAISE_SYNTAX_ERROR(msg, ...).
func (p *parser) raiseSyntax(format string, args ...any) {
	p.raise(p.errorLastTok("SyntaxError", fmt.Sprintf(format, args...)))
}

// raiseIndent is RAISE_INDENTATION_ERROR.
func (p *parser) raiseIndent(format string, args ...any) {
	p.raise(p.errorLastTok("IndentationError", fmt.Sprintf(format, args...)))
}

// raiseNode is RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg).
func (p *parser) raiseNode(a ast.Pos, format string, args ...any) {
	p.raise(p.errorAt("SyntaxError", fmt.Sprintf(format, args...), a.Lineno, a.ColOffset+1, a.EndLineno, a.EndColOffset+1))
}

// raiseRange is RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg).
func (p *parser) raiseRange(a, b ast.Pos, format string, args ...any) {
	p.raise(p.errorAt("SyntaxError", fmt.Sprintf(format, args...), a.Lineno, a.ColOffset+1, b.EndLineno, b.EndColOffset+1))
}

// raiseFrom is RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): the error ends
// where the tokenizer stands.
func (p *parser) raiseFrom(a ast.Pos, format string, args ...any) {
	t := p.toks[len(p.toks)-1]
	e := p.errorAt("SyntaxError", fmt.Sprintf(format, args...), a.Lineno, a.ColOffset+1, t.endLine, -1)
	text := p.lineText(t.endLine)
	endCol := t.endCol
	if p.fstring {
		endCol -= p.firstLineCol
	}
	if endCol > 0 {
		if endCol > len(text) {
			endCol = len(text)
		}
		e.EndOffset = utf8.RuneCountInString(text[:endCol])
	} else {
		e.EndOffset = endCol
	}
	p.raise(e)
}

func nodePos(n ast.Node) ast.Pos {
	switch v := n.(type) {
	case ast.Expr:
		return *v.GetPos()
	case ast.Stmt:
		return *v.GetPos()
	case ast.Pattern:
		return *v.GetPos()
	case *ast.Arg:
		return v.Pos
	case *ast.Keyword:
		return v.Pos
	case *ast.Alias:
		return v.Pos
	}
	return ast.Pos{}
}

// exprName is _PyPegen_get_expr_name.
func exprName(e ast.Expr) string {
	switch v := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch c := v.Value.(type) {
		case ast.NoneValue:
			return "None"
		case bool:
			if c {
				return "True"
			}
			return "False"
		case ast.EllipsisValue:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

type targetsType int

const (
	starTargets targetsType = iota
	delTargets
	forTargets
)

// invalidTarget is _PyPegen_get_invalid_target.
func invalidTarget(e ast.Expr, tt targetsType) ast.Expr {
	if e == nil {
		return nil
	}
	switch v := e.(type) {
	case *ast.List:
		for _, x := range v.Elts {
			if c := invalidTarget(x, tt); c != nil {
				return c
			}
		}
		return nil
	case *ast.Tuple:
		for _, x := range v.Elts {
			if c := invalidTarget(x, tt); c != nil {
				return c
			}
		}
		return nil
	case *ast.Starred:
		if tt == delTargets {
			return e
		}
		return invalidTarget(v.Value, tt)
	case *ast.Compare:
		if tt == forTargets {
			if v.Ops[0] == ast.In {
				return invalidTarget(v.Left, tt)
			}
			return nil
		}
		return e
	case *ast.Name, *ast.Subscript, *ast.Attribute:
		return nil
	}
	return e
}

// raiseInvalidTarget is RAISE_SYNTAX_ERROR_INVALID_TARGET: it raises when e
// holds an invalid target and otherwise lets the rule fail.
func (p *parser) raiseInvalidTarget(tt targetsType, e ast.Expr) {
	t := invalidTarget(e, tt)
	if t == nil {
		return
	}
	msg := "cannot assign to %s"
	if tt == delTargets {
		msg = "cannot delete %s"
	}
	p.raiseNode(*t.GetPos(), msg, exprName(t))
}
