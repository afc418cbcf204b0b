package literal

import "unicode/utf8"

// Generalized UTF-8 ("WTF-8" without pair merging) helpers. Python strings
// may hold lone surrogates, which Go's utf8 package refuses to encode or
// decode; these helpers accept them as ordinary 3-byte sequences.

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
	maxRune      = 0x10FFFF
)

// isSurrogate reports whether r is a UTF-16 surrogate code point.
func isSurrogate(r rune) bool { return r >= surrogateMin && r <= surrogateMax }

// DecodeRune decodes the first code point of s, accepting the 3-byte
// encodings of surrogates (ED A0..BF 80..BF). For an empty string it returns
// (utf8.RuneError, 0); for an invalid byte it returns (utf8.RuneError, 1),
// like utf8.DecodeRuneInString.
func DecodeRune(s string) (r rune, size int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(0xD000) | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// DecodeLastRune decodes the last code point of s, accepting surrogates.
func DecodeLastRune(s string) (r rune, size int) {
	n := len(s)
	if n >= 3 && s[n-3] == 0xED && s[n-2] >= 0xA0 && s[n-2] <= 0xBF && s[n-1]&0xC0 == 0x80 {
		return DecodeRune(s[n-3:])
	}
	return utf8.DecodeLastRuneInString(s)
}

// AppendRune appends the generalized UTF-8 encoding of r to b. Surrogates
// get their 3-byte encoding; values outside 0..0x10FFFF become U+FFFD.
func AppendRune(b []byte, r rune) []byte {
	if isSurrogate(r) {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// EncodeRune returns the generalized UTF-8 encoding of r as a string.
func EncodeRune(r rune) string { return string(AppendRune(nil, r)) }

// Runes returns the code points of s (as Python would see them).
// Invalid bytes decode to U+FFFD.
func Runes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// RuneCount returns the number of code points in s, i.e. Python's len().
func RuneCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		_, size := DecodeRune(s[i:])
		i += size
	}
	return n
}

// FromRunes encodes code points (surrogates included) as a Python str value.
func FromRunes(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = AppendRune(b, r)
	}
	return string(b)
}

// ValidString reports whether s is well-formed generalized UTF-8, i.e. a
// valid Python str value in this package's representation.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		i += n
	}
	return true
}

// SurrogateEscape decodes OS bytes (file names, arguments, environment) into
// a Python str as CPython does with the "surrogateescape" error handler:
// valid UTF-8 stays as it is and each other byte b becomes U+DC00+b.
func SurrogateEscape(b string) string {
	if utf8.ValidString(b) {
		return b
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRuneInString(b[i:])
		if r == utf8.RuneError && size <= 1 {
			out = AppendRune(out, 0xDC00+rune(b[i]))
			i++
			continue
		}
		out = append(out, b[i:i+size]...)
		i += size
	}
	return string(out)
}
