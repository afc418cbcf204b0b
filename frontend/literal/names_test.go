package literal

import (
	"fmt"
	"strings"
	"testing"
)

// TestLookupNameAllCPythonNames resolves every name python3.11's
// unicodedata knows (algorithmic ones included) and, for a sample, the
// lower-cased name, comparing the latter with what \N{} does in CPython.
func TestLookupNameAllCPythonNames(t *testing.T) {
	const script = `
import json, sys, unicodedata
names = []
lower = []
for i in range(0x110000):
    n = unicodedata.name(chr(i), '')
    if n:
        names.append([i, n])
        if len(names) % 37 == 0:
            lo = n.lower()
            try:
                v = ord(eval('"\\N{%s}"' % lo))
            except SyntaxError:
                v = -1
            lower.append([lo, v])
print(json.dumps({'names': names, 'lower': lower}))
`
	var res struct {
		Names [][2]any
		Lower [][2]any
	}
	runPython(t, script, nil, &res)
	if len(res.Names) < 100000 {
		t.Fatalf("only %d names from CPython", len(res.Names))
	}
	bad := 0
	check := func(name string, want rune) {
		got, ok := LookupName(name)
		if !ok {
			got = -1
		}
		if got != want {
			if bad++; bad < 20 {
				t.Errorf("LookupName(%q) = %#x, CPython %#x", name, got, want)
			}
		}
	}
	for _, e := range res.Names {
		check(e[1].(string), rune(e[0].(float64)))
	}
	for _, e := range res.Lower {
		check(e[0].(string), rune(e[1].(float64)))
	}
	t.Logf("%d names and %d lower-case names checked", len(res.Names), len(res.Lower))
}

// TestLookupNameSpecial covers aliases, algorithmic edge cases and names
// that must fail, comparing with \N{} in python3.11.
func TestLookupNameSpecial(t *testing.T) {
	names := []string{"LATIN CAPITAL LETTER GHA", "latin capital letter gha", "NULL", "nul", "LF", "BOM",
		"BYTE ORDER MARK", "KEYCAP NUMBER SIGN", "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A",
		"LATIN  SMALL LETTER A", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE A",
		"HANGUL SYLLABLE ", "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE GGAEG", "HANGUL SYLLABLE YYA",
		"hangul syllable gag", "HANGUL SYLLABLE gag", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-04E00",
		"CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-0004E00", "cjk unified ideograph-4E00",
		"TANGUT IDEOGRAPH-17000", "CJK COMPATIBILITY IDEOGRAPH-F900", "KHITAN SMALL SCRIPT CHARACTER-18B00",
		"NUSHU CHARACTER-1B170", "EM DASH", "em dash", "Em Dash", "SPACE", "", "A", "<control>",
		"PRIVATE USE AREA", "LATIN CAPITAL LETTER Ä"}
	for _, rg := range cjkRanges {
		for _, r := range []rune{rg[0] - 1, rg[0], rg[1], rg[1] + 1} {
			names = append(names, fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%04X", r))
		}
	}
	for a := range nameAliases {
		names = append(names, a)
	}
	const script = `
import json, sys
out = []
for n in json.load(sys.stdin):
    try:
        v = eval('"\\N{%s}"' % n)
        out.append(ord(v) if len(v) == 1 else -2)
    except SyntaxError:
        out.append(-1)
print(json.dumps(out))
`
	var want []rune
	runPython(t, script, names, &want)
	for i, n := range names {
		got, ok := LookupName(n)
		if !ok {
			got = -1
		}
		if got != want[i] {
			t.Errorf("LookupName(%q) = %#x, CPython \\N{} gives %#x", n, got, want[i])
		}
	}
}

func BenchmarkLookupName(b *testing.B) {
	LookupName("SPACE")
	names := []string{"LATIN SMALL LETTER A", "em dash", "HANGUL SYLLABLE GAG", strings.ToLower("Greek Small Letter Alpha")}
	for i := 0; i < b.N; i++ {
		LookupName(names[i%len(names)])
	}
}
