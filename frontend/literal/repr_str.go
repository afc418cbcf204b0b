package literal

import (
	"strings"

	"github.com/pyjit/pyjit/internal/pyunicode"
)

const hexDigits = "0123456789abcdef"

// ReprStr returns CPython 3.11's repr() of the str value s (generalized
// UTF-8, see the package doc): single quotes unless s contains ' and no ",
// escapes \\ \n \r \t and the chosen quote, \xhh for other controls and DEL,
// and \xhh, \uhhhh or \Uhhhhhhhh for non-printable code points (lone
// surrogates included). Bytes that are not valid generalized UTF-8 are shown
// as U+FFFD (they cannot occur in a well-formed value).
func ReprStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			switch {
			case c == quote || c == '\\':
				b = append(b, '\\', c)
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c < ' ' || c == 0x7f:
				b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xf])
			default:
				b = append(b, c)
			}
			continue
		}
		r, n := DecodeRune(s[i:])
		i += n
		if pyunicode.IsPrintable(r) {
			b = AppendRune(b, r)
			continue
		}
		b = appendHexEscape(b, r)
	}
	b = append(b, quote)
	return string(b)
}

// appendHexEscape appends \xhh, \uhhhh or \Uhhhhhhhh for r, the shortest
// that fits, as unicode_repr does.
func appendHexEscape(b []byte, r rune) []byte {
	var digits int
	switch {
	case r <= 0xff:
		b = append(b, '\\', 'x')
		digits = 2
	case r <= 0xffff:
		b = append(b, '\\', 'u')
		digits = 4
	default:
		b = append(b, '\\', 'U')
		digits = 8
	}
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b = append(b, hexDigits[(r>>uint(shift))&0xf])
	}
	return b
}

// ReprBytes returns CPython 3.11's repr() of the bytes value b: b'...' (or
// b"..." when b contains ' and no "), escaping \\ \t \n \r and the quote, and
// every other byte outside 0x20..0x7e as \xhh.
func ReprBytes(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b := make([]byte, 0, len(s)+3)
	b = append(b, 'b', quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b = append(b, '\\', c)
		case c == '\t':
			b = append(b, '\\', 't')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xf])
		default:
			b = append(b, c)
		}
	}
	b = append(b, quote)
	return string(b)
}
