package literal

import (
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

// numberOracle evaluates NUMBER tokens with python3.11: ints come back as
// hex text (exact, no digit limit), floats and imaginary parts as
// float.hex(), failures as the SyntaxError msg.
const numberOracle = `
import json, sys
out = []
for src in json.load(sys.stdin):
    try:
        v = eval(compile(src, "f", "eval"))
    except SyntaxError as e:
        out.append({"err": e.msg})
        continue
    if isinstance(v, int):
        out.append({"int": hex(v)})
    elif isinstance(v, float):
        out.append({"float": v.hex()})
    else:
        out.append({"imag": v.imag.hex(), "real": v.real.hex()})
print(json.dumps(out))
`

type numberResult struct{ Err, Int, Float, Imag, Real string }

// pyFloatHex formats f like Python's float.hex().
func pyFloatHex(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	sign := ""
	if math.Signbit(f) {
		sign, f = "-", -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead, exp = 0, -1022
	} else {
		exp -= 1023
	}
	return fmt.Sprintf("%s0x%d.%013xp%+d", sign, lead, mant, exp)
}

func goNumber(text string) numberResult {
	v, err := ParseNumber(text)
	if err != nil {
		return numberResult{Err: err.Error()}
	}
	switch v := v.(type) {
	case *big.Int:
		if v.Sign() < 0 {
			return numberResult{Int: "-0x" + new(big.Int).Neg(v).Text(16)}
		}
		return numberResult{Int: "0x" + v.Text(16)}
	case float64:
		return numberResult{Float: pyFloatHex(v)}
	case complex128:
		return numberResult{Imag: pyFloatHex(imag(v)), Real: pyFloatHex(real(v))}
	}
	return numberResult{Err: "unexpected type"}
}

func TestParseNumberVsCPython(t *testing.T) {
	toks := []string{"0", "00", "0_0", "1", "1_000_000", "0x_ff", "0XdeadBEEF", "0o777", "0O1_7", "0b1011",
		"0B_1", "123456789012345678901234567890", "1.0", "1.", ".5", "1e10", "1E+10", "1e-10", "1_0.5_5e1_0",
		"1e400", "1e-400", "2.4703282292062328e-324", "2.4703282292062327e-324", "4.9406564584124654e-324",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "9007199254740993",
		"9007199254740993.0", "0.1", "0.30000000000000004", "1j", "1J", "0j", "1.5e3j", "1e400j", "1_0j",
		"0.0", "0e0", "000.5", "00j", "0_7j", "8.98846567431158e307", "2.2250738585072011e-308",
		"2.2250738585072012e-308", strings.Repeat("1", 4300), strings.Repeat("1", 4301),
		strings.Repeat("1_", 4300) + "1", strings.Repeat("0", 5000), "0x" + strings.Repeat("f", 5000),
		"1" + strings.Repeat("0", 400) + ".0", "0." + strings.Repeat("0", 400) + "1e400",
		strings.Repeat("9", 5000) + ".0", strings.Repeat("3", 5000) + "j", "1" + strings.Repeat("0", 4300)}
	rng := rand.New(rand.NewSource(6))
	for i := 0; i < 1500; i++ {
		var b strings.Builder
		for n := rng.Intn(25) + 1; n > 0; n-- {
			b.WriteByte(byte('0' + rng.Intn(10)))
		}
		s := strings.TrimLeft(b.String(), "0")
		if s == "" {
			s = "0"
		}
		switch rng.Intn(4) {
		case 0:
			s = s[:1] + "." + s[1:]
		case 1:
			s = fmt.Sprintf("%se%d", s, rng.Intn(700)-350)
		case 2:
			s = fmt.Sprintf("0.%se%d", s, rng.Intn(700)-350)
		}
		toks = append(toks, s)
	}
	compareNumbers(t, toks)
}

// TestParseNumberHalfway feeds exact midpoints between adjacent doubles (the
// hardest rounding cases), computed by python3.11's decimal module.
func TestParseNumberHalfway(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var bits []uint64
	for i := 0; i < 300; i++ {
		b := rng.Uint64() &^ (1 << 63)
		if math.IsInf(math.Float64frombits(b), 0) || math.IsNaN(math.Float64frombits(b)) {
			continue
		}
		bits = append(bits, b)
	}
	const script = `
import json, math, struct, sys
from decimal import Decimal, getcontext
getcontext().prec = 2000
out = []
for b in json.load(sys.stdin):
    x = struct.unpack('<d', struct.pack('<Q', b))[0]
    y = math.nextafter(x, math.inf)
    if math.isinf(y):
        continue
    m = (Decimal(x) + Decimal(y)) / 2
    s = format(m, 'e')
    out.append(s)
print(json.dumps(out))
`
	var mids []string
	runPython(t, script, bits, &mids)
	compareNumbers(t, mids)
}

func compareNumbers(t *testing.T, toks []string) {
	t.Helper()
	var want []numberResult
	runPython(t, numberOracle, toks, &want)
	for i, tok := range toks {
		if got := goNumber(tok); got != want[i] {
			t.Errorf("ParseNumber(%.60q):\n got  %+v\n want %+v", tok, got, want[i])
		}
	}
}

func TestParseNumberRejectsGarbage(t *testing.T) {
	for _, s := range []string{"", "_", "1_", "_1", "1__0", "0x", "0xg", "1e", "abc", "1.2.3", "0b2", "01",
		"+1", "-1", "0x-1", "1e+", "j", "nan", "inf", "1_e5", "0_x1"} {
		if v, err := ParseNumber(s); err == nil {
			t.Errorf("ParseNumber(%q) = %v, want error", s, v)
		} else if e, ok := err.(*Error); !ok || e.Kind != ErrNumber {
			t.Errorf("ParseNumber(%q) error %v has wrong kind", s, err)
		}
	}
}

func TestReprInt(t *testing.T) {
	z, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	if got := ReprInt(z); got != "-123456789012345678901234567890" {
		t.Errorf("ReprInt = %q", got)
	}
	if ReprInt(nil) != "0" {
		t.Error("ReprInt(nil)")
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"0x_1", "1e400", "1_0j", "0.5", "00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseNumber(s)
	})
}

func BenchmarkReprFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ReprFloat(float64(i) * 1.1e-3)
	}
}
