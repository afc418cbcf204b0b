package interp

// This file implements str.maketrans and str.translate
// (CPython's unicode_maketrans_impl and unicode_translate).

import (
	"strings"

	"github.com/pyjit/pyjit/frontend/literal"
)

func strMakeTrans(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "maketrans() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 3 {
		if len(args) < 1 {
			return Value{}, NewError(&TypeErrorType, "maketrans expected at least 1 argument, got 0")
		}
		return Value{}, NewError(&TypeErrorType, "maketrans expected at most 3 arguments, got %d", len(args))
	}
	out := NewDict()
	if len(args) == 1 {
		src, ok := asDict(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		var ferr error
		src.Range(func(k, v Value) bool {
			if s, ok := asStr(k); ok {
				if s.Len() != 1 {
					ferr = NewError(&ValueErrorType, "string keys in translate table must be of length 1")
					return false
				}
				k = Int(int64(s.codePoints()[0]))
			} else if !isIntLike(k) {
				ferr = NewError(&TypeErrorType, "keys in translate table must be strings or integers")
				return false
			}
			ferr = out.SetItem(t, k, v)
			return ferr == nil
		})
		if ferr != nil {
			return Value{}, ferr
		}
		return FromObject(&out.Object), nil
	}
	for i := range args {
		if _, ok := asStr(args[i]); !ok {
			return Value{}, NewError(&TypeErrorType, "maketrans() argument %d must be str, not %s", i+1, typeName(args[i]))
		}
	}
	x, _ := asStr(args[0])
	y, _ := asStr(args[1])
	xs, ys := x.codePoints(), y.codePoints()
	if len(xs) != len(ys) {
		return Value{}, NewError(&ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i, r := range xs {
		if err := out.SetItem(t, Int(int64(r)), Int(int64(ys[i]))); err != nil {
			return Value{}, err
		}
	}
	if len(args) == 3 {
		z, _ := asStr(args[2])
		for _, r := range z.codePoints() {
			if err := out.SetItem(t, Int(int64(r)), None); err != nil {
				return Value{}, err
			}
		}
	}
	return FromObject(&out.Object), nil
}

func strTranslate(t *Thread, s *Str, args []Value) (Value, error) {
	table := args[0]
	getItem := table.Type().Slots.GetItem
	if getItem == nil {
		return Value{}, NewError(&TypeErrorType, "'%s' object is not subscriptable", typeName(table))
	}
	var b strings.Builder
	// cache remembers each code point's mapping: texts repeat characters.
	cache := map[rune]string{}
	for _, r := range s.codePoints() {
		if m, ok := cache[r]; ok {
			b.WriteString(m)
			continue
		}
		v, err := getItem(t, table, Int(int64(r)))
		var m string
		switch {
		case err != nil:
			e, ok := err.(*Exception)
			if !ok || !e.typ.IsSubtype(&LookupErrorType) {
				return Value{}, err
			}
			m = literal.EncodeRune(r)
		case v.IsNone():
			m = ""
		case isIntLike(v):
			c, ok := smallInt(v)
			if !ok || c < 0 || c > 0x10ffff {
				return Value{}, NewError(&ValueErrorType, "character mapping must be in range(0x110000)")
			}
			m = literal.EncodeRune(rune(c))
		default:
			ms, ok := asStr(v)
			if !ok {
				return Value{}, NewError(&TypeErrorType, "character mapping must return integer, None or str")
			}
			m = ms.s
		}
		cache[r] = m
		b.WriteString(m)
	}
	return StrValue(b.String()), nil
}
