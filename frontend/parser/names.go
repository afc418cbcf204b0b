package parser

import (
	"golang.org/x/text/unicode/norm"
)

// normalizeName NFKC-normalises a non-ASCII identifier, as CPython's
// _PyPegen_new_identifier does.
func normalizeName(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return norm.NFKC.String(s)
		}
	}
	return s
}
