package interp

// This file implements the string half of CPython's _json accelerator:
// scanstring (json's decoder calls it for every string) and
// encode_basestring / encode_basestring_ascii (the encoder's string
// escaping). json's pure-Python scanner and encoder use them when
// present; make_scanner and make_encoder stay in Python for now.

import (
	"strings"

	"github.com/pyjit/pyjit/frontend/literal"
)

func init() {
	builtinModules["_json"] = makeJSONModule
	delete(cModules, "_json")
}

func makeJSONModule(in *Interpreter) *Module {
	m := NewModule("_json")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("json speedups\n"))
	moduleFn(m, "scanstring", jsonScanString)
	setupJSONScanner()
	m.Dict.setStrNoErr(Intern("make_scanner"), TypeValue(&jsonScannerType))
	setupJSONEncoder()
	m.Dict.setStrNoErr(Intern("make_encoder"), TypeValue(&jsonEncoderType))
	moduleFn(m, "encode_basestring_ascii", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return jsonEncodeArg(t, "encode_basestring_ascii", args, kw, true)
	})
	moduleFn(m, "encode_basestring", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return jsonEncodeArg(t, "encode_basestring", args, kw, false)
	})
	return m
}

// jsonDecodeError raises json.JSONDecodeError(msg, s, pos).
func jsonDecodeError(t *Thread, msg string, s Value, pos int) error {
	cls, err := importAttr(t, "json.decoder", "JSONDecodeError")
	if err != nil {
		return err
	}
	e, err := Call(t, cls, []Value{StrValue(msg), s, Int(int64(pos))}, nil)
	if err != nil {
		return err
	}
	return errFromValue(e)
}

// jsonScanString is _json.scanstring(s, end, strict=True): the decoded
// string that starts after the quote before index end, and the index
// after its closing quote.
func jsonScanString(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	pos, kwv, err := kwArgs("scanstring", args, kw, "strict")
	if err != nil {
		return Value{}, err
	}
	if len(pos) < 2 || len(pos) > 3 {
		return Value{}, NewError(&TypeErrorType, "scanstring expected 2 or 3 arguments, got %d", len(pos))
	}
	sv := pos[0]
	s, ok := asStr(sv)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "first argument must be a string, not %s", typeName(sv))
	}
	endv, err := intArg(t, pos[1])
	if err != nil {
		return Value{}, err
	}
	strict := true
	if len(pos) == 3 {
		if strict, err = Truth(t, pos[2]); err != nil {
			return Value{}, err
		}
	} else if v, ok := kwv["strict"]; ok {
		if strict, err = Truth(t, v); err != nil {
			return Value{}, err
		}
	}
	v, next, err := jsonScan(t, sv, s.codePoints(), int(endv), strict)
	if err != nil {
		return Value{}, err
	}
	return NewTupleValue([]Value{v, Int(int64(next))}), nil
}

// jsonScan decodes the JSON string whose opening quote is at end-1 in
// rs (the code points of sv), returning it and the index after its
// closing quote.
func jsonScan(t *Thread, sv Value, rs []rune, end int, strict bool) (Value, int, error) {
	n := len(rs)
	if end < 0 || end > n {
		return Value{}, 0, NewError(&ValueErrorType, "end is out of bounds")
	}
	begin := end - 1
	var b strings.Builder
	i := end
	for {
		// Copy the run up to the next quote, backslash or control char.
		j := i
		for j < n {
			c := rs[j]
			if c == '"' || c == '\\' || c < 0x20 && strict {
				break
			}
			j++
		}
		for _, c := range rs[i:j] {
			if c < 0x80 {
				b.WriteByte(byte(c))
			} else {
				var buf [4]byte
				b.Write(literal.AppendRune(buf[:0], c))
			}
		}
		if j >= n {
			return Value{}, 0, jsonDecodeError(t, "Unterminated string starting at", sv, begin)
		}
		c := rs[j]
		if c == '"' {
			return StrValue(b.String()), j + 1, nil
		}
		if c != '\\' {
			return Value{}, 0, jsonDecodeError(t, "Invalid control character at", sv, j)
		}
		j++
		if j >= n {
			return Value{}, 0, jsonDecodeError(t, "Unterminated string starting at", sv, begin)
		}
		esc := rs[j]
		if esc != 'u' {
			var out byte
			switch esc {
			case '"', '\\', '/':
				out = byte(esc)
			case 'b':
				out = '\b'
			case 'f':
				out = '\f'
			case 'n':
				out = '\n'
			case 'r':
				out = '\r'
			case 't':
				out = '\t'
			default:
				return Value{}, 0, jsonDecodeError(t, "Invalid \\escape", sv, j-1)
			}
			b.WriteByte(out)
			i = j + 1
			continue
		}
		u, ok := hex4(rs, j+1)
		if !ok {
			return Value{}, 0, jsonDecodeError(t, "Invalid \\uXXXX escape", sv, j)
		}
		i = j + 5
		if u >= 0xd800 && u <= 0xdbff && i+1 < n && rs[i] == '\\' && rs[i+1] == 'u' {
			u2, ok := hex4(rs, i+2)
			if !ok {
				return Value{}, 0, jsonDecodeError(t, "Invalid \\uXXXX escape", sv, i+1)
			}
			if u2 >= 0xdc00 && u2 <= 0xdfff {
				u = 0x10000 + (u-0xd800)<<10 | (u2 - 0xdc00)
				i += 6
			}
		}
		var buf [4]byte
		b.Write(literal.AppendRune(buf[:0], rune(u)))
	}
}

// hex4 decodes the four hex digits at rs[i:i+4].
func hex4(rs []rune, i int) (int, bool) {
	if i+4 > len(rs) {
		return 0, false
	}
	v := 0
	for _, r := range rs[i : i+4] {
		if r >= 0x80 {
			return 0, false
		}
		h := hexVal(byte(r))
		if h < 0 {
			return 0, false
		}
		v = v<<4 | h
	}
	return v, true
}

func jsonEncodeArg(t *Thread, name string, args []Value, kw []string, ascii bool) (Value, error) {
	if err := exactArgs(name, args, kw, 1); err != nil {
		return Value{}, err
	}
	s, ok := asStr(args[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "first argument must be a string, not %s", typeName(args[0]))
	}
	return StrValue(jsonEscape(s, ascii)), nil
}

const hexDigits = "0123456789abcdef"

// jsonEscape quotes s as a JSON string; with ascii, every non-ASCII
// character becomes \uXXXX (a surrogate pair above U+FFFF).
func jsonEscape(s *Str, ascii bool) string {
	var b strings.Builder
	b.Grow(s.Len() + 2)
	b.WriteByte('"')
	u4 := func(c int) {
		b.WriteString(`\u`)
		b.WriteByte(hexDigits[c>>12&15])
		b.WriteByte(hexDigits[c>>8&15])
		b.WriteByte(hexDigits[c>>4&15])
		b.WriteByte(hexDigits[c&15])
	}
	for _, c := range s.codePoints() {
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case c < 0x20:
				u4(int(c))
			case c < 0x7f:
				b.WriteByte(byte(c))
			case !ascii:
				var buf [4]byte
				b.Write(literal.AppendRune(buf[:0], c))
			case c > 0xffff:
				v := int(c) - 0x10000
				u4(0xd800 | v>>10)
				u4(0xdc00 | v&0x3ff)
			default:
				u4(int(c))
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
