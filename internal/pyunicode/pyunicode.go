// Package pyunicode classifies characters exactly as CPython 3.11 does
// (Unicode 14.0), for the tokenizer, str reprs and str methods. Go's
// unicode package follows a newer Unicode version, which differs for the
// characters assigned since.
//
// tables.go is generated from python3.11 itself by gentables.py
// (`go generate ./internal/pyunicode`). Package pyunicode imports nothing
// from pyjit.
package pyunicode

//go:generate python3.11 gentables.py

import "sort"

// inTable reports whether r is in t, a list of inclusive [lo, hi] pairs in
// increasing order.
func inTable(t []rune, r rune) bool {
	n := len(t) / 2
	i := sort.Search(n, func(i int) bool { return t[2*i+1] >= r })
	return i < n && t[2*i] <= r
}

// IsIDStart reports whether r may start an identifier (str.isidentifier).
func IsIDStart(r rune) bool {
	if r < 128 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_'
	}
	return inTable(xidStart, r)
}

// IsIDContinue reports whether r may continue an identifier.
func IsIDContinue(r rune) bool {
	if r < 128 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return inTable(xidContinue, r)
}

// IsWord reports whether the re module's \w matches r.
func IsWord(r rune) bool {
	if r < 128 {
		return IsIDContinue(r)
	}
	return inTable(wordChars, r)
}

// IsPrintable is str.isprintable for one character (CPython's
// Py_UNICODE_ISPRINTABLE): false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp
// and Zs except the ASCII space.
func IsPrintable(r rune) bool {
	if r < 128 {
		return r >= 0x20 && r < 0x7f
	}
	return inTable(printable, r)
}
