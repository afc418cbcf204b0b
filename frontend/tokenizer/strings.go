package tokenizer

// stringC scans a string literal whose opening quote was just read; the
// token started at s.start with its prefix. The tokenizer does not decode
// escapes: it only finds the end, skipping the character after a backslash.
func (s *scanner) stringC(quote int) (Token, error) {
	s.firstLineno = s.lineno
	s.multiLineStart = s.lineStart
	quoteSize, endQuoteSize := 1, 0
	c := s.nextc()
	if c == quote {
		c = s.nextc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuoteSize = 1 // empty string
		}
	}
	if c != quote {
		s.backup(c)
	}
	for endQuoteSize != quoteSize {
		c = s.nextc()
		if c == eofChar || quoteSize == 1 && c == '\n' {
			// Report from the opening quote's line.
			detected := s.lineno
			s.pos = s.start + 1
			s.lineStart = s.multiLineStart
			s.lineno = s.firstLineno
			if quoteSize == 3 {
				return Token{}, s.tokError("unterminated triple-quoted string literal (detected at line %d)", detected)
			}
			return Token{}, s.tokError("unterminated string literal (detected at line %d)", detected)
		}
		if c == quote {
			endQuoteSize++
		} else {
			endQuoteSize = 0
			if c == '\\' {
				s.nextc()
			}
		}
	}
	return Token{
		Kind:    STRING,
		Text:    s.src[s.start:s.pos],
		Line:    s.firstLineno,
		Col:     s.start - s.multiLineStart,
		EndLine: s.lineno,
		EndCol:  s.pos - s.lineStart,
	}, nil
}
