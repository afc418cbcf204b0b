package literal

import "strings"

// StrPrefix holds the prefix flags of a string literal (case-insensitive
// letters r, b, f, u in any order).
type StrPrefix struct{ Raw, Bytes, Format, Unicode bool }

// SplitString splits a STRING token's text (e.g. `Rb”'x”'`) into its
// prefix flags and the body between the quotes; quoteLen is 1 or 3. The
// token is assumed to be well-formed (the tokenizer checked it); malformed
// text never panics but yields a best-effort split (quoteLen 0 when no quote
// is found).
func SplitString(tok string) (p StrPrefix, body string, quoteLen int) {
	i := 0
loop:
	for ; i < len(tok); i++ {
		switch tok[i] {
		case 'r', 'R':
			p.Raw = true
		case 'b', 'B':
			p.Bytes = true
		case 'f', 'F':
			p.Format = true
		case 'u', 'U':
			p.Unicode = true
		default:
			break loop
		}
	}
	rest := tok[i:]
	if rest == "" || (rest[0] != '\'' && rest[0] != '"') {
		return p, rest, 0
	}
	q := rest[:1]
	if len(rest) >= 6 && strings.HasPrefix(rest, strings.Repeat(q, 3)) && strings.HasSuffix(rest, strings.Repeat(q, 3)) {
		return p, rest[3 : len(rest)-3], 3
	}
	if len(rest) >= 2 && rest[len(rest)-1] == rest[0] {
		return p, rest[1 : len(rest)-1], 1
	}
	return p, rest[1:], 1
}
