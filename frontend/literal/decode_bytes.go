package literal

import "fmt"

// DecodeBytes decodes a bytes literal body like CPython 3.11's
// _PyBytes_DecodeEscape: the simple escapes, \ooo (truncated to a byte) and
// \xhh; \N, \u and \U are not escapes in bytes and are kept verbatim. Any
// non-ASCII byte, raw or not, gives an ErrBytesNonASCII error. raw=true
// returns body unchanged.
func DecodeBytes(body string, raw bool) (string, error) {
	s, _, err := DecodeBytesWarn(body, raw)
	return s, err
}

// DecodeBytesWarn is DecodeBytes that also returns the invalid escape
// sequences (CPython 3.11 warns about the first one).
func DecodeBytesWarn(body string, raw bool) (string, []EscapeWarning, error) {
	for i := 0; i < len(body); i++ {
		if body[i] >= 0x80 {
			return "", nil, &Error{Kind: ErrBytesNonASCII, Msg: "bytes can only contain ASCII literal characters"}
		}
	}
	if raw {
		return body, nil, nil
	}
	out := make([]byte, 0, len(body))
	var warns []EscapeWarning
	end := len(body)
	for s := 0; s < end; {
		c := body[s]
		s++
		if c != '\\' {
			out = append(out, c)
			continue
		}
		if s >= end {
			// Unreachable from a tokenized literal: the backslash would
			// have escaped the closing quote.
			return "", nil, &Error{Kind: ErrBytesEscape, Msg: "(value error) Trailing \\ in string", Start: s - 1, End: s}
		}
		c = body[s]
		s++
		if e, ok := simpleEscape(c); ok {
			out = append(out, e)
			continue
		}
		switch c {
		case '\n':
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && s < end && body[s] >= '0' && body[s] <= '7'; k++ {
				v = v<<3 + int(body[s]-'0')
				s++
			}
			if v > 0o377 {
				warns = append(warns, EscapeWarning{Pos: s - 3, Octal: true, Text: body[s-3 : s]})
			}
			out = append(out, byte(v))
		case 'x':
			if s+1 < end {
				d1, d2 := hexVal(body[s]), hexVal(body[s+1])
				if d1 >= 0 && d2 >= 0 {
					out = append(out, byte(d1<<4|d2))
					s += 2
					continue
				}
			}
			return "", nil, &Error{Kind: ErrBytesEscape, Start: s - 2, End: s,
				Msg: fmt.Sprintf("(value error) invalid \\x escape at position %d", s-2)}
		default:
			warns = append(warns, EscapeWarning{Pos: s - 1, Text: string(c)})
			out = append(out, '\\')
			s-- // the character after the backslash is an ordinary one
		}
	}
	return string(out), warns, nil
}

// simpleEscape maps the character after a backslash to the byte it stands
// for, for the escapes str and bytes literals share (\\ \' \" \a \b \f \n
// \r \t \v).
func simpleEscape(c byte) (byte, bool) {
	switch c {
	case '\\', '\'', '"':
		return c, true
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'v':
		return '\v', true
	}
	return 0, false
}
