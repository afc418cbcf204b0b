package interp

// This file holds the rest of _codecs: the charmap codecs (the 8-bit
// encodings in the encodings package), escape_encode/escape_decode for
// bytes, UTF-7, and the built-in error handlers as the functions
// codecs.lookup_error returns.

import (
	"fmt"
	"strings"

	"github.com/pyjit/pyjit/frontend/literal"
)

const undefinedMapping = "character maps to <undefined>"

func addCharmapFunctions(m *Module) {
	moduleFn(m, "charmap_build", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "charmap_build", args, kw, "s", 1)
		if err != nil {
			return Value{}, err
		}
		d := NewDict()
		for i, r := range literal.Runes(mustStr(a[0]).s) {
			if err := d.SetItem(t, Int(int64(r)), Int(int64(i))); err != nil {
				return Value{}, err
			}
		}
		return FromObject(&d.Object), nil
	})
	moduleFn(m, "charmap_decode", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "charmap_decode", args, kw, "beo", 1)
		if err != nil {
			return Value{}, err
		}
		b, _ := bytesData(a[0])
		if a[2].IsNull() || a[2].IsNone() {
			s, n, err := decodeWith(t, latin1Decoder, b, errsOf(a[1]), true)
			if err != nil {
				return Value{}, err
			}
			return pair(StrValue(s), n), nil
		}
		s, err := charmapDecode(t, b, errsOf(a[1]), a[2])
		if err != nil {
			return Value{}, err
		}
		return pair(StrValue(s), len(b)), nil
	})
	moduleFn(m, "charmap_encode", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "charmap_encode", args, kw, "seo", 1)
		if err != nil {
			return Value{}, err
		}
		s := mustStr(a[0])
		spec := latin1Encoder
		if !a[2].IsNull() && !a[2].IsNone() {
			spec = charmapEncoder(t, a[2])
		}
		out, err := encodeRunes(t, spec, s.s, errsOf(a[1]))
		if err == nil && spec.err != nil {
			err = *spec.err
		}
		if err != nil {
			return Value{}, err
		}
		return pair(BytesValue(out), s.Len()), nil
	})
}

// charmapEncoder makes an encoder that looks code points up in mapping
// (a dict from charmap_build or any mapping to int, bytes or None). A
// lookup error other than LookupError is kept in spec.err.
func charmapEncoder(t *Thread, mapping Value) *encoderSpec {
	var failed error
	spec := &encoderSpec{name: "charmap", reason: undefinedMapping, err: &failed, generic: true}
	spec.put = func(out []byte, r rune) ([]byte, bool) {
		if failed != nil {
			return out, true
		}
		v, err := GetItem(t, mapping, Int(int64(r)))
		if err != nil {
			if e := AsException(err); e.typ.IsSubtype(&LookupErrorType) {
				return out, false
			}
			failed = err
			return out, true
		}
		switch {
		case v.IsNone():
			return out, false
		case isIntLike(v):
			n, ok := smallInt(v)
			if !ok || n < 0 || n > 255 {
				failed = NewError(&TypeErrorType, "character mapping must be in range(256)")
				return out, true
			}
			return append(out, byte(n)), true
		}
		if b, ok := bytesData(v); ok && !isByteArray(v) {
			return append(out, b...), true
		}
		failed = NewError(&TypeErrorType, "character mapping must return integer, bytes or None, not %s", typeName(v))
		return out, true
	}
	return spec
}

// charmapDecode decodes b through mapping: a str indexed by byte, or a
// mapping from byte to int, str or None.
func charmapDecode(t *Thread, b []byte, errs string, mapping Value) (string, error) {
	spec := &decoderSpec{name: "charmap"}
	out := make([]byte, 0, len(b))
	table, isTable := asStr(mapping)
	var rs []rune
	if isTable {
		rs = literal.Runes(table.s)
	}
	for i := 0; i < len(b); {
		c := b[i]
		if isTable {
			if int(c) < len(rs) && rs[c] != 0xFFFE {
				out = literal.AppendRune(out, rs[c])
				i++
				continue
			}
		} else {
			v, err := GetItem(t, mapping, Int(int64(c)))
			if err != nil {
				if e := AsException(err); !e.typ.IsSubtype(&LookupErrorType) {
					return "", err
				}
			} else if isIntLike(v) {
				n, ok := smallInt(v)
				if !ok || n < 0 || n > 0x10FFFF {
					return "", NewError(&TypeErrorType, "character mapping must be in range(0x110000)")
				}
				if n != 0xFFFE {
					out = literal.AppendRune(out, rune(n))
					i++
					continue
				}
			} else if s, ok := asStr(v); ok {
				if s.s != "\ufffe" {
					out = append(out, s.s...)
					i++
					continue
				}
			} else if !v.IsNone() {
				return "", NewError(&TypeErrorType, "character mapping must return integer, None or str")
			}
		}
		var err error
		if out, i, err = decodeError(t, spec, out, b, i, i+1, undefinedMapping, errs); err != nil {
			return "", err
		}
	}
	return string(out), nil
}

// escapeEncodeBytes is escape_encode: repr(bytes) without its prefix and quotes,
// with every quote escaped.
func escapeEncodeBytes(b []byte) []byte {
	var sb strings.Builder
	for _, c := range b {
		switch {
		case c == '\\' || c == '\'':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString("\\t")
		case c == '\n':
			sb.WriteString("\\n")
		case c == '\r':
			sb.WriteString("\\r")
		case c >= 0x20 && c < 0x7F:
			sb.WriteByte(c)
		default:
			fmt.Fprintf(&sb, "\\x%02x", c)
		}
	}
	return []byte(sb.String())
}

// escapeDecodeBytes is escape_decode: the escapes of a bytes literal.
func escapeDecodeBytes(b []byte, errs string) ([]byte, error) {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		if i >= len(b) {
			return nil, NewError(&ValueErrorType, "Trailing \\ in string")
		}
		switch e := b[i]; e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 't':
			out = append(out, 9)
		case 'n':
			out = append(out, 10)
		case 'r':
			out = append(out, 13)
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i+1 < len(b) && b[i+1] >= '0' && b[i+1] <= '7'; k++ {
				i++
				v = v*8 + int(b[i]-'0')
			}
			out = append(out, byte(v))
		case 'x':
			if i+2 < len(b)+0 && hexDigit(b[i+1]) >= 0 && hexDigit(b[i+2]) >= 0 {
				out = append(out, byte(hexDigit(b[i+1])<<4|hexDigit(b[i+2])))
				i += 2
				continue
			}
			switch errs {
			case "", "strict":
				return nil, NewError(&ValueErrorType, "invalid \\x escape at position %d", i-1)
			case "replace":
				out = append(out, '?')
			case "ignore":
			default:
				return nil, NewError(&ValueErrorType, "decoding error; unknown error handling code: %s", errs)
			}
			// Skip the hex digits that were there.
			for k := 0; k < 2 && i+1 < len(b) && hexDigit(b[i+1]) >= 0; k++ {
				i++
			}
		default:
			out = append(out, '\\', e)
		}
	}
	return out, nil
}

// utf7Category is RFC 2152's classes for ASCII: 0 set D, 1 set O,
// 2 white space, 3 must be base64-encoded.
func utf7Category(c rune) int {
	switch {
	case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.ContainsRune("'(),-./:?", c):
		return 0
	case strings.ContainsRune("!\"#$%&*;<=>@[]^_`{|}", c):
		return 1
	case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		return 2
	}
	return 3
}

const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func isBase64(c rune) bool { return c < 128 && strings.IndexByte(base64Chars, byte(c)) >= 0 }

// utf7Encode is CPython's UTF-7 encoder with sets O and white space
// written directly.
func utf7Encode(s string) []byte {
	var out []byte
	inShift := false
	bits, buf := 0, uint64(0)
	direct := func(c rune) bool { return c > 0 && c < 128 && utf7Category(c) < 3 }
	emit := func(ch rune) {
		bits += 16
		buf = buf<<16 | uint64(ch)
		for bits >= 6 {
			out = append(out, base64Chars[(buf>>(bits-6))&0x3F])
			bits -= 6
		}
	}
	for _, ch := range literal.Runes(s) {
		if inShift {
			if direct(ch) {
				if bits > 0 {
					out = append(out, base64Chars[(buf<<(6-bits))&0x3F])
					bits, buf = 0, 0
				}
				inShift = false
				if isBase64(ch) || ch == '-' {
					out = append(out, '-')
				}
				out = append(out, byte(ch))
				continue
			}
		} else {
			switch {
			case ch == '+':
				out = append(out, '+', '-')
				continue
			case direct(ch):
				out = append(out, byte(ch))
				continue
			}
			out = append(out, '+')
			inShift = true
		}
		if ch >= 0x10000 {
			ch -= 0x10000
			emit(0xD800 + ch>>10)
			emit(0xDC00 + ch&0x3FF)
		} else {
			emit(ch)
		}
	}
	if bits > 0 {
		out = append(out, base64Chars[(buf<<(6-bits))&0x3F])
	}
	if inShift {
		out = append(out, '-')
	}
	return out
}

// utf7Decode is CPython's PyUnicode_DecodeUTF7Stateful.
func utf7Decode(t *Thread, b []byte, errs string, final bool) (string, int, error) {
	spec := &decoderSpec{name: "utf7"}
	var out []byte
	inShift := false
	bits, buf := 0, uint64(0)
	var surrogate rune
	startin, shiftOutStart := 0, 0
	i := 0
	for i < len(b) {
		ch := rune(b[i])
		var reason string
		if inShift {
			if isBase64(ch) {
				buf = buf<<6 | uint64(strings.IndexByte(base64Chars, byte(ch)))
				bits += 6
				i++
				if bits >= 16 {
					o := rune(buf>>(bits-16)) & 0xFFFF
					bits -= 16
					buf &= 1<<bits - 1
					if surrogate != 0 {
						if o >= 0xDC00 && o <= 0xDFFF {
							out = literal.AppendRune(out, 0x10000+(surrogate-0xD800)<<10+(o-0xDC00))
							surrogate = 0
							continue
						}
						out = literal.AppendRune(out, surrogate)
						surrogate = 0
					}
					if o >= 0xD800 && o <= 0xDBFF {
						surrogate = o
					} else {
						out = literal.AppendRune(out, o)
					}
				}
				continue
			}
			inShift = false
			if bits >= 6 {
				i++
				reason = "partial character in shift sequence"
			} else if bits > 0 && buf != 0 {
				i++
				reason = "non-zero padding bits in shift sequence"
			} else {
				if surrogate != 0 && ch <= 127 && ch != '+' {
					out = literal.AppendRune(out, surrogate)
				}
				surrogate = 0
				if ch == '-' {
					i++
				}
				continue
			}
		} else if ch == '+' {
			startin = i
			i++
			if i < len(b) && b[i] == '-' {
				i++
				out = append(out, '+')
				continue
			} else if i < len(b) && !isBase64(rune(b[i])) {
				i++
				reason = "ill-formed sequence"
			} else {
				inShift, surrogate, bits, buf = true, 0, 0, 0
				shiftOutStart = len(out)
				continue
			}
		} else if ch <= 127 {
			out = append(out, byte(ch))
			i++
			continue
		} else {
			startin = i
			i++
			reason = "unexpected special character"
		}
		var err error
		if out, i, err = decodeError(t, spec, out, b, startin, i, reason, errs); err != nil {
			return "", 0, err
		}
	}
	if inShift && final {
		if surrogate != 0 || bits >= 6 || bits > 0 && buf != 0 {
			var err error
			if out, i, err = decodeError(t, spec, out, b, startin, len(b), "unterminated shift sequence", errs); err != nil {
				return "", 0, err
			}
		}
	}
	if !final && inShift {
		return string(out[:shiftOutStart]), startin, nil
	}
	return string(out), i, nil
}

func addUTF7Functions(m *Module) {
	moduleFn(m, "utf_7_encode", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "utf_7_encode", args, kw, "se", 1)
		if err != nil {
			return Value{}, err
		}
		s := mustStr(a[0])
		return pair(BytesValue(utf7Encode(s.s)), s.Len()), nil
	})
	moduleFn(m, "utf_7_decode", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "utf_7_decode", args, kw, "bef", 1)
		if err != nil {
			return Value{}, err
		}
		b, _ := bytesData(a[0])
		s, n, err := utf7Decode(t, b, errsOf(a[1]), flagOf(a[2], false))
		if err != nil {
			return Value{}, err
		}
		return pair(StrValue(s), n), nil
	})
}

// builtinErrorFunc is codecs.lookup_error(name) for the built-in
// handlers: functions that take the UnicodeError and return
// (replacement, position).
func builtinErrorFunc(name string) Value {
	return FromObject(&NewBuiltin(name+"_errors", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name+"_errors", args, kw, 1); err != nil {
			return Value{}, err
		}
		return applyBuiltinHandler(t, name, args[0])
	}).Object)
}

func applyBuiltinHandler(t *Thread, name string, excV Value) (Value, error) {
	e, ok := asException(excV)
	if name == "strict" {
		if !ok {
			return Value{}, NewError(&TypeErrorType, "codec must pass exception instance")
		}
		return Value{}, e
	}
	kind := byte(0)
	if ok {
		kind = unicodeErrorKind(e.typ)
	}
	wrongType := func() error {
		return NewError(&TypeErrorType, "don't know how to handle %s in error callback", typeName(excV))
	}
	if kind == 0 {
		return Value{}, wrongType()
	}
	get := func(n string) Value { v, _ := e.attrs.Get(t, Intern(n)); return v }
	start64, _ := smallInt(get("start"))
	end64, _ := smallInt(get("end"))
	start, end := int(start64), int(end64)
	obj := get("object")
	var rs []rune
	var bs []byte
	if kind == 'd' {
		bs, _ = bytesData(obj)
		start, end = clampRange(start, end, len(bs))
	} else if s, ok := asStr(obj); ok {
		rs = literal.Runes(s.s)
		start, end = clampRange(start, end, len(rs))
	}
	res := func(s string, pos int) (Value, error) { return pair(StrValue(s), pos), nil }
	var sb strings.Builder
	switch name {
	case "ignore":
		return res("", end)
	case "replace":
		switch kind {
		case 'e':
			return res(strings.Repeat("?", end-start), end)
		case 'd':
			return res("\ufffd", end)
		}
		return res(strings.Repeat("\ufffd", end-start), end)
	case "backslashreplace":
		if kind == 'd' {
			for _, c := range bs[start:end] {
				fmt.Fprintf(&sb, "\\x%02x", c)
			}
		} else {
			for _, r := range rs[start:end] {
				sb.WriteString(escapeChar(r))
			}
		}
		return res(sb.String(), end)
	case "xmlcharrefreplace", "namereplace":
		if kind != 'e' {
			return Value{}, wrongType()
		}
		for _, r := range rs[start:end] {
			if name == "namereplace" {
				sb.WriteString(nameEscape(r))
			} else {
				fmt.Fprintf(&sb, "&#%d;", r)
			}
		}
		return res(sb.String(), end)
	case "surrogateescape":
		switch kind {
		case 'e':
			var out []byte
			for _, r := range rs[start:end] {
				if r < 0xDC80 || r > 0xDCFF {
					return Value{}, e
				}
				out = append(out, byte(r-0xDC00))
			}
			return pair(BytesValue(out), end), nil
		case 'd':
			k := start
			for ; k < end && k < start+4 && bs[k] >= 128; k++ {
				sb.WriteString(literal.EncodeRune(0xDC00 + rune(bs[k])))
			}
			if k == start {
				return Value{}, e
			}
			return res(sb.String(), k)
		}
		return Value{}, wrongType()
	case "surrogatepass":
		encV := get("encoding")
		enc := ""
		if s, ok := asStr(encV); ok {
			enc = goCodecName(s.s)
		}
		c, known := goCodecs[enc]
		if !known {
			switch enc {
			case "utf_16", "utf16":
				c, known = goCodec{utf16Enc, utf16LEDecoder}, true
			case "utf_32", "utf32":
				c, known = goCodec{utf32Enc, utf32LEDecoder}, true
			}
		}
		if !known || c.enc.surr == nil {
			if kind == 'e' || kind == 'd' {
				return Value{}, e
			}
			return Value{}, wrongType()
		}
		switch kind {
		case 'e':
			var out []byte
			for _, r := range rs[start:end] {
				if r < 0xD800 || r > 0xDFFF {
					return Value{}, e
				}
				out = c.enc.surr(out, r)
			}
			return pair(BytesValue(out), end), nil
		case 'd':
			if r, n := c.dec.surr(bs[start:]); n > 0 {
				return res(literal.EncodeRune(r), start+n)
			}
			return Value{}, e
		}
		return Value{}, wrongType()
	}
	return Value{}, wrongType()
}

func clampRange(start, end, n int) (int, int) {
	if start < 0 {
		start = 0
	}
	if start > n {
		start = n
	}
	if end < start {
		end = start
	}
	if end > n {
		end = n
	}
	return start, end
}
