package interp

// This file implements printf-style bytes formatting (bytes % args,
// PEP 461). Numeric conversions reuse format()'s int and float code by
// translating the printf flags into a format spec.

import (
	"fmt"
	"strconv"
	"strings"
)

func bytesMod(t *Thread, a, b Value) (Value, error) {
	fmtb, ok := bytesData(a)
	if !ok {
		return NotImplemented, nil
	}
	out, err := formatBytes(t, fmtb, b)
	if err != nil {
		return Value{}, err
	}
	return newLike(a, out), nil
}

// bytesFormatter walks the arguments of one formatting operation.
type bytesFormatter struct {
	args    []Value
	next    int
	mapping Value // non-null when the argument is a mapping
	single  bool  // the right operand was not a tuple
}

func (f *bytesFormatter) nextArg() (Value, error) {
	if f.next >= len(f.args) {
		return Value{}, NewError(&TypeErrorType, "not enough arguments for format string")
	}
	v := f.args[f.next]
	f.next++
	return v, nil
}

func formatBytes(t *Thread, format []byte, arg Value) ([]byte, error) {
	f := &bytesFormatter{}
	if tu, ok := asTuple(arg); ok {
		f.args = tu.items
	} else {
		f.args = []Value{arg}
		f.single = true
		_, isBytes := bytesData(arg)
		_, isStr := asStr(arg)
		if !isBytes && !isStr && arg.Type().Slots.GetItem != nil {
			f.mapping = arg
		}
	}
	usedMapping := false
	out := make([]byte, 0, len(format))
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			out = append(out, c)
			continue
		}
		i++
		if i >= len(format) {
			return nil, NewError(&ValueErrorType, "incomplete format")
		}
		var val Value
		if format[i] == '(' {
			if f.mapping.IsNull() {
				return nil, NewError(&TypeErrorType, "format requires a mapping")
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
				return nil, NewError(&ValueErrorType, "incomplete format key")
			}
			key := BytesValue(append([]byte{}, format[i+1:j-1]...))
			v, err := GetItem(t, f.mapping, key)
			if err != nil {
				return nil, err
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
				return nil, err
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
				return nil, err
			}
			prec = p
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return nil, NewError(&ValueErrorType, "incomplete format")
		}
		conv := format[i]
		if conv == '%' {
			out = append(out, '%')
			continue
		}
		if val.IsNull() {
			v, err := f.nextArg()
			if err != nil {
				return nil, err
			}
			val = v
		}
		piece, err := formatBytesOne(t, conv, flags, width, prec, val, i)
		if err != nil {
			return nil, err
		}
		out = append(out, piece...)
	}
	if f.next < len(f.args) && !usedMapping && f.mapping.IsNull() {
		return nil, NewError(&TypeErrorType, "not all arguments converted during bytes formatting")
	}
	return out, nil
}

// padBytes pads a converted piece to width ('-' flag: left-justified).
func padBytes(b []byte, flags string, width int) []byte {
	if width <= len(b) {
		return b
	}
	pad := strings.Repeat(" ", width-len(b))
	if strings.Contains(flags, "-") {
		return append(b, pad...)
	}
	return append([]byte(pad), b...)
}

func formatBytesOne(t *Thread, conv byte, flags string, width, prec int, v Value, at int) ([]byte, error) {
	switch conv {
	case 's', 'b':
		var b []byte
		if d, ok := bytesData(v); ok {
			b = d
		} else if m, err := lookupMethod(t, v, "__bytes__"); err == nil && !m.IsNull() {
			r, err := Call(t, m, nil, nil)
			if err != nil {
				return nil, err
			}
			if b, ok = bytesData(r); !ok {
				return nil, NewError(&TypeErrorType, "__bytes__ returned non-bytes (type %s)", typeName(r))
			}
		} else {
			return nil, NewError(&TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", typeName(v))
		}
		if prec >= 0 && prec < len(b) {
			b = b[:prec]
		}
		return padBytes(append([]byte{}, b...), flags, width), nil
	case 'r', 'a':
		r, err := Ascii(t, v)
		if err != nil {
			return nil, err
		}
		b := []byte(mustStr(r).s)
		if prec >= 0 && prec < len(b) {
			b = b[:prec]
		}
		return padBytes(b, flags, width), nil
	case 'c':
		if d, ok := bytesData(v); ok {
			if len(d) != 1 {
				return nil, NewError(&TypeErrorType, "%s", "%c requires an integer in range(256) or a single byte")
			}
			return padBytes([]byte{d[0]}, flags, width), nil
		}
		if !isIntLike(v) && v.Type().Slots.Index == nil {
			return nil, NewError(&TypeErrorType, "%s", "%c requires an integer in range(256) or a single byte")
		}
		iv, err := indexValue(t, v, "")
		if err != nil {
			return nil, err
		}
		n, ok := smallInt(iv)
		if !ok || n < 0 || n > 255 {
			return nil, NewError(&OverflowErrorType, "%s", "%c arg not in range(256)")
		}
		return padBytes([]byte{byte(n)}, flags, width), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		if !isIntLike(v) {
			if conv == 'x' || conv == 'X' || conv == 'o' {
				if v.Type().Slots.Index == nil {
					return nil, NewError(&TypeErrorType, "%%%c format: an integer is required, not %s", conv, typeName(v))
				}
				iv, err := indexValue(t, v, "")
				if err != nil {
					return nil, err
				}
				v = iv
			} else {
				if !v.IsFloat() && v.Type().Slots.Int == nil && v.Type().Slots.Index == nil {
					return nil, NewError(&TypeErrorType, "%%%c format: a real number is required, not %s", conv, typeName(v))
				}
				iv, err := Call(t, TypeValue(&IntType), []Value{v}, nil)
				if err != nil {
					return nil, err
				}
				v = iv
			}
		}
		if prec >= 0 {
			return nil, notImplemented("precision in %-formatting of ints")
		}
		typ := conv
		if conv == 'i' || conv == 'u' {
			typ = 'd'
		}
		r, err := formatIntSpec(t, v, printfSpec(flags, width, -1, typ))
		if err != nil {
			return nil, err
		}
		return []byte(mustStr(r).s), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		var x float64
		switch {
		case v.IsFloat():
			x = v.AsFloat()
		case isIntLike(v) || v.Type().Slots.Float != nil || v.Type().Slots.Index != nil:
			fv, err := Call(t, TypeValue(&FloatType), []Value{v}, nil)
			if err != nil {
				return nil, err
			}
			x = fv.AsFloat()
		default:
			return nil, NewError(&TypeErrorType, "float argument required, not %s", typeName(v))
		}
		if prec < 0 {
			prec = 6
		}
		lower := conv | 0x20
		r, err := formatFloatSpec(x, printfSpec(flags, width, prec, lower))
		if err != nil {
			return nil, err
		}
		if lower != conv {
			return []byte(strings.ToUpper(mustStr(r).s)), nil
		}
		return []byte(mustStr(r).s), nil
	}
	ch := rune(conv)
	shown := string(ch)
	if conv >= 0x80 || conv < 0x20 {
		shown = fmt.Sprintf("\\x%02x", conv)
	}
	return nil, NewError(&ValueErrorType, "unsupported format character '%s' (0x%x) at index %d", shown, conv, at)
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
