package literal

import (
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

// nameIndex is the reverse of runenames.Name for every individually named
// code point. It costs a few MB, so it is built once, on first use.
var (
	nameIndexOnce sync.Once
	nameIndex     map[string]rune
)

func buildNameIndex() {
	m := make(map[string]rune, 1<<16)
	for r := rune(0); r <= maxRune; r++ {
		n := runenames.Name(r)
		// Ranges (CJK, Hangul, Tangut, private use, ...) are reported as
		// "<...>" placeholders; they are not names.
		if n == "" || n[0] == '<' {
			continue
		}
		m[n] = r
	}
	nameIndex = m
}

// LookupName resolves a Unicode character name the way CPython 3.11's \N{...}
// escape does (unicodedata's _getcode without named sequences):
//   - "HANGUL SYLLABLE " followed by jamo short names and
//     "CJK UNIFIED IDEOGRAPH-" followed by 4 or 5 upper-case hex digits are
//     matched case-sensitively, as in CPython;
//   - every other name and the formal name aliases (e.g. "LATIN CAPITAL
//     LETTER GHA", "NULL", "LF") are matched ignoring ASCII case.
//
// Named sequences ("KEYCAP NUMBER SIGN") are not single code points and are
// rejected, as \N{} rejects them.
func LookupName(name string) (rune, bool) {
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		return hangulSyllable(name[len("HANGUL SYLLABLE "):])
	}
	if strings.HasPrefix(name, "CJK UNIFIED IDEOGRAPH-") {
		return cjkIdeograph(name[len("CJK UNIFIED IDEOGRAPH-"):])
	}
	if len(name) == 0 || len(name) > 256 {
		return 0, false
	}
	up := asciiUpper(name)
	if r, ok := nameAliases[up]; ok {
		return r, true
	}
	nameIndexOnce.Do(buildNameIndex)
	r, ok := nameIndex[up]
	return r, ok
}

// asciiUpper upper-cases ASCII letters only, like CPython's Py_TOUPPER in
// _cmpname; non-ASCII bytes never match any name anyway.
func asciiUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// Hangul syllable composition constants (Unicode chapter 3.12).
const (
	hangulSBase  = 0xAC00
	hangulVCount = 21
	hangulTCount = 28
)

var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// findJamo returns the index and length of the longest entry of table that
// prefixes s (CPython's find_syllable: greedy, case-sensitive); -1 if none.
func findJamo(s string, table []string) (idx, n int) {
	idx, n = -1, -1
	for i, j := range table {
		if len(j) > n && strings.HasPrefix(s, j) {
			idx, n = i, len(j)
		}
	}
	if n < 0 {
		n = 0
	}
	return idx, n
}

func hangulSyllable(s string) (rune, bool) {
	l, n := findJamo(s, jamoL)
	s = s[n:]
	v, n := findJamo(s, jamoV)
	s = s[n:]
	t, n := findJamo(s, jamoT)
	s = s[n:]
	if l < 0 || v < 0 || t < 0 || s != "" {
		return 0, false
	}
	return rune(hangulSBase + (l*hangulVCount+v)*hangulTCount + t), true
}

// cjkRanges are CPython 3.11's (Unicode 14.0) unified ideograph ranges, so
// \N{CJK UNIFIED IDEOGRAPH-XXXX} accepts exactly what python3.11 accepts.
var cjkRanges = [][2]rune{
	{0x3400, 0x4DBF},
	{0x4E00, 0x9FFF},
	{0x20000, 0x2A6DF},
	{0x2A700, 0x2B738},
	{0x2B740, 0x2B81D},
	{0x2B820, 0x2CEA1},
	{0x2CEB0, 0x2EBE0},
	{0x30000, 0x3134A},
}

func cjkIdeograph(hex string) (rune, bool) {
	if len(hex) != 4 && len(hex) != 5 {
		return 0, false
	}
	var v rune
	for i := 0; i < len(hex); i++ {
		c := hex[i]
		switch {
		case c >= '0' && c <= '9':
			v = v*16 + rune(c-'0')
		case c >= 'A' && c <= 'F':
			v = v*16 + rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	for _, rg := range cjkRanges {
		if v >= rg[0] && v <= rg[1] {
			return v, true
		}
	}
	return 0, false
}
