package interp

// This file implements printf-style formatting: str % args and
// bytes % args (PEP 461). Numeric conversions reuse format()'s int and float code by
// translating the printf flags into a format spec.

import (
	"errors"
	"math/big"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/frontend/literal"
)

func bytesMod(t *Thread, a, b Value) (Value, error) {
	fmtb, ok := bytesData(a)
	if !ok {
		return NotImplemented, nil
	}
	out, err := printfFormat(t, string(fmtb), b, false)
	if err != nil {
		return Value{}, err
	}
	return newLike(a, []byte(out)), nil
}

func strMod(t *Thread, a, b Value) (Value, error) {
	fs, ok := asStr(a)
	if !ok {
		return NotImplemented, nil
	}
	out, err := printfFormat(t, fs.s, b, true)
	if err != nil {
		return Value{}, err
	}
	return StrValue(out), nil
}

// printfFormatter walks the arguments of one formatting operation.
type printfFormatter struct {
	args    []Value
	next    int
	mapping Value // non-null when the argument is a mapping
	isStr   bool  // str % args rather than bytes % args
}

func (f *printfFormatter) nextArg() (Value, error) {
	if f.next >= len(f.args) {
		return Value{}, NewError(&TypeErrorType, "not enough arguments for format string")
	}
	v := f.args[f.next]
	f.next++
	return v, nil
}

// printfFormat is str % arg (isStr) or bytes % arg; format holds the
// str's WTF-8 text or the raw bytes.
func printfFormat(t *Thread, format string, arg Value, isStr bool) (string, error) {
	f := &printfFormatter{isStr: isStr}
	if tu, ok := asTuple(arg); ok {
		f.args = tu.items
	} else {
		f.args = []Value{arg}
		_, isBytes := bytesData(arg)
		_, isS := asStr(arg)
		if !isBytes && !isS && arg.Type().Slots.GetItem != nil && !arg.Type().IsSubtype(&TupleType) {
			f.mapping = arg
		}
	}
	usedMapping := false
	var out strings.Builder
	out.Grow(len(format))
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				out.WriteString(format[i:])
				break
			}
			out.WriteString(format[i : i+j])
			i += j - 1
			continue
		}
		i++
		if i >= len(format) {
			return "", NewError(&ValueErrorType, "incomplete format")
		}
		var val Value
		if format[i] == '(' {
			if f.mapping.IsNull() {
				return "", NewError(&TypeErrorType, "format requires a mapping")
			}
			depth, j := 1, i+1
			for ; j < len(format) && depth > 0; j++ {
				switch format[j] {
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			if depth > 0 {
				return "", NewError(&ValueErrorType, "incomplete format key")
			}
			key := BytesValue([]byte(format[i+1 : j-1]))
			if isStr {
				key = StrValue(format[i+1 : j-1])
			}
			v, err := GetItem(t, f.mapping, key)
			if err != nil {
				return "", err
			}
			val, usedMapping, i = v, true, j
		}
		flags := ""
		for ; i < len(format) && strings.IndexByte("-+ #0", format[i]) >= 0; i++ {
			flags += string(format[i])
		}
		width, prec := -1, -1
		readNum := func() (int, error) {
			if i < len(format) && format[i] == '*' {
				i++
				v, err := f.nextArg()
				if err != nil {
					return 0, err
				}
				if !isIntLike(v) {
					return 0, NewError(&TypeErrorType, "* wants int")
				}
				n, ok := smallInt(v)
				if !ok {
					return 0, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
				}
				if n > maxBytesLen || n < -maxBytesLen {
					return 0, NewError(&MemoryErrorType, "")
				}
				return int(n), nil
			}
			n := 0
			for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
				n = n*10 + int(format[i]-'0')
				if n > 1<<30 {
					return 0, NewError(&ValueErrorType, "width too big")
				}
			}
			return n, nil
		}
		if i < len(format) && (format[i] == '*' || format[i] >= '0' && format[i] <= '9') {
			w, err := readNum()
			if err != nil {
				return "", err
			}
			if w < 0 {
				flags += "-"
				w = -w
			}
			width = w
		}
		if i < len(format) && format[i] == '.' {
			i++
			p, err := readNum()
			if err != nil {
				return "", err
			}
			prec = p
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", NewError(&ValueErrorType, "incomplete format")
		}
		conv, convAt := rune(format[i]), i
		if isStr && conv >= 0x80 {
			r, size := literal.DecodeRune(format[i:])
			conv = r
			i += size - 1
		}
		if conv == '%' {
			out.WriteByte('%')
			continue
		}
		if val.IsNull() {
			v, err := f.nextArg()
			if err != nil {
				return "", err
			}
			val = v
		}
		piece, err := f.formatOne(t, conv, flags, width, prec, val)
		if err != nil {
			if err == errBadConversion {
				at := convAt
				if isStr {
					at = literal.RuneCount(format[:convAt])
				}
				shown := "?"
				if conv >= 32 && conv <= 126 {
					shown = string(conv)
				}
				return "", NewError(&ValueErrorType, "unsupported format character '%s' (0x%x) at index %d", shown, conv, at)
			}
			return "", err
		}
		out.WriteString(piece)
	}
	if f.next < len(f.args) && !usedMapping && f.mapping.IsNull() {
		what := "bytes"
		if isStr {
			what = "string"
		}
		return "", NewError(&TypeErrorType, "not all arguments converted during %s formatting", what)
	}
	return out.String(), nil
}

// errBadConversion reports an unknown conversion character.
var errBadConversion = errors.New("unsupported format character")

// pad pads a converted piece to width characters ('-' flag:
// left-justified).
func (f *printfFormatter) pad(s string, flags string, width int) string {
	n := len(s)
	if f.isStr {
		n = literal.RuneCount(s)
	}
	if width <= n {
		return s
	}
	pad := strings.Repeat(" ", width-n)
	if strings.Contains(flags, "-") {
		return s + pad
	}
	return pad + s
}

// truncate applies a precision to a %s/%r/%a piece.
func (f *printfFormatter) truncate(s string, prec int) string {
	if prec < 0 {
		return s
	}
	if !f.isStr {
		if prec < len(s) {
			return s[:prec]
		}
		return s
	}
	for i := range s {
		if prec == 0 {
			return s[:i]
		}
		prec--
	}
	return s
}

func (f *printfFormatter) formatOne(t *Thread, conv rune, flags string, width, prec int, v Value) (string, error) {
	switch conv {
	case 's', 'b':
		if f.isStr {
			if conv == 'b' {
				return "", errBadConversion
			}
			s, err := StrString(t, v)
			if err != nil {
				return "", err
			}
			return f.pad(f.truncate(s, prec), flags, width), nil
		}
		var b []byte
		if d, ok := bytesData(v); ok {
			b = d
		} else if m, err := lookupMethod(t, v, "__bytes__"); err == nil && !m.IsNull() {
			r, err := Call(t, m, nil, nil)
			if err != nil {
				return "", err
			}
			if b, ok = bytesData(r); !ok {
				return "", NewError(&TypeErrorType, "__bytes__ returned non-bytes (type %s)", typeName(r))
			}
		} else {
			return "", NewError(&TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", typeName(v))
		}
		return f.pad(f.truncate(string(b), prec), flags, width), nil
	case 'r', 'a':
		var r Value
		var err error
		if conv == 'r' && f.isStr {
			r, err = Repr(t, v)
		} else {
			r, err = Ascii(t, v)
		}
		if err != nil {
			return "", err
		}
		return f.pad(f.truncate(mustStr(r).s, prec), flags, width), nil
	case 'c':
		return f.formatChar(t, flags, width, v)
	case 'd', 'i', 'u', 'x', 'X', 'o':
		if !isIntLike(v) {
			if conv == 'x' || conv == 'X' || conv == 'o' {
				if v.Type().Slots.Index == nil {
					return "", NewError(&TypeErrorType, "%%%c format: an integer is required, not %s", conv, typeName(v))
				}
				iv, err := indexValue(t, v, "")
				if err != nil {
					return "", err
				}
				v = iv
			} else {
				if !v.IsFloat() && v.Type().Slots.Int == nil && v.Type().Slots.Index == nil {
					return "", NewError(&TypeErrorType, "%%%c format: a real number is required, not %s", conv, typeName(v))
				}
				iv, err := Call(t, TypeValue(&IntType), []Value{v}, nil)
				if err != nil {
					return "", err
				}
				v = iv
			}
		}
		return printfInt(v, conv, flags, width, prec), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		var x float64
		switch {
		case v.IsFloat():
			x = v.AsFloat()
		case isIntLike(v) || v.Type().Slots.Float != nil || v.Type().Slots.Index != nil:
			fv, err := Call(t, TypeValue(&FloatType), []Value{v}, nil)
			if err != nil {
				return "", err
			}
			x = fv.AsFloat()
		default:
			if f.isStr {
				return "", NewError(&TypeErrorType, "must be real number, not %s", typeName(v))
			}
			return "", NewError(&TypeErrorType, "float argument required, not %s", typeName(v))
		}
		if prec < 0 {
			prec = 6
		}
		lower := byte(conv) | 0x20
		r, err := formatFloatSpec(x, printfSpec(flags, width, prec, lower))
		if err != nil {
			return "", err
		}
		if lower != byte(conv) {
			return strings.ToUpper(mustStr(r).s), nil
		}
		return mustStr(r).s, nil
	}
	return "", errBadConversion
}

func (f *printfFormatter) formatChar(t *Thread, flags string, width int, v Value) (string, error) {
	if !f.isStr {
		if d, ok := bytesData(v); ok {
			if len(d) != 1 {
				return "", NewError(&TypeErrorType, "%s", "%c requires an integer in range(256) or a single byte")
			}
			return f.pad(string(d), flags, width), nil
		}
		if !isIntLike(v) && v.Type().Slots.Index == nil {
			return "", NewError(&TypeErrorType, "%s", "%c requires an integer in range(256) or a single byte")
		}
		iv, err := indexValue(t, v, "")
		if err != nil {
			return "", err
		}
		n, ok := smallInt(iv)
		if !ok || n < 0 || n > 255 {
			return "", NewError(&OverflowErrorType, "%s", "%c arg not in range(256)")
		}
		return f.pad(string([]byte{byte(n)}), flags, width), nil
	}
	if s, ok := asStr(v); ok {
		if s.Len() != 1 {
			return "", NewError(&TypeErrorType, "%s", "%c requires int or char")
		}
		return f.pad(s.s, flags, width), nil
	}
	if !isIntLike(v) && v.Type().Slots.Index == nil {
		return "", NewError(&TypeErrorType, "%s", "%c requires int or char")
	}
	iv, err := indexValue(t, v, "")
	if err != nil {
		return "", err
	}
	n, ok := smallInt(iv)
	if !ok || n < 0 || n > 0x10ffff {
		return "", NewError(&OverflowErrorType, "%s", "%c arg not in range(0x110000)")
	}
	return f.pad(literal.EncodeRune(rune(n)), flags, width), nil
}

// printfInt formats an int for %d/%i/%u/%x/%X/%o: at least prec digits,
// the sign, the '#' prefix, then padding to width (zeros after the sign
// and prefix with the '0' flag, unless left-justified).
func printfInt(v Value, conv rune, flags string, width, prec int) string {
	b := toBig(v)
	base, prefix := 10, ""
	switch conv {
	case 'x', 'X':
		base = 16
		if strings.Contains(flags, "#") {
			prefix = "0" + string(conv)
		}
	case 'o':
		base = 8
		if strings.Contains(flags, "#") {
			prefix = "0o"
		}
	}
	digits := new(big.Int).Abs(b).Text(base)
	if conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if prec > len(digits) {
		digits = strings.Repeat("0", prec-len(digits)) + digits
	}
	sign := ""
	switch {
	case b.Sign() < 0:
		sign = "-"
	case strings.Contains(flags, "+"):
		sign = "+"
	case strings.Contains(flags, " "):
		sign = " "
	}
	n := len(sign) + len(prefix) + len(digits)
	if width > n {
		switch {
		case strings.Contains(flags, "-"):
			return sign + prefix + digits + strings.Repeat(" ", width-n)
		case strings.Contains(flags, "0"):
			return sign + prefix + strings.Repeat("0", width-n) + digits
		default:
			return strings.Repeat(" ", width-n) + sign + prefix + digits
		}
	}
	return sign + prefix + digits
}

// printfSpec translates printf flags into a format() spec.
func printfSpec(flags string, width, prec int, typ byte) string {
	var sb strings.Builder
	switch {
	case strings.Contains(flags, "-"):
		sb.WriteByte('<')
	case strings.Contains(flags, "0"):
		// The zero flag is written with the width below.
	}
	if strings.Contains(flags, "+") {
		sb.WriteByte('+')
	} else if strings.Contains(flags, " ") {
		sb.WriteByte(' ')
	}
	if strings.Contains(flags, "#") {
		sb.WriteByte('#')
	}
	if width > 0 {
		if strings.Contains(flags, "0") && !strings.Contains(flags, "-") {
			sb.WriteByte('0')
		}
		sb.WriteString(strconv.Itoa(width))
	}
	if prec >= 0 {
		sb.WriteByte('.')
		sb.WriteString(strconv.Itoa(prec))
	}
	sb.WriteByte(typ)
	return sb.String()
}
