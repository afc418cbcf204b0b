package interp

// This file adds the str methods pyjit lacked (casefold, expandtabs,
// format_map, isprintable, istitle, __getnewargs__) and bytes.__bytes__.

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
)

func setupStrMethods() {
	st := &StrType
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
