package literal

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// EscapeWarning describes one invalid escape sequence that CPython keeps
// verbatim but warns about with a DeprecationWarning.
type EscapeWarning struct {
	// Pos is the byte offset in the body of the character after the
	// backslash (the first octal digit for octal escapes).
	Pos int
	// Octal is true for an octal escape whose value exceeds 0o377.
	Octal bool
	// Text is the escape without its backslash: the single character for an
	// unknown escape, the three octal digits for an octal one.
	Text string
}

// Message returns CPython 3.11's warning text, e.g.
// `invalid escape sequence '\q'` or `invalid octal escape sequence '\777'`.
func (w EscapeWarning) Message() string {
	if w.Octal {
		return fmt.Sprintf("invalid octal escape sequence '\\%s'", w.Text)
	}
	return fmt.Sprintf("invalid escape sequence '\\%s'", w.Text)
}

// DecodeStr decodes the escapes of a str literal body like CPython 3.11
// (string_parser.c decode_unicode_with_escapes followed by
// _PyUnicode_DecodeUnicodeEscapeInternal). raw=true returns body unchanged
// (after checking it is well-formed). Unknown escapes are kept verbatim; use
// DecodeStrWarn to learn about them.
//
// Errors are *Error with Kind ErrUnicodeEscape and CPython's exact text, e.g.
// "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2:
// truncated \xXX escape". As in CPython, positions count bytes of the body
// rewritten with every non-ASCII character as a 10-byte \UXXXXXXXX escape
// (so `é\x4` reports position 10-12).
func DecodeStr(body string, raw bool) (string, error) {
	s, _, err := DecodeStrWarn(body, raw)
	return s, err
}

// DecodeStrWarn is DecodeStr that also returns every invalid escape sequence
// in order. CPython 3.11 warns only about the first one, at the position of
// the STRING token.
func DecodeStrWarn(body string, raw bool) (string, []EscapeWarning, error) {
	if raw || strings.IndexByte(body, '\\') < 0 {
		if err := checkUTF8(body); err != nil {
			return "", nil, err
		}
		return body, nil, nil
	}
	buf, orig, err := reencode(body)
	if err != nil {
		return "", nil, err
	}
	return decodeUnicodeEscape(buf, orig)
}

// checkUTF8 reports a malformed body the way CPython's UTF-8 decoder would
// (the tokenizer normally rejects such source first).
func checkUTF8(body string) error {
	for i := 0; i < len(body); {
		r, n := DecodeRune(body[i:])
		if r == utf8.RuneError && n == 1 {
			return utf8Error(body, i)
		}
		i += n
	}
	return nil
}

// reencode mirrors decode_unicode_with_escapes: CPython first rewrites the
// body as pure ASCII, replacing each non-ASCII code point by `\UXXXXXXXX`
// and a backslash that precedes a non-ASCII character (or ends the body) by
// `\u005c`, and only then runs the unicode-escape codec. Error positions
// refer to this rewritten buffer, so we build it too. orig maps each buffer
// byte back to its offset in body.
func reencode(body string) (buf []byte, orig []int, err error) {
	buf = make([]byte, 0, len(body)+16)
	orig = make([]int, 0, len(body)+16)
	emit := func(b []byte, at int) {
		buf = append(buf, b...)
		for range b {
			orig = append(orig, at)
		}
	}
	for i := 0; i < len(body); {
		c := body[i]
		if c == '\\' {
			emit([]byte{'\\'}, i)
			i++
			if i >= len(body) || body[i] >= 0x80 {
				emit([]byte("u005c"), i-1)
				if i >= len(body) {
					break
				}
			}
			c = body[i]
		}
		if c < 0x80 {
			emit([]byte{c}, i)
			i++
			continue
		}
		r, n := DecodeRune(body[i:])
		if r == utf8.RuneError && n == 1 {
			return nil, nil, utf8Error(body, i)
		}
		emit([]byte(fmt.Sprintf("\\U%08x", r)), i)
		i += n
	}
	return buf, orig, nil
}

// utf8Error reports the malformed byte at body[i].
func utf8Error(body string, i int) *Error {
	return &Error{Kind: ErrUTF8, Start: i, End: i + 1, Msg: fmt.Sprintf(
		"(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", body[i], i)}
}

// unicodeEscapeError builds CPython's UnicodeDecodeError text, wrapped the
// way the parser wraps it into a SyntaxError.
func unicodeEscapeError(buf []byte, start, end int, reason string) *Error {
	var msg string
	if end-start == 1 {
		msg = fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in position %d: %s", buf[start], start, reason)
	} else {
		msg = fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)
	}
	return &Error{Kind: ErrUnicodeEscape, Msg: msg, Start: start, End: end}
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeUnicodeEscape is the unicode-escape codec over the ASCII buffer
// produced by reencode.
func decodeUnicodeEscape(buf []byte, orig []int) (string, []EscapeWarning, error) {
	out := make([]byte, 0, len(buf))
	var warns []EscapeWarning
	end := len(buf)
	for s := 0; s < end; {
		c := buf[s]
		s++
		if c != '\\' {
			out = append(out, c)
			continue
		}
		start := s - 1
		if s >= end {
			return "", nil, unicodeEscapeError(buf, start, s, "\\ at end of string")
		}
		c = buf[s]
		s++
		if e, ok := simpleEscape(c); ok {
			out = append(out, e)
			continue
		}
		switch c {
		case '\n':
		case '0', '1', '2', '3', '4', '5', '6', '7':
			ch := rune(c - '0')
			for k := 0; k < 2 && s < end && buf[s] >= '0' && buf[s] <= '7'; k++ {
				ch = ch<<3 + rune(buf[s]-'0')
				s++
			}
			if ch > 0o377 {
				warns = append(warns, EscapeWarning{Pos: orig[s-3], Octal: true, Text: string(buf[s-3 : s])})
			}
			out = AppendRune(out, ch)
		case 'x', 'u', 'U':
			count, reason := 2, "truncated \\xXX escape"
			if c == 'u' {
				count, reason = 4, "truncated \\uXXXX escape"
			} else if c == 'U' {
				count, reason = 8, "truncated \\UXXXXXXXX escape"
			}
			var ch uint32
			for ; count > 0; count-- {
				if s >= end {
					return "", nil, unicodeEscapeError(buf, start, s, reason)
				}
				v := hexVal(buf[s])
				if v < 0 {
					return "", nil, unicodeEscapeError(buf, start, s, reason)
				}
				ch = ch<<4 + uint32(v)
				s++
			}
			if ch > maxRune {
				return "", nil, unicodeEscapeError(buf, start, s, "illegal Unicode character")
			}
			out = AppendRune(out, rune(ch))
		case 'N':
			reason := "malformed \\N character escape"
			if s >= end {
				return "", nil, unicodeEscapeError(buf, start, s, reason)
			}
			if buf[s] == '{' {
				s++
				nameStart := s
				for s < end && buf[s] != '}' {
					s++
				}
				if s >= end {
					return "", nil, unicodeEscapeError(buf, start, s, reason)
				}
				if s > nameStart {
					name := string(buf[nameStart:s])
					s++
					if r, ok := LookupName(name); ok {
						out = AppendRune(out, r)
						continue
					}
					reason = "unknown Unicode character name"
				}
			}
			return "", nil, unicodeEscapeError(buf, start, s, reason)
		default:
			warns = append(warns, EscapeWarning{Pos: orig[s-1], Text: string(c)})
			out = append(out, '\\', c)
		}
	}
	return string(out), warns, nil
}
