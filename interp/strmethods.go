package interp

// This file holds str's constructor and methods.

import (
	"strings"
	"unicode"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/literal"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

func strNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if typ != &StrType {
		return subtypeNew(t, typ, &StrType, args, kwnames)
	}
	if v, ok, err := strDecodeArgs(t, args, kwnames); ok {
		return v, err
	}
	pos, _, err := kwArgs("str", args, kwnames, "object")
	if err != nil {
		return Value{}, err
	}
	if len(args) > 1 {
		return Value{}, notImplemented("str() with an encoding")
	}
	if len(pos) == 0 && len(kwnames) == 0 {
		return StrValue(""), nil
	}
	return Str_(t, args[0])
}

// strArg checks that a method argument is a str.
func strArg(v Value, method string) (string, error) {
	s, ok := asStr(v)
	if !ok {
		return "", NewError(&TypeErrorType, "must be str, not %s", typeName(v))
	}
	return s.s, nil
}

// pyWhitespace reports Python's str.isspace for a rune.
func pyWhitespace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

func splitWhitespace(s string, max int) []string {
	var out []string
	i := 0
	for {
		for i < len(s) {
			r, n := literal.DecodeRune(s[i:])
			if !pyWhitespace(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			return out
		}
		if max >= 0 && len(out) == max {
			out = append(out, strings.TrimRightFunc(s[i:], pyWhitespace))
			return out
		}
		j := i
		for j < len(s) {
			r, n := literal.DecodeRune(s[j:])
			if pyWhitespace(r) {
				break
			}
			j += n
		}
		out = append(out, s[i:j])
		i = j
	}
}

func strList(parts []string) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = StrValue(p)
	}
	return NewListValue(items)
}

// subArgs resolves the optional start/end arguments of find and friends
// to byte offsets of s.
func subRange(t *Thread, s *Str, args []Value) (int, int, error) {
	n := s.Len()
	start, end := 0, n
	if len(args) > 0 && !args[0].IsNone() {
		i, err := sliceIndex(t, args[0])
		if err != nil {
			return 0, 0, err
		}
		start = i
	}
	if len(args) > 1 && !args[1].IsNone() {
		i, err := sliceIndex(t, args[1])
		if err != nil {
			return 0, 0, err
		}
		end = i
	}
	start, end, _ = adjustIndices(n, start, end, 1)
	if end < start {
		return start, -1, nil
	}
	return start, end, nil
}

// byteOffset converts a code-point index to a byte offset.
func (s *Str) byteOffset(i int) int {
	if s.ascii {
		return i
	}
	return len(literal.FromRunes(s.codePoints()[:i]))
}

func (s *Str) cpIndex(b int) int {
	if s.ascii {
		return b
	}
	return literal.RuneCount(s.s[:b])
}

func setupStr() {
	st := &StrType
	st.Doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'."
	st.Flags |= FlagBaseType
	st.Slots = Slots{Repr: strRepr, Str: strStr, Hash: strHash, RichCompare: strRichCompare, Len: strLen,
		Bool: strBool, Concat: strConcat, Repeat: strRepeat, Contains: strContains, GetItem: strGetItem,
		Iter: strIterate, New: strNew}
	st.Slots.Number[bytecode.BinOpRemainder] = strMod
	initBuiltinType(&StrIterType, "")
	StrIterType.Slots = Slots{Iter: selfIter, Next: strIterNext}
	m := func(name string, min, max int, f func(t *Thread, s *Str, args []Value) (Value, error)) {
		addMethod(st, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(kw) == 0 {
				if err := rangeArgs(name, args, kw, min, max); err != nil {
					return Value{}, err
				}
			}
			return f(t, mustStr(self), args)
		})
	}
	m("join", 1, 1, func(t *Thread, s *Str, args []Value) (Value, error) {
		items, err := iterateToSlice(t, args[0])
		if err != nil {
			return Value{}, err
		}
		parts := make([]string, len(items))
		for i, x := range items {
			xs, ok := asStr(x)
			if !ok {
				return Value{}, NewError(&TypeErrorType, "sequence item %d: expected str instance, %s found", i, typeName(x))
			}
			parts[i] = xs.s
		}
		return StrValue(strings.Join(parts, s.s)), nil
	})
	splitImpl := func(name string, right bool) {
		addMethod(st, name, func(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			pos, kw, err := kwArgs(name, args, kwnames, "sep", "maxsplit")
			if err != nil {
				return Value{}, err
			}
			if len(pos) > 2 {
				return Value{}, NewError(&TypeErrorType, "%s() takes at most 2 arguments (%d given)", name, len(pos))
			}
			sep, max := None, -1
			if len(pos) > 0 {
				sep = pos[0]
			}
			if v, ok := kw["sep"]; ok {
				sep = v
			}
			mv := Value{}
			if len(pos) > 1 {
				mv = pos[1]
			}
			if v, ok := kw["maxsplit"]; ok {
				mv = v
			}
			if !mv.IsNull() {
				n, err := indexArg(t, mv, "'%s' object cannot be interpreted as an integer")
				if err != nil {
					return Value{}, err
				}
				max = n
			}
			s := mustStr(self).s
			if sep.IsNone() {
				if right {
					parts := splitWhitespace(reverseStr(s), max)
					for i, p := range parts {
						parts[i] = reverseStr(p)
					}
					for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
						parts[i], parts[j] = parts[j], parts[i]
					}
					return strList(parts), nil
				}
				return strList(splitWhitespace(s, max)), nil
			}
			sp, err := strArg(sep, name)
			if err != nil {
				return Value{}, err
			}
			if sp == "" {
				return Value{}, NewError(&ValueErrorType, "empty separator")
			}
			if right {
				if max < 0 {
					return strList(strings.Split(s, sp)), nil
				}
				var parts []string
				for len(parts) < max {
					i := strings.LastIndex(s, sp)
					if i < 0 {
						break
					}
					parts = append(parts, s[i+len(sp):])
					s = s[:i]
				}
				parts = append(parts, s)
				for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
					parts[i], parts[j] = parts[j], parts[i]
				}
				return strList(parts), nil
			}
			if max < 0 {
				return strList(strings.Split(s, sp)), nil
			}
			return strList(strings.SplitN(s, sp, max+1)), nil
		})
	}
	splitImpl("split", false)
	splitImpl("rsplit", true)
	stripImpl := func(name string, left, right bool) {
		m(name, 0, 1, func(t *Thread, s *Str, args []Value) (Value, error) {
			if len(args) == 0 || args[0].IsNone() {
				r := s.s
				if left {
					r = strings.TrimLeftFunc(r, pyWhitespace)
				}
				if right {
					r = strings.TrimRightFunc(r, pyWhitespace)
				}
				return StrValue(r), nil
			}
			chars, err := strArg(args[0], name)
			if err != nil {
				return Value{}, err
			}
			r := s.s
			if left {
				r = strings.TrimLeft(r, chars)
			}
			if right {
				r = strings.TrimRight(r, chars)
			}
			return StrValue(r), nil
		})
	}
	stripImpl("strip", true, true)
	stripImpl("lstrip", true, false)
	stripImpl("rstrip", false, true)
	m("replace", 2, 3, func(t *Thread, s *Str, args []Value) (Value, error) {
		old, err := strArg(args[0], "replace")
		if err != nil {
			return Value{}, err
		}
		nw, err := strArg(args[1], "replace")
		if err != nil {
			return Value{}, err
		}
		n := -1
		if len(args) == 3 {
			if n, err = indexArg(t, args[2], "'%s' object cannot be interpreted as an integer"); err != nil {
				return Value{}, err
			}
		}
		return StrValue(strings.Replace(s.s, old, nw, n)), nil
	})
	affix := func(name string, suffix bool) {
		m(name, 1, 3, func(t *Thread, s *Str, args []Value) (Value, error) {
			start, end, err := subRange(t, s, args[1:])
			if err != nil {
				return Value{}, err
			}
			if end < 0 {
				return False, nil
			}
			sub := s.s[s.byteOffset(start):s.byteOffset(end)]
			check := func(x Value) (bool, error) {
				xs, ok := asStr(x)
				if !ok {
					return false, NewError(&TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, typeName(x))
				}
				if suffix {
					return strings.HasSuffix(sub, xs.s), nil
				}
				return strings.HasPrefix(sub, xs.s), nil
			}
			if tu, ok := asTuple(args[0]); ok {
				for _, x := range tu.items {
					if _, ok := asStr(x); !ok {
						return Value{}, NewError(&TypeErrorType, "tuple for %s must only contain str, not %s", name, typeName(x))
					}
					if r, _ := check(x); r {
						return True, nil
					}
				}
				return False, nil
			}
			r, err := check(args[0])
			return Bool(r), err
		})
	}
	affix("startswith", false)
	affix("endswith", true)
	caseMap := func(name string, f func(string) string) {
		m(name, 0, 0, func(t *Thread, s *Str, args []Value) (Value, error) { return StrValue(f(s.s)), nil })
	}
	caseMap("upper", func(s string) string {
		if isASCII(s) {
			return strings.ToUpper(s)
		}
		return cases.Upper(language.Und).String(s)
	})
	caseMap("lower", func(s string) string {
		if isASCII(s) {
			return strings.ToLower(s)
		}
		return cases.Lower(language.Und).String(s)
	})
	caseMap("swapcase", func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsUpper(r) {
				return unicode.ToLower(r)
			}
			return unicode.ToUpper(r)
		}, s)
	})
	caseMap("capitalize", func(s string) string {
		rs := literal.Runes(s)
		for i := range rs {
			if i == 0 {
				rs[i] = unicode.ToUpper(rs[i])
			} else {
				rs[i] = unicode.ToLower(rs[i])
			}
		}
		return literal.FromRunes(rs)
	})
	caseMap("title", func(s string) string {
		rs := literal.Runes(s)
		prevCased := false
		for i, r := range rs {
			if prevCased {
				rs[i] = unicode.ToLower(r)
			} else {
				rs[i] = unicode.ToTitle(r)
			}
			prevCased = unicode.IsLetter(r)
		}
		return literal.FromRunes(rs)
	})
	findImpl := func(name string, right, raise bool) {
		m(name, 1, 3, func(t *Thread, s *Str, args []Value) (Value, error) {
			sub, err := strArg(args[0], name)
			if err != nil {
				return Value{}, err
			}
			start, end, err := subRange(t, s, args[1:])
			if err != nil {
				return Value{}, err
			}
			res := -1
			if end >= 0 {
				bs, be := s.byteOffset(start), s.byteOffset(end)
				var i int
				if right {
					i = strings.LastIndex(s.s[bs:be], sub)
				} else {
					i = strings.Index(s.s[bs:be], sub)
				}
				if i >= 0 {
					res = s.cpIndex(bs + i)
				}
			}
			if res < 0 && raise {
				return Value{}, NewError(&ValueErrorType, "substring not found")
			}
			return Int(int64(res)), nil
		})
	}
	findImpl("find", false, false)
	findImpl("rfind", true, false)
	findImpl("index", false, true)
	findImpl("rindex", true, true)
	m("count", 1, 3, func(t *Thread, s *Str, args []Value) (Value, error) {
		sub, err := strArg(args[0], "count")
		if err != nil {
			return Value{}, err
		}
		start, end, err := subRange(t, s, args[1:])
		if err != nil || end < 0 {
			return Int(0), err
		}
		part := s.s[s.byteOffset(start):s.byteOffset(end)]
		if sub == "" {
			return Int(int64(literal.RuneCount(part) + 1)), nil
		}
		return Int(int64(strings.Count(part, sub))), nil
	})
	pred := func(name string, f func(rune) bool, needCased bool) {
		m(name, 0, 0, func(t *Thread, s *Str, args []Value) (Value, error) {
			if s.s == "" {
				return False, nil
			}
			for _, r := range literal.Runes(s.s) {
				if !f(r) {
					return False, nil
				}
			}
			return True, nil
		})
	}
	pred("isdigit", unicode.IsDigit, false)
	pred("isdecimal", unicode.IsDigit, false)
	pred("isnumeric", func(r rune) bool { return unicode.IsNumber(r) }, false)
	pred("isalpha", unicode.IsLetter, false)
	pred("isalnum", func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }, false)
	pred("isspace", pyWhitespace, false)
	pred("isascii", func(r rune) bool { return r < 0x80 }, false)
	m("isupper", 0, 0, func(t *Thread, s *Str, args []Value) (Value, error) {
		cased := false
		for _, r := range literal.Runes(s.s) {
			if unicode.IsLower(r) {
				return False, nil
			}
			cased = cased || unicode.IsUpper(r)
		}
		return Bool(cased), nil
	})
	m("islower", 0, 0, func(t *Thread, s *Str, args []Value) (Value, error) {
		cased := false
		for _, r := range literal.Runes(s.s) {
			if unicode.IsUpper(r) {
				return False, nil
			}
			cased = cased || unicode.IsLower(r)
		}
		return Bool(cased), nil
	})
	m("isidentifier", 0, 0, func(t *Thread, s *Str, args []Value) (Value, error) {
		rs := literal.Runes(s.s)
		if len(rs) == 0 {
			return False, nil
		}
		for i, r := range rs {
			if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
				return False, nil
			}
		}
		return True, nil
	})
	justify := func(name string, align byte) {
		m(name, 1, 2, func(t *Thread, s *Str, args []Value) (Value, error) {
			w, err := indexArg(t, args[0], "'%s' object cannot be interpreted as an integer")
			if err != nil {
				return Value{}, err
			}
			fill := ' '
			if len(args) == 2 {
				f, ok := asStr(args[1])
				if !ok || f.Len() != 1 {
					return Value{}, NewError(&TypeErrorType, "The fill character must be exactly one character long")
				}
				fill = f.codePoints()[0]
			}
			n := s.Len()
			if w <= n {
				return StrValue(s.s), nil
			}
			pad := w - n
			var left int
			switch align {
			case '<':
				left = 0
			case '>':
				left = pad
			default:
				left = pad/2 + (pad & w & 1)
			}
			return StrValue(strings.Repeat(string(fill), left) + s.s + strings.Repeat(string(fill), pad-left)), nil
		})
	}
	justify("ljust", '<')
	justify("rjust", '>')
	justify("center", '^')
	m("translate", 1, 1, strTranslate)
	StrType.Dict.setStrNoErr(Intern("maketrans"), newStaticMethod(FromObject(&NewBuiltin("maketrans", strMakeTrans).Object)))
	m("zfill", 1, 1, func(t *Thread, s *Str, args []Value) (Value, error) {
		w, err := indexArg(t, args[0], "'%s' object cannot be interpreted as an integer")
		if err != nil {
			return Value{}, err
		}
		n := s.Len()
		if w <= n {
			return StrValue(s.s), nil
		}
		body, sign := s.s, ""
		if strings.HasPrefix(body, "-") || strings.HasPrefix(body, "+") {
			sign, body = body[:1], body[1:]
		}
		return StrValue(sign + strings.Repeat("0", w-n) + body), nil
	})
	m("partition", 1, 1, func(t *Thread, s *Str, args []Value) (Value, error) {
		sep, err := strArg(args[0], "partition")
		if err != nil {
			return Value{}, err
		}
		if sep == "" {
			return Value{}, NewError(&ValueErrorType, "empty separator")
		}
		i := strings.Index(s.s, sep)
		if i < 0 {
			return NewTupleValue([]Value{StrValue(s.s), StrValue(""), StrValue("")}), nil
		}
		return NewTupleValue([]Value{StrValue(s.s[:i]), StrValue(sep), StrValue(s.s[i+len(sep):])}), nil
	})
	m("rpartition", 1, 1, func(t *Thread, s *Str, args []Value) (Value, error) {
		sep, err := strArg(args[0], "rpartition")
		if err != nil {
			return Value{}, err
		}
		if sep == "" {
			return Value{}, NewError(&ValueErrorType, "empty separator")
		}
		i := strings.LastIndex(s.s, sep)
		if i < 0 {
			return NewTupleValue([]Value{StrValue(""), StrValue(""), StrValue(s.s)}), nil
		}
		return NewTupleValue([]Value{StrValue(s.s[:i]), StrValue(sep), StrValue(s.s[i+len(sep):])}), nil
	})
	m("splitlines", 0, 1, func(t *Thread, s *Str, args []Value) (Value, error) {
		keep := false
		if len(args) == 1 {
			keep, _ = Truth(t, args[0])
		}
		var parts []string
		str := s.s
		for len(str) > 0 {
			i := strings.IndexAny(str, "\n\r")
			if i < 0 {
				parts = append(parts, str)
				break
			}
			end := i + 1
			if str[i] == '\r' && i+1 < len(str) && str[i+1] == '\n' {
				end++
			}
			if keep {
				parts = append(parts, str[:end])
			} else {
				parts = append(parts, str[:i])
			}
			str = str[end:]
		}
		return strList(parts), nil
	})
	m("removeprefix", 1, 1, func(t *Thread, s *Str, args []Value) (Value, error) {
		p, err := strArg(args[0], "removeprefix")
		return StrValue(strings.TrimPrefix(s.s, p)), err
	})
	m("removesuffix", 1, 1, func(t *Thread, s *Str, args []Value) (Value, error) {
		p, err := strArg(args[0], "removesuffix")
		return StrValue(strings.TrimSuffix(s.s, p)), err
	})
	addMethod(st, "format", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return strFormat(t, mustStr(self).s, args, kw)
	})
}

func reverseStr(s string) string {
	rs := literal.Runes(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return literal.FromRunes(rs)
}

// strFormat is str.format for simple fields: {}, {0}, {name}, {x.attr},
// {x[0]}, with !r/!s/!a conversions and a format spec.
func strFormat(t *Thread, f string, args []Value, kwnames []string) (Value, error) {
	pos := args[:len(args)-len(kwnames)]
	var b strings.Builder
	auto := 0
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return Value{}, NewError(&ValueErrorType, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		j := strings.IndexByte(f[i:], '}')
		if j < 0 {
			return Value{}, NewError(&ValueErrorType, "Single '{' encountered in format string")
		}
		field := f[i+1 : i+j]
		i += j
		spec := ""
		if k := strings.IndexByte(field, ':'); k >= 0 {
			field, spec = field[:k], field[k+1:]
		}
		conv := byte(0)
		if k := strings.IndexByte(field, '!'); k >= 0 {
			if k+2 != len(field) {
				return Value{}, NewError(&ValueErrorType, "expected ':' after conversion specifier")
			}
			conv = field[k+1]
			field = field[:k]
		}
		name := field
		rest := ""
		if k := strings.IndexAny(field, ".["); k >= 0 {
			name, rest = field[:k], field[k:]
		}
		var v Value
		if name == "" {
			if auto < 0 {
				return Value{}, NewError(&ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
			}
			if auto >= len(pos) {
				return Value{}, NewError(&IndexErrorType, "Replacement index %d out of range for positional args tuple", auto)
			}
			v = pos[auto]
			auto++
		} else if n, err := parseSmallInt(name); err == nil {
			if auto > 0 {
				return Value{}, NewError(&ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
			}
			auto = -1
			if n >= len(pos) {
				return Value{}, NewError(&IndexErrorType, "Replacement index %d out of range for positional args tuple", n)
			}
			v = pos[n]
		} else {
			found := false
			for k, kn := range kwnames {
				if kn == name {
					v, found = args[len(pos)+k], true
				}
			}
			if !found {
				return Value{}, newException(&KeyErrorType, StrValue(name))
			}
		}
		for rest != "" {
			var err error
			if rest[0] == '.' {
				k := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if k >= 0 {
					attr, rest = rest[1:k+1], rest[k+1:]
				} else {
					rest = ""
				}
				v, err = GetAttrString(t, v, attr)
			} else {
				k := strings.IndexByte(rest, ']')
				if k < 0 {
					return Value{}, NewError(&ValueErrorType, "Missing ']' in format string")
				}
				key := rest[1:k]
				rest = rest[k+1:]
				if n, e := parseSmallInt(key); e == nil {
					v, err = GetItem(t, v, Int(int64(n)))
				} else {
					v, err = GetItem(t, v, StrValue(key))
				}
			}
			if err != nil {
				return Value{}, err
			}
		}
		var err error
		switch conv {
		case 'r':
			v, err = Repr(t, v)
		case 's':
			v, err = Str_(t, v)
		case 'a':
			v, err = Ascii(t, v)
		case 0:
		default:
			return Value{}, NewError(&ValueErrorType, "Unknown conversion specifier %c", conv)
		}
		if err != nil {
			return Value{}, err
		}
		if strings.Contains(spec, "{") {
			sv, err := strFormat(t, spec, args, kwnames)
			if err != nil {
				return Value{}, err
			}
			spec = mustStr(sv).s
		}
		r, err := Format(t, v, StrValue(spec))
		if err != nil {
			return Value{}, err
		}
		b.WriteString(mustStr(r).s)
	}
	return StrValue(b.String()), nil
}

func parseSmallInt(s string) (int, error) {
	if s == "" || len(s) > 9 {
		return 0, NewError(&ValueErrorType, "")
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, NewError(&ValueErrorType, "")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}
