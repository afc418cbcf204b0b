package literal

import (
	"encoding/hex"
	"math"
	"math/rand"
	"strings"
	"testing"
)

func TestReprFloatVsCPython(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 1.5, 0.1, 0.2 + 0.1, 1e16, 1e15, 9999999999999998,
		1e17, 1e-4, 1e-5, 0.00012345, 123456789012345678, 1e22, 1e23, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 2.2250738585072014e-308, math.Inf(1), math.Inf(-1), math.NaN(),
		-math.NaN(), 1.0 / 3, 2.0 / 3, 100, 1e100, 123.456, 0.5, 2e16 + 8, 4.35, 1e-7, 1.7976931348623157e308}
	for i := 0; i < 10000; i++ {
		vals = append(vals, math.Float64frombits(rng.Uint64()))
	}
	// Also "nice" numbers of every magnitude around the fixed/exponent switch.
	for e := -30; e <= 30; e++ {
		vals = append(vals, math.Pow(10, float64(e)), 1.25*math.Pow(10, float64(e)), -7*math.Pow(10, float64(e)))
	}
	in := make([]uint64, len(vals))
	for i, v := range vals {
		in[i] = math.Float64bits(v)
	}
	const script = `
import json, struct, sys
out = []
for bits in json.load(sys.stdin):
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    out.append([repr(x), format(x, '.3e'), format(x, '.0e'), format(x, '.17g'), format(x, '.4g'), format(x, 'g'), format(x, '.2f')])
print(json.dumps(out))
`
	var want [][]string
	runPython(t, script, in, &want)
	bad := 0
	for i, v := range vals {
		got := []string{ReprFloat(v), FormatFloat(v, 'e', 3), FormatFloat(v, 'e', 0), FormatFloat(v, 'g', 17),
			FormatFloat(v, 'g', 4), FormatFloat(v, 'g', 6), FormatFloat(v, 'f', 2)}
		for k := range got {
			if got[k] != want[i][k] {
				if bad++; bad < 20 {
					t.Errorf("float %b (col %d): got %q, CPython %q", math.Float64bits(v), k, got[k], want[i][k])
				}
			}
		}
	}
}

func TestReprComplexVsCPython(t *testing.T) {
	parts := []float64{0, math.Copysign(0, -1), 1, -1, 2.5, -1e16, 1e16, 1e-5, math.Inf(1), math.Inf(-1),
		math.NaN(), -math.NaN(), 123456.789, 5e-324}
	var in [][2]uint64
	var vals []complex128
	for _, re := range parts {
		for _, im := range parts {
			vals = append(vals, complex(re, im))
		}
	}
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 500; i++ {
		vals = append(vals, complex(math.Float64frombits(rng.Uint64()), math.Float64frombits(rng.Uint64())))
	}
	for _, c := range vals {
		in = append(in, [2]uint64{math.Float64bits(real(c)), math.Float64bits(imag(c))})
	}
	const script = `
import json, struct, sys
f = lambda b: struct.unpack('<d', struct.pack('<Q', b))[0]
print(json.dumps([repr(complex(f(a), f(b))) for a, b in json.load(sys.stdin)]))
`
	var want []string
	runPython(t, script, in, &want)
	for i, c := range vals {
		if got := ReprComplex(c); got != want[i] {
			t.Errorf("complex %v: got %q, CPython %q", c, got, want[i])
		}
	}
}

// TestReprStrAllCodePoints compares ReprStr of every single code point,
// surrogates included, with CPython.
func TestReprStrAllCodePoints(t *testing.T) {
	const script = `
import json, sys
out = []
for i in range(0x110000):
    c = chr(i)
    r = repr(c)
    out.append('' if r == "'" + c + "'" else r)
print(json.dumps({'reprs': out}))
`
	var res struct {
		Reprs []string
	}
	runPython(t, script, nil, &res)
	bad := 0
	for r := rune(0); r <= maxRune; r++ {
		s := EncodeRune(r)
		want := res.Reprs[r]
		if want == "" {
			want = "'" + s + "'"
		}
		got := ReprStr(s)
		if got == want {
			continue
		}
		if bad++; bad < 20 {
			t.Errorf("repr(chr(%#x)): got %q, CPython %q", r, got, want)
		}
	}
}

func TestReprStrMixed(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	pick := []rune{'\'', '"', '\\', '\n', '\t', '\r', 0, 0x7f, 0x80, 0xa0, 0xad, 0x300, 0xd800, 0xdfff,
		0xe000, 0xfeff, 0x2028, 0x3000, 0x1f600, 0x10ffff, 'a', ' ', 0x85, 0xffff, 0x200b}
	inputs := [][]rune{{}, {'\''}, {'"'}, {'\'', '"'}, {'\\', '\''}, {0xd800, 0xdc00}}
	for i := 0; i < 2000; i++ {
		n := rng.Intn(8)
		s := make([]rune, n)
		for j := range s {
			if rng.Intn(3) == 0 {
				s[j] = rune(rng.Intn(maxRune + 1))
			} else {
				s[j] = pick[rng.Intn(len(pick))]
			}
		}
		inputs = append(inputs, s)
	}
	const script = `
import json, sys
out = []
for cps in json.load(sys.stdin):
    s = ''.join(map(chr, cps))
    out.append([repr(s), s.encode('utf-8', 'surrogatepass').hex()])
print(json.dumps(out))
`
	var want [][2]string
	runPython(t, script, inputs, &want)
	for i, rs := range inputs {
		s := FromRunes(rs)
		if h := hex.EncodeToString([]byte(s)); h != want[i][1] {
			t.Errorf("FromRunes(%x) = %s, CPython surrogatepass %s", rs, h, want[i][1])
		}
		if got := Runes(s); len(rs) > 0 && !equalRunes(got, rs) {
			t.Errorf("Runes(FromRunes(%x)) = %x", rs, got)
		}
		if RuneCount(s) != len(rs) || !ValidString(s) {
			t.Errorf("RuneCount/ValidString wrong for %x", rs)
		}
		if got := ReprStr(s); got != want[i][0] {
			t.Errorf("ReprStr(%x): got %q, CPython %q", rs, got, want[i][0])
		}
	}
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestReprBytesVsCPython(t *testing.T) {
	var inputs []string
	for c := 0; c < 256; c++ {
		inputs = append(inputs, string([]byte{byte(c)}))
	}
	inputs = append(inputs, "", "'", "\"", "'\"", "a'b", "\\'", "\"'\"")
	rng := rand.New(rand.NewSource(4))
	for i := 0; i < 500; i++ {
		b := make([]byte, rng.Intn(10))
		rng.Read(b)
		inputs = append(inputs, string(b))
	}
	hexes := make([]string, len(inputs))
	for i, s := range inputs {
		hexes[i] = hex.EncodeToString([]byte(s))
	}
	const script = `
import json, sys
print(json.dumps([repr(bytes.fromhex(h)) for h in json.load(sys.stdin)]))
`
	var want []string
	runPython(t, script, hexes, &want)
	for i, s := range inputs {
		if got := ReprBytes(s); got != want[i] {
			t.Errorf("ReprBytes(%q): got %s, CPython %s", s, got, want[i])
		}
	}
}

func TestWTF8Helpers(t *testing.T) {
	s := FromRunes([]rune{'a', 0xd800, 0xdc00, 0x10000, 0xdfff})
	if got := RuneCount(s); got != 5 {
		t.Fatalf("RuneCount = %d", got)
	}
	if r, n := DecodeLastRune(s); r != 0xdfff || n != 3 {
		t.Errorf("DecodeLastRune = %x,%d", r, n)
	}
	if r, n := DecodeLastRune(s[:len(s)-3]); r != 0x10000 || n != 4 {
		t.Errorf("DecodeLastRune = %x,%d", r, n)
	}
	if ValidString("\xff") || ValidString("\xed\xa0") {
		t.Error("ValidString accepted malformed input")
	}
	if got := ReprStr("\xff"); !strings.Contains(got, "\ufffd") {
		t.Errorf("ReprStr of malformed byte = %q", got)
	}
}
