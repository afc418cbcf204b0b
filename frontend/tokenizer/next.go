package tokenizer

// This file is the C-mode token loop, following tok_get in CPython 3.11's
// Parser/tokenizer.c step by step so that positions and errors agree.

func (s *scanner) tokenAt(kind Kind) Token {
	return Token{
		Kind:    kind,
		Text:    s.src[s.start:s.pos],
		Line:    s.lineno,
		Col:     s.start - s.lineStart,
		EndLine: s.lineno,
		EndCol:  s.pos - s.lineStart,
	}
}

// noColToken is a token CPython creates without start/end pointers.
func (s *scanner) noColToken(kind Kind) Token {
	return Token{Kind: kind, Line: s.lineno, Col: -1, EndLine: s.lineno, EndCol: -1}
}

// indentation measures the indentation of a new line and queues INDENT or
// DEDENT tokens. It reports whether the line is blank (only spaces and/or
// a comment), which then produces no NEWLINE.
func (s *scanner) indentation() (blank bool, err error) {
	col, altcol, contCol := 0, 0, 0
	var c int
	for {
		c = s.nextc()
		switch c {
		case ' ':
			col++
			altcol++
			continue
		case '\t':
			col = (col/tabSize + 1) * tabSize
			altcol = (altcol/altTabSize + 1) * altTabSize
			continue
		case '\f':
			col, altcol = 0, 0
			continue
		case '\\':
			// The first backslash preceded by whitespace fixes the
			// indentation of what follows.
			if contCol == 0 {
				contCol = col
			}
			if c, err = s.continuationLine(); err != nil {
				return false, err
			}
			continue
		}
		break
	}
	s.backup(c)
	if c == '#' || c == '\n' {
		switch {
		case col == 0 && c == '\n' && s.interactive:
			blank = false // an empty line ends a block in the REPL
		case s.interactive && s.lineno == 1:
			blank = false
			col, altcol = 0, 0
		default:
			blank = true
		}
	}
	if blank || len(s.parens) > 0 {
		return blank, nil
	}
	if contCol != 0 {
		col, altcol = contCol, contCol
	}
	top := len(s.indstack) - 1
	switch {
	case col == s.indstack[top]:
		if altcol != s.altindstack[top] {
			s.pos = s.inp
			return false, s.stateError("TabError", "inconsistent use of tabs and spaces in indentation")
		}
	case col > s.indstack[top]:
		if top+1 >= maxIndent {
			s.pos = s.inp
			return false, s.stateError("IndentationError", "too many levels of indentation")
		}
		if altcol <= s.altindstack[top] {
			s.pos = s.inp
			return false, s.stateError("TabError", "inconsistent use of tabs and spaces in indentation")
		}
		s.pendin++
		s.indstack = append(s.indstack, col)
		s.altindstack = append(s.altindstack, altcol)
	default:
		for top > 0 && col < s.indstack[top] {
			s.pendin--
			top--
		}
		s.indstack = s.indstack[:top+1]
		s.altindstack = s.altindstack[:top+1]
		if col != s.indstack[top] {
			s.pos = s.inp
			return false, s.errorTokenError("IndentationError", "unindent does not match any outer indentation level")
		}
		if altcol != s.altindstack[top] {
			s.pos = s.inp
			return false, s.stateError("TabError", "inconsistent use of tabs and spaces in indentation")
		}
	}
	return false, nil
}

// continuationLine is tok_continuation_line: after a backslash the line
// must end, and input must follow.
func (s *scanner) continuationLine() (int, error) {
	c := s.nextc()
	if c != '\n' {
		return 0, s.knownLoc("SyntaxError", "unexpected character after line continuation character",
			s.lineno, s.pos-s.lineStart, s.lineno, 0)
	}
	c = s.nextc()
	if c == eofChar {
		s.pos = s.inp
		if len(s.parens) > 0 {
			return 0, s.unclosedParenError()
		}
		return 0, s.errorTokenError("SyntaxError", "unexpected EOF while parsing")
	}
	s.backup(c)
	return c, nil
}

func (s *scanner) next() (Token, error) {
nextline:
	blank := false
	if s.atbol {
		s.atbol = false
		var err error
		if blank, err = s.indentation(); err != nil {
			return Token{}, err
		}
	}
	s.start = s.pos
	if s.pendin != 0 {
		if s.pendin < 0 {
			s.pendin++
			return s.noColToken(DEDENT), nil
		}
		s.pendin--
		return s.noColToken(INDENT), nil
	}

again:
	c := s.nextc()
	for c == ' ' || c == '\t' || c == '\f' {
		c = s.nextc()
	}
	s.start = s.pos - 1
	if c == eofChar {
		s.start = s.pos
	}

	if c == '#' {
		for c != eofChar && c != '\n' {
			c = s.nextc()
		}
	}

	if c == eofChar {
		if len(s.parens) > 0 {
			return Token{}, s.unclosedParenError()
		}
		return s.noColToken(ENDMARKER), nil
	}

	if isPotentialIdentStart(c) {
		return s.nameOrString(c)
	}

	if c == '\n' {
		s.atbol = true
		if blank || len(s.parens) > 0 {
			goto nextline
		}
		s.contLine = false
		// CPython's NEWLINE starts at a preceding comment, if any, and
		// ends before the newline character.
		tok := s.tokenAt(NEWLINE)
		tok.EndCol--
		tok.Text = "\n"
		if s.pos > s.origLen {
			tok.Text = ""
		}
		return tok, nil
	}

	if c == '.' {
		c = s.nextc()
		if isDigit(c) {
			return s.number(c, numFraction)
		}
		if c == '.' {
			c = s.nextc()
			if c == '.' {
				return s.tokenAt(ELLIPSIS), nil
			}
			s.backup(c)
			s.backup('.')
		} else {
			s.backup(c)
		}
		return s.tokenAt(DOT), nil
	}

	if isDigit(c) {
		return s.number(c, numStart)
	}

	if c == '"' || c == '\'' {
		return s.stringC(c)
	}

	if c == '\\' {
		if _, err := s.continuationLine(); err != nil {
			return Token{}, err
		}
		s.contLine = true
		goto again
	}

	return s.operator(c)
}

// operator scans punctuation, tracking bracket nesting.
func (s *scanner) operator(c int) (Token, error) {
	c2 := s.nextc()
	if k := twoCharKind(c, c2); k != OP {
		c3 := s.nextc()
		if k3 := threeCharKind(c, c2, c3); k3 != OP {
			k = k3
		} else {
			s.backup(c3)
		}
		return s.tokenAt(k), nil
	}
	s.backup(c2)

	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxLevel {
			return Token{}, s.tokError("too many nested parentheses")
		}
		s.parens = append(s.parens, paren{byte(c), s.lineno, s.start - s.lineStart})
	case ')', ']', '}':
		if len(s.parens) == 0 {
			return Token{}, s.tokError("unmatched '%c'", c)
		}
		open := s.parens[len(s.parens)-1]
		s.parens = s.parens[:len(s.parens)-1]
		if !(open.c == '(' && c == ')' || open.c == '[' && c == ']' || open.c == '{' && c == '}') {
			if open.line != s.lineno {
				return Token{}, s.tokError("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.c, open.line)
			}
			return Token{}, s.tokError("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.c)
		}
	}
	if c < 0x20 || c == 0x7f {
		return Token{}, s.tokError("invalid non-printable character U+%04X", c)
	}
	k, ok := exactOps[string(rune(c))]
	if !ok {
		k = OP
	}
	return s.tokenAt(k), nil
}

// twoCharKind is PyToken_TwoChars (note "<>", which the parser rejects
// unless barry_as_FLUFL is on).
func twoCharKind(c1, c2 int) Kind {
	if c1 < 0 || c2 < 0 || c1 > 127 || c2 > 127 {
		return OP
	}
	if c1 == '<' && c2 == '>' {
		return NOTEQUAL
	}
	if k, ok := exactOps[string([]byte{byte(c1), byte(c2)})]; ok {
		return k
	}
	return OP
}

// threeCharKind is PyToken_ThreeChars.
func threeCharKind(c1, c2, c3 int) Kind {
	if c1 < 0 || c2 < 0 || c3 < 0 || c1 > 127 || c2 > 127 || c3 > 127 {
		return OP
	}
	if k, ok := exactOps[string([]byte{byte(c1), byte(c2), byte(c3)})]; ok {
		return k
	}
	return OP
}
