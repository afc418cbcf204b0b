package parser

import (
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/literal"
)

// String literals: implicit concatenation of STRING tokens into one
// Constant or JoinedStr (CPython's _PyPegen_concatenate_strings), and the
// number literal helper.

func (p *parser) number(t *token) ast.Value {
	v, err := literal.ParseNumber(t.text)
	if err != nil {
		// Only the int max str digits limit can fail on a token the
		// tokenizer accepted; CPython raises it at the last token read.
		p.raiseSyntax("%s", err.Error())
	}
	switch x := v.(type) {
	case float64, complex128:
		return x
	}
	return v
}

// strings: STRING+ (memoized: the action may raise and is costly).
func (p *parser) strings() ast.Expr {
	start := p.mark()
	if v, ok := p.memoGet(mStrings); ok {
		e, _ := v.res.(ast.Expr)
		return e
	}
	var toks []*token
	for p.peek().kind == tString {
		toks = append(toks, p.next())
	}
	if toks == nil {
		return nil
	}
	e := p.concatenateStrings(toks)
	p.memoPut(mStrings, start, e)
	return e
}

// fsState is CPython's FstringParser: the pending literal text and the
// JoinedStr values built so far.
type fsState struct {
	last    strings.Builder
	hasLast bool
	exprs   []ast.Expr
	fmode   bool
}

func (s *fsState) concat(str string) {
	if str == "" {
		return
	}
	s.last.WriteString(str)
	s.hasLast = true
}

// strCtx carries the tokens that give f-string parts their positions.
type strCtx struct {
	first, last *token
	kind        string
}

func (c *strCtx) strNode(s *fsState) ast.Expr {
	v := s.last.String()
	s.last.Reset()
	s.hasLast = false
	return &ast.Constant{Pos: spanPos(c.first, c.last), Value: ast.Str(v), Kind: c.kind}
}

func spanPos(first, last *token) ast.Pos {
	return ast.Pos{Lineno: first.line, ColOffset: first.col, EndLineno: last.endLine, EndColOffset: last.endCol}
}

func (p *parser) concatenateStrings(toks []*token) ast.Expr {
	first, last := toks[0], toks[len(toks)-1]
	c := &strCtx{first: first, last: last}
	if strings.HasPrefix(first.text, "u") {
		c.kind = "u"
	}
	var st fsState
	var bytesBuf strings.Builder
	bytesMode := false
	for i, t := range toks {
		pre, body, qlen := literal.SplitString(t.text)
		if i != 0 && bytesMode != pre.Bytes {
			p.raiseSyntax("cannot mix bytes and nonbytes literals")
		}
		bytesMode = pre.Bytes
		if pre.Format {
			bodyOff := len(t.text) - len(body) - qlen
			p.concatFstring(&st, c, t, body, 0, bodyOff, pre.Raw, 0)
			continue
		}
		raw := pre.Raw || strings.IndexByte(body, '\\') < 0
		if bytesMode {
			v, err := literal.DecodeBytes(body, raw)
			if err != nil {
				p.literalError(t, err)
			}
			bytesBuf.WriteString(v)
			continue
		}
		v, err := literal.DecodeStr(body, raw)
		if err != nil {
			p.literalError(t, err)
		}
		st.concat(v)
	}
	if bytesMode {
		return &ast.Constant{Pos: spanPos(first, last), Value: ast.Bytes(bytesBuf.String())}
	}
	return p.fstringFinish(&st, c, first, last)
}

// literalError reports a decoding error of a string literal the way
// CPython 3.11 does: at the last token read.
func (p *parser) literalError(t *token, err error) {
	p.raiseSyntax("%s", err.Error())
}

// fstringFinish is _PyPegen_FstringParser_Finish.
func (p *parser) fstringFinish(st *fsState, c *strCtx, first, last *token) ast.Expr {
	// make_str_node_and_del takes its span and kind from the tokens given
	// to Finish (for a format spec: the current token only).
	sc := &strCtx{first: first, last: last}
	if strings.HasPrefix(first.text, "u") {
		sc.kind = "u"
	}
	if !st.fmode {
		return sc.strNode(st)
	}
	if st.hasLast {
		st.exprs = append(st.exprs, sc.strNode(st))
	}
	values := st.exprs
	if values == nil {
		values = []ast.Expr{}
	}
	return &ast.JoinedStr{Pos: spanPos(first, last), Values: values}
}

// concatFstring is _PyPegen_FstringParser_ConcatFstring over body (the
// text between the quotes of token t, starting at byte bodyOff of t.text).
// It returns the index in body where parsing stopped.
func (p *parser) concatFstring(st *fsState, c *strCtx, t *token, body string, from, bodyOff int, raw bool, recurse int) int {
	st.fmode = true
	i := from
	for {
		lit, next, cont := p.fstringFindLiteral(body, i, raw, recurse)
		i = next
		st.concat(lit)
		if cont {
			continue
		}
		if i >= len(body) || body[i] == '}' {
			break
		}
		// body[i] == '{'
		exprText, expr, next := p.fstringFindExpr(c, t, body, i, bodyOff, raw, recurse)
		i = next
		st.concat(exprText)
		if st.hasLast {
			st.exprs = append(st.exprs, c.strNode(st))
		}
		st.exprs = append(st.exprs, expr)
	}
	if recurse == 0 && i < len(body) {
		p.raiseSyntax("f-string: unexpected end of string")
	}
	if recurse != 0 && (i >= len(body) || body[i] != '}') {
		p.raiseSyntax("f-string: expecting '}'")
	}
	return i
}

// fstringFindLiteral scans literal text from i up to an undoubled '{' (or,
// nested, a '}'); cont reports a doubled brace (the caller continues).
func (p *parser) fstringFindLiteral(body string, i int, raw bool, recurse int) (lit string, next int, cont bool) {
	start := i
	s := i
	end := len(body)
	for s < end {
		ch := body[s]
		s++
		if !raw && ch == '\\' && s < end {
			ch = body[s]
			s++
			if ch == 'N' {
				if s < end {
					c2 := body[s]
					s++
					if c2 == '{' {
						for s < end {
							c3 := body[s]
							s++
							if c3 == '}' {
								break
							}
						}
					}
				}
				continue
			}
		}
		if ch == '{' || ch == '}' {
			if recurse == 0 {
				if s < end && body[s] == ch {
					next = s + 1
					cont = true
					lit = p.decodeFstringLiteral(body[start:s], raw)
					return lit, next, cont
				}
				if ch == '}' {
					p.raiseSyntax("f-string: single '}' is not allowed")
				}
			}
			s--
			break
		}
	}
	return p.decodeFstringLiteral(body[start:s], raw), s, false
}

func (p *parser) decodeFstringLiteral(s string, raw bool) string {
	if s == "" {
		return ""
	}
	v, err := literal.DecodeStr(s, raw)
	if err != nil {
		p.raiseSyntax("%s", err.Error())
	}
	return v
}

// fstringFindExpr parses the replacement field starting at body[i] == '{'.
func (p *parser) fstringFindExpr(c *strCtx, t *token, body string, i, bodyOff int, raw bool, recurse int) (exprText string, expr ast.Expr, next int) {
	if recurse >= 2 {
		p.raiseSyntax("f-string: expressions nested too deeply")
	}
	end := len(body)
	i++
	exprStart := i
	var quote byte
	stringType := 0
	var stack []byte
	for ; i < end; i++ {
		ch := body[i]
		if ch == '\\' {
			p.raiseSyntax("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if stringType == 3 {
					if i+2 < end && body[i+1] == ch && body[i+2] == ch {
						i += 2
						stringType, quote = 0, 0
						continue
					}
				} else {
					stringType, quote = 0, 0
					continue
				}
			}
		} else if ch == '\'' || ch == '"' {
			if i+2 < end && body[i+1] == ch && body[i+2] == ch {
				stringType = 3
				i += 2
			} else {
				stringType = 1
			}
			quote = ch
		} else if ch == '[' || ch == '{' || ch == '(' {
			if len(stack) >= 200 {
				p.raiseSyntax("f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		} else if ch == '#' {
			p.raiseSyntax("f-string expression part cannot include '#'")
		} else if len(stack) == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<') {
			if i+1 < end {
				n := body[i+1]
				if (ch == '!' && n == '=') || (ch == '=' && n == '=') || (ch == '<' && n == '=') || (ch == '>' && n == '=') {
					i++
					continue
				}
			}
			if ch == '>' || ch == '<' {
				continue
			}
			break
		} else if ch == ']' || ch == '}' || ch == ')' {
			if len(stack) == 0 {
				p.raiseSyntax("f-string: unmatched '%c'", ch)
			}
			opening := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')) {
				p.raiseSyntax("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, opening)
			}
		}
	}
	exprEnd := i
	if quote != 0 {
		p.raiseSyntax("f-string: unterminated string")
	}
	if len(stack) > 0 {
		p.raiseSyntax("f-string: unmatched '%c'", stack[len(stack)-1])
	}
	if i >= end {
		p.raiseSyntax("f-string: expecting '}'")
	}
	simple := p.fstringCompileExpr(t, body, exprStart, exprEnd, bodyOff)
	if body[i] == '=' {
		i++
		for i < end && isSpace(body[i]) {
			i++
		}
		if i >= end {
			p.raiseSyntax("f-string: expecting '}'")
		}
		exprText = body[exprStart:i]
	}
	conversion := -1
	if body[i] == '!' {
		i++
		if i >= end {
			p.raiseSyntax("f-string: expecting '}'")
		}
		conversion = int(body[i])
		i++
		if !(conversion == 's' || conversion == 'r' || conversion == 'a') {
			p.raiseSyntax("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	var spec ast.Expr
	if i < end && body[i] == ':' {
		i++
		if i >= end {
			p.raiseSyntax("f-string: expecting '}'")
		}
		var sst fsState
		i = p.concatFstring(&sst, c, t, body, i, bodyOff, raw, recurse+1)
		// fstring_parse finishes the spec with t as both first and last token.
		spec = p.fstringFinish(&sst, c, t, t)
		_ = exprStart
	}
	if i >= end || body[i] != '}' {
		p.raiseSyntax("f-string: expecting '}'")
	}
	i++
	if exprText != "" && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	expr = &ast.FormattedValue{Pos: spanPos(c.first, c.last), Value: simple, Conversion: conversion, FormatSpec: spec}
	return exprText, expr, i
}

// isSpace is Py_ISSPACE.
func isSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return true
	}
	return false
}
