package literal

import (
	"fmt"

	"golang.org/x/text/unicode/runenames"
)

// Name returns the Unicode name of r as CPython 3.11's unicodedata.name
// gives it (Hangul syllables and CJK unified ideographs are computed), or
// "" for characters without a name. Callers must reject code points that
// are unassigned in Unicode 14.0 themselves: runenames may know newer
// characters.
func Name(r rune) string {
	if r >= hangulSBase && r < hangulSBase+19*hangulVCount*hangulTCount {
		s := int(r - hangulSBase)
		l, v, t := s/(hangulVCount*hangulTCount), s%(hangulVCount*hangulTCount)/hangulTCount, s%hangulTCount
		return "HANGUL SYLLABLE " + jamoL[l] + jamoV[v] + jamoT[t]
	}
	for _, rg := range cjkRanges {
		if r >= rg[0] && r <= rg[1] {
			return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", r)
		}
	}
	n := runenames.Name(r)
	if n == "" || n[0] == '<' {
		return ""
	}
	return n
}
