package literal

import (
	"encoding/hex"
	"math/rand"
	"strings"
	"testing"
)

// literalOracle evaluates each STRING token with python3.11 and reports the
// value (code points or bytes hex), the first warning, or the SyntaxError
// msg. Errors not produced by literal decoding (an unterminated string from
// a random body, say) are reported as "skip".
const literalOracle = `
import json, sys, warnings
out = []
for src in json.load(sys.stdin):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            v = eval(compile(src, "f", "eval"))
        except SyntaxError as e:
            m = e.msg
            ok = m.startswith(("(unicode error)", "(value error)", "bytes can only"))
            out.append({"err": m if ok else "skip"})
            continue
    warn = str(w[0].message) if w else ""
    if isinstance(v, bytes):
        out.append({"bytes": v.hex(), "warn": warn})
    else:
        out.append({"str": [ord(c) for c in v], "warn": warn, "isstr": True})
print(json.dumps(out))
`

type literalResult struct {
	Err   string
	Bytes string
	Str   []rune
	IsStr bool
	Warn  string
}

func decodeToken(tok string) literalResult {
	p, body, _ := SplitString(tok)
	var (
		v     string
		warns []EscapeWarning
		err   error
	)
	if p.Bytes {
		v, warns, err = DecodeBytesWarn(body, p.Raw)
	} else {
		v, warns, err = DecodeStrWarn(body, p.Raw)
	}
	if err != nil {
		return literalResult{Err: err.Error()}
	}
	var r literalResult
	if len(warns) > 0 {
		r.Warn = warns[0].Message()
	}
	if p.Bytes {
		r.Bytes = hex.EncodeToString([]byte(v))
	} else {
		r.IsStr = true
		r.Str = Runes(v)
	}
	return r
}

func compareLiterals(t *testing.T, toks []string) {
	t.Helper()
	var want []literalResult
	runPython(t, literalOracle, toks, &want)
	bad, compared := 0, 0
	for i, tok := range toks {
		w := want[i]
		if w.Err == "skip" {
			continue
		}
		compared++
		got := decodeToken(tok)
		ok := got.Err == w.Err && got.Warn == w.Warn && got.Bytes == w.Bytes &&
			got.IsStr == w.IsStr && equalRunes(got.Str, w.Str)
		if !ok {
			if bad++; bad < 25 {
				t.Errorf("literal %q:\n got  %+v\n want %+v", tok, got, w)
			}
		}
	}
	t.Logf("%d of %d literals compared with CPython, %d differ", compared, len(toks), bad)
	if compared < len(toks)/2 {
		t.Errorf("only %d of %d literals were comparable", compared, len(toks))
	}
}

func TestDecodeLiteralsTable(t *testing.T) {
	toks := []string{
		`'abc'`, `"a\nb"`, `'\x4'`, `'\xg'`, `'\x41\u0041\U00000041'`, `'\N{foo}'`, `'\U00110000'`,
		`'é\x4'`, `'\é'`, `'ab\N'`, `'ab\N{'`, `'\N{}'`, `'\N{LATIN SMALL LETTER A'`, `'\u12'`,
		`'\U1234567'`, `'\777'`, `'\8'`, `'\q\w'`, "'a\\\nb'", `'\N{latin small letter a}'`,
		`'\N{NULL}'`, `'\N{LATIN CAPITAL LETTER GHA}'`, `'\N{CJK UNIFIED IDEOGRAPH-4E00}'`,
		`'\N{HANGUL SYLLABLE GAG}'`, `'\N{hangul syllable gag}'`, `'ééé\U00110000'`,
		`'\0\00\000\0000\1a\400'`, `'\a\b\f\n\r\t\v\'\"\\'`, `'\ud800\udc00'`, `'\U0000dfff'`,
		`'\N{LATIN SMALL LETTER A\x}'`, `'\N{a}b}'`, `'中文\N{EM DASH}😀'`, `'😀\q'`, `'\😀'`,
		`b'\x4'`, `b'é'`, `rb'é'`, `b'\N{x}'`, `b'\q'`, `b'\777'`, `b'\x'`, `b'ab\x4'`,
		`b'\x41\x4a\xfF\0\12\177'`, `b'\u1234'`, `br'\x'`, `Rb'\q'`, `r'\q\x'`, `R'\N{'`,
		`u'\u00e9'`, `U'x\y'`, `'''a\''''`, `"""\"\"\""""`, `''`, `b""`, `'\7777'`, `'\477\x'`,
		`'\N{ LATIN SMALL LETTER A}'`, `'\N{SPACE}\N{LF}\N{BYTE ORDER MARK}'`, `'\N{KEYCAP NUMBER SIGN}'`,
		`'é\N{é}'`, `'\\é'`, `'\\\é'`, `"\N{TANGUT IDEOGRAPH-17000}"`, `"\N{CJK UNIFIED IDEOGRAPH-4e00}"`,
	}
	compareLiterals(t, toks)
}

// TestDecodeLiteralsRandom checks random bodies built from escape fragments
// against python3.11.
func TestDecodeLiteralsRandom(t *testing.T) {
	frags := []string{`\x`, `\u`, `\U`, `\N{`, `}`, `{`, `0`, `4`, `7`, `8`, `a`, `F`, `e`, `g`, `\`, "\n",
		`é`, `中`, `😀`, `'`, `LATIN SMALL LETTER A`, "\\\n", ` `, `q`, `N`, `d8`, `00`, `1`, `SPACE`, `\\`}
	prefixes := []string{"", "", "r", "b", "b", "rb", "u", "B", "R"}
	rng := rand.New(rand.NewSource(5))
	var toks []string
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for n := rng.Intn(7) + 1; n > 0; n-- {
			b.WriteString(frags[rng.Intn(len(frags))])
		}
		toks = append(toks, prefixes[rng.Intn(len(prefixes))]+`"""`+b.String()+`"""`)
	}
	compareLiterals(t, toks)
}

func TestSplitString(t *testing.T) {
	cases := []struct {
		tok  string
		p    StrPrefix
		body string
		q    int
	}{
		{`'x'`, StrPrefix{}, "x", 1},
		{`Rb'''x'''`, StrPrefix{Raw: true, Bytes: true}, "x", 3},
		{`''`, StrPrefix{}, "", 1},
		{`""""""`, StrPrefix{}, "", 3},
		{`f"{a}"`, StrPrefix{Format: true}, "{a}", 1},
		{`U"a"`, StrPrefix{Unicode: true}, "a", 1},
		{`fR'''a'b'''`, StrPrefix{Format: true, Raw: true}, "a'b", 3},
		{`x`, StrPrefix{}, "x", 0},
		{`'`, StrPrefix{}, "", 1},
	}
	for _, c := range cases {
		p, body, q := SplitString(c.tok)
		if p != c.p || body != c.body || q != c.q {
			t.Errorf("SplitString(%q) = %+v %q %d, want %+v %q %d", c.tok, p, body, q, c.p, c.body, c.q)
		}
	}
}

func FuzzDecodeStr(f *testing.F) {
	for _, s := range []string{`\x41`, `\N{LATIN SMALL LETTER A}`, `\U0010ffff`, `é\`, `\777`, "\xed\xa0\x80"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, body string, raw bool) {
		s, err := DecodeStr(body, raw)
		if err == nil && !ValidString(s) {
			t.Errorf("DecodeStr(%q) returned malformed %q", body, s)
		}
		DecodeBytes(body, raw)
		SplitString(body)
	})
}

func BenchmarkDecodeStr(b *testing.B) {
	body := strings.Repeat(`hello\tworld\x41\u00e9 é\N{EM DASH}`, 20)
	for i := 0; i < b.N; i++ {
		if _, err := DecodeStr(body, false); err != nil {
			b.Fatal(err)
		}
	}
}
