package literal

import (
	"math"
	"strconv"
	"strings"
)

// ReprFloat returns CPython 3.11's repr() of f: the shortest string that
// round-trips, in fixed notation when the decimal exponent is in -4..15
// (with ".0" added to integral values), otherwise in exponent notation
// with a signed exponent of at least two digits (1e+16, 1e-05); plus inf,
// -inf, nan (NaN's sign is never shown) and -0.0.
func ReprFloat(f float64) string { return formatFloat(f, 'r', 0, true, false) }

// ReprComplex returns CPython 3.11's repr() of c: when the real part is +0
// only the imaginary part followed by "j" ("1j", "-0j", "nanj"); otherwise
// "(re±imj)" ("(1+2j)", "(-0-0j)", "(nan+infj)"). Unlike float repr, no
// ".0" is added.
func ReprComplex(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatFloat(im, 'r', 0, false, false) + "j"
	}
	return "(" + formatFloat(re, 'r', 0, false, false) + formatFloat(im, 'r', 0, false, true) + "j)"
}

// FormatFloat formats f like CPython's PyOS_double_to_string(f, format,
// prec, 0, NULL): format is 'r' (shortest repr digits, prec ignored, no
// ".0" added), 'e', 'f' or 'g' (C printf semantics with correct rounding;
// 'g' strips trailing zeros). Infinities and NaN give "inf", "-inf", "nan".
// Any other format byte is treated as 'r'.
func FormatFloat(f float64, format byte, prec int) string {
	if prec < 0 {
		prec = 0
	}
	return formatFloat(f, format, prec, false, false)
}

// formatFloat mirrors format_float_short in Python/pystrtod.c. addDot0
// appends ".0" to integral fixed-notation results; plusSign forces a
// leading '+' on non-negative values (NaN included, whose sign is ignored).
func formatFloat(f float64, code byte, prec int, addDot0, plusSign bool) string {
	sign := ""
	if math.IsNaN(f) {
		if plusSign {
			sign = "+"
		}
		return sign + "nan"
	}
	if math.Signbit(f) {
		sign = "-"
		f = -f
	} else if plusSign {
		sign = "+"
	}
	if math.IsInf(f, 0) {
		return sign + "inf"
	}
	if code == 'f' {
		s := strconv.FormatFloat(f, 'f', prec, 64)
		if addDot0 && !strings.ContainsAny(s, ".") {
			s += ".0"
		}
		return sign + s
	}

	var digits string
	var decpt int
	useExp := false
	minDigits := 0 // pad the digit string with zeros up to this length
	switch code {
	case 'e':
		digits, decpt = decimalDigits(f, prec+1)
		useExp = true
		minDigits = prec + 1
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = decimalDigits(f, prec)
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		useExp = decpt <= -4 || decpt > limit
	default: // 'r'
		digits, decpt = decimalDigits(f, -1)
		useExp = decpt <= -4 || decpt > 16
	}
	if len(digits) < minDigits {
		digits += strings.Repeat("0", minDigits-len(digits))
	}

	var b strings.Builder
	b.WriteString(sign)
	if useExp {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		exp := decpt - 1
		b.WriteByte('e')
		if exp < 0 {
			b.WriteByte('-')
			exp = -exp
		} else {
			b.WriteByte('+')
		}
		if exp < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(exp))
		return b.String()
	}
	switch {
	case decpt <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -decpt))
		b.WriteString(digits)
	case decpt >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		if addDot0 {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	}
	return b.String()
}

// decimalDigits returns the significant decimal digits of the finite,
// non-negative f, without trailing zeros (as David Gay's dtoa returns them),
// and the position of the decimal point relative to them: f equals
// 0.DIGITS * 10**decpt. n < 0 asks for the shortest round-tripping digits,
// otherwise n correctly rounded significant digits. Zero gives ("0", 1).
func decimalDigits(f float64, n int) (digits string, decpt int) {
	if f == 0 {
		return "0", 1
	}
	prec := -1
	if n > 0 {
		prec = n - 1
	}
	s := strconv.FormatFloat(f, 'e', prec, 64) // d.ddde±XX
	e := strings.IndexByte(s, 'e')
	mant, expText := s[:e], s[e+1:]
	exp, err := strconv.Atoi(expText)
	if err != nil {
		return "0", 1 // unreachable: strconv always writes an integer exponent
	}
	digits = strings.Replace(mant, ".", "", 1)
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		return "0", 1
	}
	return digits, exp + 1
}
