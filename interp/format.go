package interp

// This file implements format(value, spec) and the format-spec
// mini-language for str, int and float (f-strings and format()).

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pyjit/pyjit/frontend/literal"
)

// Format is format(v, spec); a null spec means "".
func Format(t *Thread, v, spec Value) (Value, error) {
	specStr := ""
	if !spec.IsNull() {
		s, ok := asStr(spec)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "format() argument 2 must be str, not %s", typeName(spec))
		}
		specStr = s.s
	}
	if specStr == "" && isStr(v) {
		return v, nil
	}
	switch {
	case v.IsInt() || v.IsBool() && specStr != "" || v.Type() == &IntType:
		return formatIntSpec(t, v, specStr)
	case v.IsFloat():
		return formatFloatSpec(v.AsFloat(), specStr)
	case isStr(v):
		return formatStrSpec(mustStr(v).s, specStr)
	}
	r, found, err := callMethod(t, v, "__format__", StrValue(specStr))
	if err != nil {
		return Value{}, err
	}
	if !found {
		return objectFormat(t, v, StrValue(specStr))
	}
	if _, ok := asStr(r); !ok {
		return Value{}, NewError(&TypeErrorType, "__format__ must return a str, not %s", typeName(r))
	}
	return r, nil
}

func objectFormat(t *Thread, v, spec Value) (Value, error) {
	s, ok := asStr(spec)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "format() argument 2 must be str, not %s", typeName(spec))
	}
	if s.s != "" {
		return Value{}, NewError(&TypeErrorType, "unsupported format string passed to %s.__format__", typeName(v))
	}
	return Str_(t, v)
}

type fmtSpec struct {
	fill      rune
	align     byte
	sign      byte
	alt       bool
	zero      bool
	width     int
	grouping  byte
	precision int
	typ       byte
}

func parseSpec(s string, defaultAlign byte) (fmtSpec, error) {
	sp := fmtSpec{fill: ' ', precision: -1}
	i := 0
	if r, n := utf8.DecodeRuneInString(s); n > 0 && len(s) > n && strings.IndexByte("<>=^", s[n]) >= 0 {
		sp.fill, sp.align = r, s[n]
		i = n + 1
	} else if len(s) > 0 && strings.IndexByte("<>=^", s[0]) >= 0 {
		sp.align = s[0]
		i = 1
	}
	if i < len(s) && strings.IndexByte("+- ", s[i]) >= 0 {
		sp.sign = s[i]
		i++
	}
	if i < len(s) && s[i] == '#' {
		sp.alt = true
		i++
	}
	if i < len(s) && s[i] == '0' {
		sp.zero = true
		if sp.align == 0 {
			sp.fill, sp.align = '0', '='
		}
		i++
	}
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		if sp.width > (math.MaxInt64-int(s[i]-'0'))/10 {
			return sp, errFormatDigits()
		}
		sp.width = sp.width*10 + int(s[i]-'0')
		i++
	}
	if i < len(s) && (s[i] == ',' || s[i] == '_') {
		sp.grouping = s[i]
		i++
	}
	if i < len(s) && s[i] == '.' {
		i++
		start := i
		sp.precision = 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if sp.precision > (math.MaxInt64-int(s[i]-'0'))/10 {
				return sp, errFormatDigits()
			}
			sp.precision = sp.precision*10 + int(s[i]-'0')
			i++
		}
		if i == start {
			return sp, NewError(&ValueErrorType, "Format specifier missing precision")
		}
	}
	if i < len(s) {
		sp.typ = s[i]
		i++
	}
	if i < len(s) {
		return sp, NewError(&ValueErrorType, "Invalid format specifier")
	}
	if sp.align == 0 {
		sp.align = defaultAlign
	}
	if sp.width > maxFormatWidth {
		// CPython fails allocating the padded result.
		return sp, NewError(&MemoryErrorType, "")
	}
	return sp, nil
}

// pad aligns body (with a sign/prefix part for '=' alignment).
func (sp *fmtSpec) pad(prefix, body string) string {
	n := utf8.RuneCountInString(prefix) + utf8.RuneCountInString(body)
	if n >= sp.width {
		return prefix + body
	}
	fill := strings.Repeat(string(sp.fill), sp.width-n)
	switch sp.align {
	case '<':
		return prefix + body + fill
	case '^':
		left := (sp.width - n) / 2
		return strings.Repeat(string(sp.fill), left) + prefix + body + strings.Repeat(string(sp.fill), sp.width-n-left)
	case '=':
		return prefix + fill + body
	}
	return fill + prefix + body
}

func formatStrSpec(s, spec string) (Value, error) {
	sp, err := parseSpec(spec, '<')
	if err != nil {
		return Value{}, err
	}
	if sp.typ != 0 && sp.typ != 's' {
		return Value{}, NewError(&ValueErrorType, "Unknown format code '%c' for object of type 'str'", sp.typ)
	}
	if sp.sign != 0 {
		return Value{}, NewError(&ValueErrorType, "Sign not allowed in string format specifier")
	}
	if sp.align == '=' {
		return Value{}, NewError(&ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	if sp.precision >= 0 {
		rs := literal.Runes(s)
		if len(rs) > sp.precision {
			s = literal.FromRunes(rs[:sp.precision])
		}
	}
	return StrValue(sp.pad("", s)), nil
}

func groupDigits(digits string, sep byte, every int) string {
	if sep == 0 {
		return digits
	}
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%every == 0 {
			b.WriteByte(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

func signPrefix(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

func formatIntSpec(t *Thread, v Value, spec string) (Value, error) {
	sp, err := parseSpec(spec, '>')
	if err != nil {
		return Value{}, err
	}
	b := toBig(v)
	switch sp.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := bigToFloat(b)
		if err != nil {
			return Value{}, err
		}
		return formatFloatSpec(f, spec)
	case 'c':
		if !b.IsInt64() || b.Int64() < 0 || b.Int64() > 0x10ffff {
			return Value{}, NewError(&OverflowErrorType, "%%c arg not in range(0x110000)")
		}
		return StrValue(sp.pad("", literal.EncodeRune(rune(b.Int64())))), nil
	case 's':
		return Value{}, NewError(&ValueErrorType, "Unknown format code 's' for object of type 'int'")
	}
	if sp.precision >= 0 {
		return Value{}, NewError(&ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if spec == "" {
		return Str_(t, v)
	}
	abs := new(big.Int).Abs(b)
	var digits, prefix string
	every := 3
	switch sp.typ {
	case 0, 'd', 'n':
		digits = abs.Text(10)
	case 'x':
		digits, prefix, every = abs.Text(16), "0x", 4
	case 'X':
		digits, prefix, every = strings.ToUpper(abs.Text(16)), "0X", 4
	case 'o':
		digits, prefix, every = abs.Text(8), "0o", 4
	case 'b':
		digits, prefix, every = abs.Text(2), "0b", 4
	default:
		return Value{}, NewError(&ValueErrorType, "Unknown format code '%c' for object of type 'int'", sp.typ)
	}
	if !sp.alt {
		prefix = ""
	}
	if sp.zero && sp.align == '=' && sp.grouping != 0 {
		// Zero padding participates in grouping.
		w := sp.width - len(signPrefix(b.Sign() < 0, sp.sign)) - len(prefix)
		for len(groupDigits(digits, sp.grouping, every)) < w {
			digits = "0" + digits
		}
	}
	digits = groupDigits(digits, sp.grouping, every)
	return StrValue(sp.pad(signPrefix(b.Sign() < 0, sp.sign)+prefix, digits)), nil
}

// formatAltG is %#g: like 'g' but keeping trailing zeros.
func formatAltG(a float64, prec int) string {
	if math.IsInf(a, 0) || math.IsNaN(a) {
		return literal.FormatFloat(a, 'g', prec)
	}
	if prec == 0 {
		prec = 1
	}
	x := 0
	if a != 0 {
		e := strconv.FormatFloat(a, 'e', prec-1, 64)
		x, _ = strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	}
	if x >= -4 && x < prec {
		return strconv.FormatFloat(a, 'f', prec-1-x, 64)
	}
	return literal.FormatFloat(a, 'e', prec-1)
}

func formatFloatSpec(f float64, spec string) (Value, error) {
	sp, err := parseSpec(spec, '>')
	if err != nil {
		return Value{}, err
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	var body string
	prec := sp.precision
	switch sp.typ {
	case 0:
		if prec < 0 {
			body = literal.ReprFloat(a)
		} else {
			body = literal.FormatFloat(a, 'g', max(prec, 1))
			if !strings.ContainsAny(body, ".en") {
				body += ".0"
			}
		}
	case 'f', 'F', 'e', 'E', 'g', 'G':
		if prec < 0 {
			prec = 6
		}
		// FormatFloat knows the lower-case codes; 'E', 'F', 'G' are
		// the same digits upper-cased (INF, NAN too).
		lc := sp.typ | 0x20
		if lc == 'g' && sp.alt {
			body = formatAltG(a, prec)
		} else {
			body = literal.FormatFloat(a, lc, prec)
		}
		if lc != sp.typ {
			body = strings.ToUpper(body)
		}
	case '%':
		if prec < 0 {
			prec = 6
		}
		body = literal.FormatFloat(a*100, 'f', prec) + "%"
	case 'n':
		if prec < 0 {
			prec = 6
		}
		body = literal.FormatFloat(a, 'g', prec)
	default:
		return Value{}, NewError(&ValueErrorType, "Unknown format code '%c' for object of type 'float'", sp.typ)
	}
	if sp.alt && !strings.Contains(body, ".") && !math.IsInf(a, 0) && !math.IsNaN(a) {
		if i := strings.IndexAny(body, "eE%"); i >= 0 {
			body = body[:i] + "." + body[i:]
		} else {
			body += "."
		}
	}
	if sp.grouping != 0 {
		intPart := body
		rest := ""
		if i := strings.IndexAny(body, ".eE%"); i >= 0 {
			intPart, rest = body[:i], body[i:]
		}
		if sp.zero && sp.align == '=' {
			w := sp.width - len(signPrefix(neg, sp.sign)) - len(rest)
			for len(groupDigits(intPart, sp.grouping, 3)) < w {
				intPart = "0" + intPart
			}
		}
		body = groupDigits(intPart, sp.grouping, 3) + rest
	}
	return StrValue(sp.pad(signPrefix(neg, sp.sign), body)), nil
}
