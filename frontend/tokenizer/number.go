package tokenizer

// C-mode number scanning, following tok_get's number branch: it accepts
// exactly CPython's literals and reports its errors at its positions.

const (
	numStart    = iota // c is the first digit
	numFraction        // ".": c is the first character after the dot
)

func (s *scanner) number(c int, entry int) (Token, error) {
	if entry == numFraction {
		return s.fraction(c)
	}
	var err error
	if c == '0' {
		c = s.nextc()
		switch c {
		case 'x', 'X':
			return s.radixNumber(isXDigit, "hexadecimal")
		case 'o', 'O':
			return s.octal()
		case 'b', 'B':
			return s.radixNumber(func(c int) bool { return c == '0' || c == '1' }, "binary")
		}
		// "0", "00", "0_0": leading zeros are only allowed for floats,
		// imaginaries and zero itself.
		nonzero := false
		for {
			if c == '_' {
				c = s.nextc()
				if !isDigit(c) {
					s.backup(c)
					return Token{}, s.tokError("invalid decimal literal")
				}
			}
			if c != '0' {
				break
			}
			c = s.nextc()
		}
		zerosEnd := s.pos
		if isDigit(c) {
			nonzero = true
			if c, err = s.decimalTail(); err != nil {
				return Token{}, err
			}
		}
		switch {
		case c == '.':
			return s.fraction(s.nextc())
		case c == 'e' || c == 'E':
			return s.exponent(c)
		case c == 'j' || c == 'J':
			return s.imaginary()
		case nonzero:
			s.backup(c)
			return Token{}, s.tokErrorRange(s.start+1-s.lineStart, zerosEnd-s.lineStart,
				"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		}
		return s.endNumber(c, "decimal")
	}
	if c, err = s.decimalTail(); err != nil {
		return Token{}, err
	}
	switch {
	case c == '.':
		return s.fraction(s.nextc())
	case c == 'e' || c == 'E':
		return s.exponent(c)
	case c == 'j' || c == 'J':
		return s.imaginary()
	}
	return s.endNumber(c, "decimal")
}

// endNumber checks what follows the literal (c, already read) and
// produces the NUMBER token.
func (s *scanner) endNumber(c int, kind string) (Token, error) {
	if err := s.verifyEndOfNumber(c, kind); err != nil {
		return Token{}, err
	}
	s.backup(c)
	return s.tokenAt(NUMBER), nil
}

// fraction continues after the dot; c is the character following it.
func (s *scanner) fraction(c int) (Token, error) {
	var err error
	if isDigit(c) {
		if c, err = s.decimalTail(); err != nil {
			return Token{}, err
		}
	}
	switch c {
	case 'e', 'E':
		return s.exponent(c)
	case 'j', 'J':
		return s.imaginary()
	}
	return s.endNumber(c, "decimal")
}

// exponent continues after 'e' or 'E' (e).
func (s *scanner) exponent(e int) (Token, error) {
	c := s.nextc()
	if c == '+' || c == '-' {
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			return Token{}, s.tokError("invalid decimal literal")
		}
	} else if !isDigit(c) {
		// "1e" followed by something else: the number ends before the e.
		s.backup(c)
		if err := s.verifyEndOfNumber(e, "decimal"); err != nil {
			return Token{}, err
		}
		s.backup(e)
		return s.tokenAt(NUMBER), nil
	}
	c, err := s.decimalTail()
	if err != nil {
		return Token{}, err
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	return s.endNumber(c, "decimal")
}

// imaginary continues after 'j' or 'J'.
func (s *scanner) imaginary() (Token, error) {
	return s.endNumber(s.nextc(), "imaginary")
}

// decimalTail is tok_decimal_tail: digits with single underscores between
// them; it returns the first character after them.
func (s *scanner) decimalTail() (int, error) {
	for {
		c := s.nextc()
		for isDigit(c) {
			c = s.nextc()
		}
		if c != '_' {
			return c, nil
		}
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			return 0, s.tokError("invalid decimal literal")
		}
	}
}

// radixNumber scans the digits of a hexadecimal or binary literal after
// its 0x/0b prefix.
func (s *scanner) radixNumber(isRadixDigit func(int) bool, kind string) (Token, error) {
	c := s.nextc()
	for {
		if c == '_' {
			c = s.nextc()
		}
		if !isRadixDigit(c) {
			if kind == "binary" && isDigit(c) {
				return Token{}, s.tokError("invalid digit '%c' in binary literal", c)
			}
			s.backup(c)
			return Token{}, s.tokError("invalid %s literal", kind)
		}
		for {
			c = s.nextc()
			if !isRadixDigit(c) {
				break
			}
		}
		if c != '_' {
			break
		}
	}
	if kind == "binary" && isDigit(c) {
		return Token{}, s.tokError("invalid digit '%c' in binary literal", c)
	}
	return s.endNumber(c, kind)
}

func (s *scanner) octal() (Token, error) {
	isOct := func(c int) bool { return c >= '0' && c <= '7' }
	c := s.nextc()
	for {
		if c == '_' {
			c = s.nextc()
		}
		if !isOct(c) {
			if isDigit(c) {
				return Token{}, s.tokError("invalid digit '%c' in octal literal", c)
			}
			s.backup(c)
			return Token{}, s.tokError("invalid octal literal")
		}
		for {
			c = s.nextc()
			if !isOct(c) {
				break
			}
		}
		if c != '_' {
			break
		}
	}
	if isDigit(c) {
		return Token{}, s.tokError("invalid digit '%c' in octal literal", c)
	}
	return s.endNumber(c, "octal")
}

// verifyEndOfNumber is verify_end_of_number: a literal directly followed
// by a keyword that can follow a number in valid code ("1if x else y")
// only warns; followed by any other identifier character it is an error.
func (s *scanner) verifyEndOfNumber(c int, kind string) error {
	r := false
	switch c {
	case 'a':
		r = s.lookahead("nd")
	case 'e':
		r = s.lookahead("lse")
	case 'f':
		r = s.lookahead("or")
	case 'i':
		c2 := s.nextc()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
		s.backup(c2)
	case 'o':
		r = s.lookahead("r")
	case 'n':
		r = s.lookahead("ot")
	}
	if r {
		s.backup(c)
		s.warn("invalid " + kind + " literal")
		s.nextc()
		return nil
	}
	if isPotentialIdentChar(c) {
		s.backup(c)
		return s.tokError("invalid %s literal", kind)
	}
	return nil
}

// lookahead reports whether the next characters are test followed by a
// non-identifier character, reading nothing.
func (s *scanner) lookahead(test string) bool {
	i := 0
	for {
		c := s.nextc()
		res := false
		if i == len(test) {
			res = !isPotentialIdentChar(c)
		} else if c == int(test[i]) {
			i++
			continue
		}
		s.backup(c)
		for ; i > 0; i-- {
			s.backup(int(test[i-1]))
		}
		return res
	}
}
