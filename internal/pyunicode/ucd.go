package pyunicode

//go:generate python3.11 genucd.py

import (
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Props are the unicodedata properties of one code point.
type Props struct {
	Category       string
	Bidirectional  string
	EastAsianWidth string
	Combining      int
	Mirrored       bool
}

// Properties returns r's properties in CPython 3.11's database.
func Properties(r rune) Props {
	if r < 0 || r > 0x10FFFF {
		r = 0x10FFFF
	}
	key := uint32(r)<<11 | 0x7FF
	i := sort.Search(len(ucdRuns), func(i int) bool { return ucdRuns[i] > key }) - 1
	p := ucdProps[ucdRuns[i]&0x7FF]
	return Props{Category: ucdCategories[p[0]], Bidirectional: ucdBidi[p[1]], EastAsianWidth: ucdEAW[p[2]],
		Combining: int(p[3]), Mirrored: p[4] != 0}
}

// Numeric is a character's numeric value and, when it has them (else
// -1), its decimal and digit values.
type Numeric struct {
	Value          float64
	Decimal, Digit int
}

var (
	ucdOnce    sync.Once
	decompMap  map[rune]string
	numericMap map[rune]Numeric
)

func parseUCD() {
	decompMap = make(map[rune]string, 6000)
	for _, line := range strings.Split(ucdDecomp, "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			c, _ := strconv.ParseUint(k, 16, 32)
			decompMap[rune(c)] = v
		}
	}
	numericMap = make(map[rune]Numeric, 2000)
	for _, line := range strings.Split(ucdNumeric, "\n") {
		f := strings.Split(line, ":")
		if len(f) != 4 {
			continue
		}
		c, _ := strconv.ParseUint(f[0], 16, 32)
		v, _ := strconv.ParseFloat(f[1], 64)
		dec, _ := strconv.Atoi(f[2])
		dig, _ := strconv.Atoi(f[3])
		numericMap[rune(c)] = Numeric{v, dec, dig}
	}
}

// Decomposition is unicodedata.decomposition(r): "" when there is none.
func Decomposition(r rune) string {
	ucdOnce.Do(parseUCD)
	return decompMap[r]
}

// NumericValue returns r's numeric properties; ok is false for
// characters without a numeric value.
func NumericValue(r rune) (Numeric, bool) {
	ucdOnce.Do(parseUCD)
	n, ok := numericMap[r]
	return n, ok
}
