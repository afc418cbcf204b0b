package tokenizer

import (
	"fmt"
	"unicode/utf8"

	"github.com/pyjit/pyjit/internal/pyunicode"
)

// nameOrString scans what starts like an identifier: a string prefix
// followed by a quote, or a name (tok_get's identifier branch).
func (s *scanner) nameOrString(c int) (Token, error) {
	sawB, sawR, sawU, sawF := false, false, false, false
	for {
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			goto name
		}
		c = s.nextc()
		if c == '"' || c == '\'' {
			return s.stringC(c)
		}
	}
name:
	nonASCII := false
	for isPotentialIdentChar(c) {
		if c >= 128 {
			nonASCII = true
		}
		c = s.nextc()
	}
	s.backup(c)
	if nonASCII {
		if err := s.verifyIdentifier(); err != nil {
			return Token{}, err
		}
	}
	return s.tokenAt(NAME), nil
}

// verifyIdentifier is tokenizer.c's verify_identifier: the bytes from start
// to cur must be UTF-8 and form a valid identifier.
func (s *scanner) verifyIdentifier() error {
	text := s.src[s.start:s.pos]
	if msg := utf8DecodeError(text); msg != "" {
		return s.errorTokenError("SyntaxError", "(unicode error) "+msg)
	}
	first := true
	for i, r := range text {
		ok := pyunicode.IsIDContinue(r)
		if first {
			ok = pyunicode.IsIDStart(r) || r == '_'
			first = false
		}
		if ok {
			continue
		}
		end := i + utf8.RuneLen(r)
		if end < len(text) {
			s.pos = s.start + end
		}
		if pyunicode.IsPrintable(r) {
			return s.tokError("invalid character '%c' (U+%04X)", r, r)
		}
		return s.tokError("invalid non-printable character U+%04X", r)
	}
	return nil
}

// utf8DecodeError returns the message of the UnicodeDecodeError CPython's
// strict UTF-8 decoder raises for b, or "" when b is valid UTF-8.
func utf8DecodeError(b string) string {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		need, lo, hi := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c == 0xE0:
			need, lo = 2, 0xA0
		case c == 0xED:
			need, hi = 2, 0x9F
		case c >= 0xE1 && c <= 0xEF:
			need = 2
		case c == 0xF0:
			need, lo = 3, 0x90
		case c == 0xF4:
			need, hi = 3, 0x8F
		case c >= 0xF1 && c <= 0xF3:
			need = 3
		default:
			return decodeMsg(b, i, i+1, "invalid start byte")
		}
		j := i + 1
		for k := 0; k < need; k++ {
			if j >= len(b) {
				return decodeMsg(b, i, len(b), "unexpected end of data")
			}
			cc := b[j]
			if k == 0 && (cc < lo || cc > hi) || k > 0 && (cc < 0x80 || cc > 0xBF) {
				return decodeMsg(b, i, j, "invalid continuation byte")
			}
			j++
		}
		i = j
	}
	return ""
}

func decodeMsg(b string, start, end int, reason string) string {
	if end-start == 1 {
		return fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[start], start, reason)
	}
	return fmt.Sprintf("'utf-8' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)
}
