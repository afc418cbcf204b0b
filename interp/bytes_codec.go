package interp

// This file holds the built-in codecs behind bytes.decode, str.encode and
// bytes(str, encoding): utf-8, ascii and latin-1 with the error handlers
// strict, ignore, replace, backslashreplace, surrogateescape (and
// xmlcharrefreplace for encoding). Strings are generalized UTF-8, so a
// lone surrogate is a 3-byte ED A0..BF sequence.

import (
	"fmt"
	"strings"

	"github.com/pyjit/pyjit/frontend/literal"
)

// codecName normalizes an encoding name to "utf-8", "ascii" or
// "latin-1", or returns "" for one we do not implement.
func codecName(enc string) string {
	n := strings.ToLower(strings.NewReplacer("_", "-", " ", "-").Replace(enc))
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646", "us":
		return "ascii"
	case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100":
		return "latin-1"
	}
	return ""
}

// otherCodecs are encodings CPython has that we do not implement yet:
// they raise NotImplementedError rather than a misleading LookupError.
var otherCodecs = map[string]bool{
	"utf-16": true, "utf-16-le": true, "utf-16-be": true, "utf16": true, "utf-32": true, "utf-32-le": true,
	"utf-32-be": true, "utf32": true, "utf-7": true, "utf7": true, "utf-8-sig": true, "cp1252": true,
	"windows-1252": true, "cp437": true, "cp850": true, "cp1251": true, "idna": true, "punycode": true,
	"unicode-escape": true, "raw-unicode-escape": true, "iso-8859-2": true, "iso-8859-15": true,
	"koi8-r": true, "mac-roman": true, "shift-jis": true, "euc-jp": true, "gbk": true, "gb2312": true,
	"big5": true, "hex": true, "base64": true, "rot13": true, "zlib": true, "charmap": true, "mbcs": true,
}

func unknownEncoding(enc string) error {
	if otherCodecs[strings.ToLower(strings.NewReplacer("_", "-", " ", "-").Replace(enc))] {
		return notImplemented("the " + enc + " codec")
	}
	return NewError(&LookupErrorType, "unknown encoding: %s", enc)
}

func unknownHandler(errs string) error {
	return NewError(&LookupErrorType, "unknown error handler name '%s'", errs)
}

// decodeBytes decodes b with encoding enc and error handler errs ("" is
// strict) into a generalized UTF-8 string.
func decodeBytes(b []byte, enc, errs string) (string, error) {
	if enc == "" {
		enc = "utf-8"
	}
	codec := codecName(enc)
	if codec == "" {
		return "", unknownEncoding(enc)
	}
	if errs == "" {
		errs = "strict"
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		if codec == "latin-1" {
			out = literal.AppendRune(out, rune(c))
			i++
			continue
		}
		n, reason := 1, "ordinal not in range(128)"
		if codec == "utf-8" {
			var r rune
			r, n, reason = utf8Step(b[i:])
			if reason == "" {
				out = literal.AppendRune(out, r)
				i += n
				continue
			}
		}
		switch errs {
		case "strict":
			if n == 1 {
				return "", newUnicodeError('d', codec, BytesValue(append([]byte(nil), b...)), i, i+1, reason)
			}
			return "", newUnicodeError('d', codec, BytesValue(append([]byte(nil), b...)), i, i+n, reason)
		case "ignore":
		case "replace":
			out = literal.AppendRune(out, 0xFFFD)
		case "backslashreplace":
			for _, x := range b[i : i+n] {
				out = append(out, fmt.Sprintf("\\x%02x", x)...)
			}
		case "surrogateescape":
			for _, x := range b[i : i+n] {
				if x < 128 {
					return "", newUnicodeError('d', codec, BytesValue(append([]byte(nil), b...)), i, i+n, reason)
				}
				out = literal.AppendRune(out, 0xDC00+rune(x))
			}
		default:
			return "", unknownHandler(errs)
		}
		i += n
	}
	return string(out), nil
}

// utf8Step decodes one UTF-8 sequence at the start of b (b[0] >= 0x80)
// as CPython's strict decoder does: on error it returns the length of the
// maximal invalid prefix and the reason.
func utf8Step(b []byte) (rune, int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c < 0xC2:
		return 0, 1, "invalid start byte"
	case c < 0xE0:
		need = 1
	case c < 0xF0:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c < 0xF5:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 0, 1, "invalid start byte"
	}
	r := rune(c) & (0x3F >> need)
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return 0, k, "unexpected end of data"
		}
		x := b[k]
		if k == 1 && (x < lo || x > hi) || k > 1 && x&0xC0 != 0x80 {
			return 0, k, "invalid continuation byte"
		}
		r = r<<6 | rune(x&0x3F)
	}
	return r, need + 1, ""
}

// encodeStr encodes the generalized UTF-8 string s.
func encodeStr(s, enc, errs string) ([]byte, error) {
	if enc == "" {
		enc = "utf-8"
	}
	codec := codecName(enc)
	if codec == "" {
		return nil, unknownEncoding(enc)
	}
	if errs == "" {
		errs = "strict"
	}
	limit := rune(0x10FFFF)
	reason := "surrogates not allowed"
	switch codec {
	case "ascii":
		limit, reason = 0x7F, "ordinal not in range(128)"
	case "latin-1":
		limit, reason = 0xFF, "ordinal not in range(256)"
	}
	bad := func(r rune) bool { return r > limit || codec == "utf-8" && r >= 0xD800 && r <= 0xDFFF }
	rs := literal.Runes(s)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		if !bad(r) {
			if codec == "utf-8" {
				out = literal.AppendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
			i++
			continue
		}
		j := i + 1
		for j < len(rs) && bad(rs[j]) {
			j++
		}
		switch errs {
		case "strict":
			// With its attributes, so str() gives the message.
			return nil, newUnicodeError('e', codec, StrValue(s), i, j, reason)
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for _, x := range rs[i:j] {
				out = append(out, escapeChar(x)...)
			}
		case "xmlcharrefreplace":
			for _, x := range rs[i:j] {
				out = append(out, fmt.Sprintf("&#%d;", x)...)
			}
		case "surrogateescape":
			for k, x := range rs[i:j] {
				if x < 0xDC80 || x > 0xDCFF {
					return nil, newUnicodeError('e', codec, StrValue(s), i+k, i+k+1, reason)
				}
				out = append(out, byte(x-0xDC00))
			}
		default:
			return nil, unknownHandler(errs)
		}
		i = j
	}
	return out, nil
}

// escapeChar is the backslash escape of a code point, as in CPython's
// error messages and backslashreplace.
func escapeChar(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("\\x%02x", r)
	case r < 0x10000:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// encodingArgs parses the (encoding, errors) arguments of decode/encode.
func encodingArgs(name string, args []Value, kwnames []string) (string, string, error) {
	for _, k := range kwnames {
		if k != "encoding" && k != "errors" {
			return "", "", NewError(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	pos, kw, err := kwArgs(name, args, kwnames, "encoding", "errors")
	if err != nil {
		return "", "", err
	}
	if len(pos) > 2 {
		return "", "", NewError(&TypeErrorType, "%s() takes at most 2 arguments (%d given)", name, len(pos))
	}
	var vals [2]Value
	copy(vals[:], pos)
	for i, k := range []string{"encoding", "errors"} {
		if v, ok := kw[k]; ok {
			if !vals[i].IsNull() {
				return "", "", NewError(&TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", name, k, i+1)
			}
			vals[i] = v
		}
	}
	var out [2]string
	for i, k := range []string{"encoding", "errors"} {
		if vals[i].IsNull() {
			continue
		}
		s, ok := asStr(vals[i])
		if !ok {
			return "", "", NewError(&TypeErrorType, "%s() argument '%s' must be str, not %s", name, k, argTypeName(vals[i]))
		}
		out[i] = s.s
	}
	return out[0], out[1], nil
}

func strEncode(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	enc, errs, err := encodingArgs("encode", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	b, err := textEncode(t, mustStr(self).s, enc, errs)
	if err != nil {
		return Value{}, err
	}
	return BytesValue(b), nil
}

func bytesDecode(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	enc, errs, err := encodingArgs("decode", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	s, err := textDecode(t, mustData(self), enc, errs)
	if err != nil {
		return Value{}, err
	}
	return StrValue(s), nil
}

// argTypeName is the type name in CPython's _PyArg_BadArgument messages,
// which say "None" rather than "NoneType".
func argTypeName(v Value) string {
	if v.IsNone() {
		return "None"
	}
	return typeName(v)
}

// strDecodeArgs handles str(object, encoding, errors): ok is false when
// neither encoding nor errors is given (plain str(object)).
func strDecodeArgs(t *Thread, args []Value, kwnames []string) (Value, bool, error) {
	npos := len(args) - len(kwnames)
	given := npos > 1
	for _, k := range kwnames {
		if k != "object" {
			// Also gives unknown keywords CPython's message.
			given = true
		}
	}
	if !given {
		return Value{}, false, nil
	}
	if npos > 3 {
		return Value{}, true, NewError(&TypeErrorType, "str() takes at most 3 arguments (%d given)", len(args))
	}
	vals := [3]Value{}
	copy(vals[:], args[:npos])
	for i, k := range kwnames {
		j := map[string]int{"object": 0, "encoding": 1, "errors": 2}[k]
		if j == 0 && k != "object" {
			return Value{}, true, NewError(&TypeErrorType, "'%s' is an invalid keyword argument for str()", k)
		}
		if !vals[j].IsNull() {
			return Value{}, true, NewError(&TypeErrorType, "argument for str() given by name ('%s') and position (%d)", k, j+1)
		}
		vals[j] = args[npos+i]
	}
	var strs [2]string
	for i, k := range []string{"encoding", "errors"} {
		v := vals[i+1]
		if v.IsNull() {
			continue
		}
		s, ok := asStr(v)
		if !ok {
			return Value{}, true, NewError(&TypeErrorType, "str() argument '%s' must be str, not %s", k, argTypeName(v))
		}
		strs[i] = s.s
	}
	if vals[0].IsNull() {
		return StrValue(""), true, nil
	}
	b, ok := bytesData(vals[0])
	if !ok {
		if _, isStr := asStr(vals[0]); isStr {
			return Value{}, true, NewError(&TypeErrorType, "decoding str is not supported")
		}
		return Value{}, true, NewError(&TypeErrorType, "decoding to str: need a bytes-like object, %s found", typeName(vals[0]))
	}
	s, err := textDecode(t, b, strs[0], strs[1])
	if err != nil {
		return Value{}, true, err
	}
	return StrValue(s), true, nil
}
