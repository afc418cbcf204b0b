package interp

// This file adds the str methods pyjit lacked (casefold, expandtabs,
// format_map, isprintable, istitle, __getnewargs__), printf-style str
// formatting (str % args, CPython's PyUnicode_Format) and bytes.__bytes__.
// The numeric conversions reuse the bytes formatter, whose output is
// ASCII.

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/literal"
	"golang.org/x/text/cases"
)

func setupStrMethods() {
	st := &StrType
	st.Slots.Number[bytecode.BinOpRemainder] = strMod
	m := func(name string, min, max int, f func(t *Thread, s string, args []Value) (Value, error)) {
		addMethod(st, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := rangeArgs(name, args, kw, min, max); err != nil {
				return Value{}, err
			}
			return f(t, mustStr(self).s, args)
		})
	}
	m("casefold", 0, 0, func(t *Thread, s string, args []Value) (Value, error) {
		return StrValue(cases.Fold().String(s)), nil
	})
	m("__getnewargs__", 0, 0, func(t *Thread, s string, args []Value) (Value, error) {
		return NewTupleValue([]Value{StrValue(s)}), nil
	})
	m("isprintable", 0, 0, func(t *Thread, s string, args []Value) (Value, error) {
		for _, r := range s {
			if !strPrintable(r) {
				return False, nil
			}
		}
		return True, nil
	})
	m("istitle", 0, 0, func(t *Thread, s string, args []Value) (Value, error) {
		cased, prevCased := false, false
		for _, r := range s {
			switch {
			case unicode.IsUpper(r) || unicode.IsTitle(r):
				if prevCased {
					return False, nil
				}
				prevCased, cased = true, true
			case unicode.IsLower(r):
				if !prevCased {
					return False, nil
				}
				prevCased, cased = true, true
			default:
				prevCased = false
			}
		}
		return Bool(cased), nil
	})
	addMethod(st, "expandtabs", func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		a, err := clinicArgs("expandtabs", args, kwnames, []string{"tabsize"}, 0, 1)
		if err != nil {
			return Value{}, err
		}
		tab := 8
		if !a[0].IsNull() {
			if !isIntLike(a[0]) {
				return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(a[0]))
			}
			n, ok := smallInt(a[0])
			if !ok {
				return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C int")
			}
			tab = int(n)
		}
		var b strings.Builder
		col := 0
		for _, r := range mustStr(self).s {
			switch r {
			case '\t':
				if tab > 0 {
					n := tab - col%tab
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return StrValue(b.String()), nil
	})
	addMethod(st, "format_map", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("format_map", args, kw, 1); err != nil {
			return Value{}, err
		}
		return strFormatMap(t, mustStr(self).s, args[0])
	})
	noArgMethodOf(&BytesType, "__bytes__", func(t *Thread, self Value) (Value, error) {
		b, _ := bytesData(self)
		if self.Type() == &BytesType {
			return self, nil
		}
		return BytesValue(b), nil
	})
}

// strPrintable is Py_UNICODE_ISPRINTABLE: not in the Unicode categories
// Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs, except the space character.
func strPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

// strFormatMap is str.format_map: each top-level field name is looked up
// in the mapping (so __missing__ applies) and handed to str.format.
func strFormatMap(t *Thread, f string, mapping Value) (Value, error) {
	var names []string
	var vals []Value
	seen := map[string]bool{}
	for i := 0; i < len(f); i++ {
		if f[i] != '{' {
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			i++
			continue
		}
		j := i + 1
		for j < len(f) && strings.IndexByte("}!:.[", f[j]) < 0 {
			j++
		}
		name := f[i+1 : j]
		if name == "" {
			return Value{}, NewError(&ValueErrorType, "Format string contains positional fields")
		}
		if _, err := parseSmallInt(name); err == nil {
			return Value{}, NewError(&ValueErrorType, "Format string contains positional fields")
		}
		if !seen[name] {
			seen[name] = true
			v, err := GetItem(t, mapping, StrValue(name))
			if err != nil {
				return Value{}, err
			}
			names = append(names, name)
			vals = append(vals, v)
		}
		i = j - 1
	}
	return strFormat(t, f, vals, names)
}

func strMod(t *Thread, a, b Value) (Value, error) {
	s, ok := asStr(a)
	if !ok {
		return NotImplemented, nil
	}
	return formatStrPercent(t, s.s, b)
}

// formatStrPercent is PyUnicode_Format.
func formatStrPercent(t *Thread, format string, arg Value) (Value, error) {
	f := &bytesFormatter{}
	if tu, ok := asTuple(arg); ok {
		f.args = tu.items
	} else {
		f.args = []Value{arg}
		f.single = true
		_, isStr := asStr(arg)
		if !isStr && arg.Type().Slots.GetItem != nil {
			f.mapping = arg
		}
	}
	rs := literal.Runes(format)
	usedMapping := false
	var out strings.Builder
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c != '%' {
			out.WriteRune(c)
			continue
		}
		i++
		if i >= len(rs) {
			return Value{}, NewError(&ValueErrorType, "incomplete format")
		}
		var val Value
		if rs[i] == '(' {
			if f.mapping.IsNull() {
				return Value{}, NewError(&TypeErrorType, "format requires a mapping")
			}
			depth, j := 1, i+1
			for ; j < len(rs) && depth > 0; j++ {
				switch rs[j] {
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			if depth > 0 {
				return Value{}, NewError(&ValueErrorType, "incomplete format key")
			}
			v, err := GetItem(t, f.mapping, StrValue(string(rs[i+1:j-1])))
			if err != nil {
				return Value{}, err
			}
			val, usedMapping, i = v, true, j
		}
		flags := ""
		for ; i < len(rs) && strings.ContainsRune("-+ #0", rs[i]); i++ {
			flags += string(rs[i])
		}
		width, prec := -1, -1
		readNum := func() (int, error) {
			if i < len(rs) && rs[i] == '*' {
				i++
				v, err := f.nextArg()
				if err != nil {
					return 0, err
				}
				if !isIntLike(v) {
					return 0, NewError(&TypeErrorType, "* wants int")
				}
				n, ok := smallInt(v)
				if !ok || n > 1<<31 || n < -(1<<31) {
					return 0, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
				}
				return int(n), nil
			}
			n := 0
			for ; i < len(rs) && rs[i] >= '0' && rs[i] <= '9'; i++ {
				n = n*10 + int(rs[i]-'0')
				if n > 1<<30 {
					return 0, NewError(&ValueErrorType, "width too big")
				}
			}
			return n, nil
		}
		if i < len(rs) && (rs[i] == '*' || rs[i] >= '0' && rs[i] <= '9') {
			w, err := readNum()
			if err != nil {
				return Value{}, err
			}
			if w < 0 {
				flags += "-"
				w = -w
			}
			width = w
		}
		if i < len(rs) && rs[i] == '.' {
			i++
			p, err := readNum()
			if err != nil {
				return Value{}, err
			}
			prec = p
		}
		for i < len(rs) && (rs[i] == 'h' || rs[i] == 'l' || rs[i] == 'L') {
			i++
		}
		if i >= len(rs) {
			return Value{}, NewError(&ValueErrorType, "incomplete format")
		}
		conv := rs[i]
		if conv == '%' {
			out.WriteByte('%')
			continue
		}
		if val.IsNull() {
			v, err := f.nextArg()
			if err != nil {
				return Value{}, err
			}
			val = v
		}
		piece, err := formatStrOne(t, conv, flags, width, prec, val, i)
		if err != nil {
			return Value{}, err
		}
		out.WriteString(piece)
	}
	if f.next < len(f.args) && !usedMapping && f.mapping.IsNull() {
		return Value{}, NewError(&TypeErrorType, "not all arguments converted during string formatting")
	}
	return StrValue(out.String()), nil
}

// padStr pads a converted piece to width code points.
func padStr(s string, flags string, width int) string {
	n := literal.RuneCount(s)
	if width <= n {
		return s
	}
	pad := strings.Repeat(" ", width-n)
	if strings.Contains(flags, "-") {
		return s + pad
	}
	return pad + s
}

func formatStrOne(t *Thread, conv rune, flags string, width, prec int, v Value, at int) (string, error) {
	switch conv {
	case 's', 'r', 'a':
		var r Value
		var err error
		switch conv {
		case 's':
			r, err = Str_(t, v)
		case 'r':
			r, err = Repr(t, v)
		default:
			r, err = Ascii(t, v)
		}
		if err != nil {
			return "", err
		}
		s := mustStr(r).s
		if prec >= 0 {
			if rs := literal.Runes(s); prec < len(rs) {
				s = literal.FromRunes(rs[:prec])
			}
		}
		return padStr(s, flags, width), nil
	case 'c':
		if s, ok := asStr(v); ok {
			if literal.RuneCount(s.s) != 1 {
				return "", NewError(&TypeErrorType, "%s", "%c requires int or char")
			}
			return padStr(s.s, flags, width), nil
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
		return padStr(string(rune(n)), flags, width), nil
	case 'd', 'i', 'u', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G':
		if (conv == 'd' || conv == 'i' || conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o') && prec >= 0 && isIntLike(v) {
			return formatIntPrec(t, conv, flags, width, prec, v)
		}
		if strings.ContainsRune("eEfFgG", conv) && !v.IsFloat() && !isIntLike(v) && v.Type().Slots.Float == nil && v.Type().Slots.Index == nil {
			return "", NewError(&TypeErrorType, "must be real number, not %s", typeName(v))
		}
		b, err := formatBytesOne(t, byte(conv), flags, width, prec, v, at)
		if err != nil {
			return "", err
		}
		return string(b), nil
	}
	shown := string(conv)
	if conv >= 0x7f || conv < 0x20 {
		shown = fmt.Sprintf("\\x%02x", conv)
	}
	return "", NewError(&ValueErrorType, "unsupported format character '%s' (0x%x) at index %d", shown, conv, at)
}

// formatIntPrec handles an integer conversion with a precision (minimum
// digit count), which format() specs cannot express.
func formatIntPrec(t *Thread, conv rune, flags string, width, prec int, v Value) (string, error) {
	typ := byte(conv)
	if conv == 'i' || conv == 'u' {
		typ = 'd'
	}
	r, err := formatIntSpec(t, v, printfSpec(strings.ReplaceAll(strings.ReplaceAll(flags, "-", ""), "0", ""), -1, -1, typ))
	if err != nil {
		return "", err
	}
	s := mustStr(r).s
	sign := ""
	if s != "" && strings.ContainsRune("+- ", rune(s[0])) {
		sign, s = s[:1], s[1:]
	}
	prefix := ""
	if len(s) >= 2 && s[0] == '0' && strings.ContainsRune("xXo", rune(s[1])) {
		prefix, s = s[:2], s[2:]
	}
	for len(s) < prec {
		s = "0" + s
	}
	s = sign + prefix + s
	if width > len(s) {
		if strings.Contains(flags, "-") {
			s += strings.Repeat(" ", width-len(s))
		} else {
			s = strings.Repeat(" ", width-len(s)) + s
		}
	}
	return s, nil
}
