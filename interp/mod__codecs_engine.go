package interp

// This file is the codec engine behind _codecs, str.encode and
// bytes.decode: encoders that map one code point at a time, decoders
// that read one sequence at a time, and the error handlers (the built-in
// ones handled in Go, registered ones called with a UnicodeError as
// CPython's codecs do).

import (
	"fmt"
	"strings"

	"github.com/pyjit/pyjit/frontend/literal"
	"golang.org/x/text/unicode/runenames"
)

// encoderSpec describes a codec that encodes one code point at a time.
type encoderSpec struct {
	name   string
	reason string
	// put appends the encoding of r; false means r cannot be encoded.
	put func(out []byte, r rune) ([]byte, bool)
	// surr appends a lone surrogate for the surrogatepass handler; nil
	// when the codec has no such form.
	surr func(out []byte, r rune) []byte
	// width is the code unit size of UTF-16 and UTF-32, whose errors
	// cover one character at a time; 0 for the others.
	width int
	// generic marks codecs whose surrogateescape and surrogatepass go
	// through the registered handlers, which re-raise the whole run's
	// error (charmap); the others report from the failing character.
	generic bool
	// err, when set, points at an error put hit that is not a failure
	// to encode (a charmap lookup raising).
	err *error
}

// decoderSpec describes a codec that decodes one sequence at a time.
type decoderSpec struct {
	name string
	// next decodes the start of b (never empty): the code point and its
	// size, or on error the size of the bad sequence and the reason.
	// partial says the error is only that b ends too early.
	next func(b []byte) (r rune, n int, reason string, partial bool)
	// surr decodes an encoded surrogate for surrogatepass (n == 0: none).
	surr func(b []byte) (r rune, n int)
}

var builtinErrorHandlers = map[string]bool{"strict": true, "ignore": true, "replace": true,
	"backslashreplace": true, "xmlcharrefreplace": true, "namereplace": true,
	"surrogateescape": true, "surrogatepass": true}

// errorHandlerFn returns the registered handler of a non-built-in name.
func errorHandlerFn(t *Thread, errs string) (Value, error) {
	reg := codecRegistryOf(t)
	if fn, ok := reg.errors[errs]; ok {
		return fn, nil
	}
	return Value{}, unknownHandler(errs)
}

// callErrorHandler calls a registered handler with exc and checks its
// result: (replacement, new position), the position made absolute and
// checked against size.
func callErrorHandler(t *Thread, errs string, exc *Exception, size int, decoding bool) (Value, int, error) {
	fn, err := errorHandlerFn(t, errs)
	if err != nil {
		return Value{}, 0, err
	}
	res, err := Call(t, fn, []Value{exc.Value()}, nil)
	if err != nil {
		return Value{}, 0, err
	}
	tu, ok := asTuple(res)
	okRepl := false
	if ok && len(tu.items) == 2 {
		_, isB := bytesData(tu.items[0])
		okRepl = isStr(tu.items[0]) || !decoding && isB && !isByteArray(tu.items[0])
	}
	if !ok || len(tu.items) != 2 || !okRepl || !isIntLike(tu.items[1]) {
		if decoding {
			return Value{}, 0, NewError(&TypeErrorType, "decoding error handler must return (str, int) tuple")
		}
		return Value{}, 0, NewError(&TypeErrorType, "encoding error handler must return (str/bytes, int) tuple")
	}
	pos, ok := smallInt(tu.items[1])
	if ok && pos < 0 {
		pos += int64(size)
	}
	if !ok || pos < 0 || pos > int64(size) {
		return Value{}, 0, NewError(&IndexErrorType, "position %d from error handler out of bounds", pos)
	}
	return tu.items[0], int(pos), nil
}

// encodeRunes encodes s with spec and the error handler errs.
func encodeRunes(t *Thread, spec *encoderSpec, s string, errs string) ([]byte, error) {
	if errs == "" {
		errs = "strict"
	}
	out := make([]byte, 0, len(s))
	var rs []rune
	// Fast path: everything encodable.
	ok := true
	for i := 0; i < len(s); {
		r, n := literal.DecodeRune(s[i:])
		if out, ok = spec.put(out, r); !ok {
			break
		}
		i += n
	}
	if ok {
		return out, nil
	}
	out = out[:0]
	rs = literal.Runes(s)
	fail := func(i, j int) *Exception {
		return newUnicodeError('e', spec.name, StrValue(s), i, j, spec.reason)
	}
	for i := 0; i < len(rs); {
		var good bool
		if out, good = spec.put(out, rs[i]); good {
			i++
			continue
		}
		j := i + 1
		for j < len(rs) && spec.width == 0 {
			if _, good := spec.put(nil, rs[j]); good {
				break
			}
			j++
		}
		// putAll encodes a built-in handler's replacement text.
		putAll := func(repl string) {
			for _, x := range literal.Runes(repl) {
				out, _ = spec.put(out, x)
			}
		}
		switch errs {
		case "strict":
			return nil, fail(i, j)
		case "ignore":
		case "replace":
			putAll(strings.Repeat("?", j-i))
		case "backslashreplace":
			for _, x := range rs[i:j] {
				putAll(escapeChar(x))
			}
		case "xmlcharrefreplace":
			for _, x := range rs[i:j] {
				putAll(fmt.Sprintf("&#%d;", x))
			}
		case "namereplace":
			for _, x := range rs[i:j] {
				putAll(nameEscape(x))
			}
		case "surrogateescape":
			for k := i; k < j; k++ {
				x := rs[k]
				if x < 0xDC80 || x > 0xDCFF || spec.width > 1 {
					if spec.generic {
						return nil, fail(i, j)
					}
					return nil, fail(k, j)
				}
				out = append(out, byte(x-0xDC00))
			}
		case "surrogatepass":
			for k := i; k < j; k++ {
				x := rs[k]
				if spec.surr == nil || x < 0xD800 || x > 0xDFFF {
					if spec.generic {
						return nil, fail(i, j)
					}
					return nil, fail(k, j)
				}
				out = spec.surr(out, x)
			}
		default:
			repl, pos, err := callErrorHandler(t, errs, fail(i, j), len(rs), false)
			if err != nil {
				return nil, err
			}
			if b, isB := bytesData(repl); isB {
				if spec.width > 1 && len(b)%spec.width != 0 {
					return nil, fail(i, j)
				}
				out = append(out, b...)
			} else {
				for _, x := range literal.Runes(mustStr(repl).s) {
					var good bool
					if out, good = spec.put(out, x); !good || x >= 0x80 && spec.name == "utf-8" {
						return nil, fail(i, j)
					}
				}
			}
			i = pos
			continue
		}
		i = j
	}
	return out, nil
}

// nameEscape is namereplace's replacement: \N{NAME}, or the backslash
// escape for characters without a name.
func nameEscape(r rune) string {
	n := runenames.Name(r)
	if n == "" || n[0] == '<' {
		return escapeChar(r)
	}
	return "\\N{" + n + "}"
}

// decodeWith decodes b with spec; with final false an incomplete
// sequence at the end is left unconsumed. It returns the string and the
// number of bytes consumed.
func decodeWith(t *Thread, spec *decoderSpec, b []byte, errs string, final bool) (string, int, error) {
	return decodeFrom(t, spec, b, 0, errs, final)
}

// decodeFrom is decodeWith starting at b[start:] (after a BOM), so that
// error positions count from the start of b.
func decodeFrom(t *Thread, spec *decoderSpec, b []byte, start int, errs string, final bool) (string, int, error) {
	if errs == "" {
		errs = "strict"
	}
	out := make([]byte, 0, len(b))
	i := start
	for i < len(b) {
		if c := b[i]; c < 0x80 && spec.name == "utf-8" {
			out = append(out, c)
			i++
			continue
		}
		r, n, reason, partial := spec.next(b[i:])
		if reason == "" {
			out = literal.AppendRune(out, r)
			i += n
			continue
		}
		if partial && !final {
			break
		}
		var err error
		out, i, err = decodeError(t, spec, out, b, i, i+n, reason, errs)
		if err != nil {
			return "", 0, err
		}
	}
	return string(out), i, nil
}

// decodeError applies the error handler errs to the bad bytes
// b[start:end], appending the replacement to out; it returns the
// position to continue at.
func decodeError(t *Thread, spec *decoderSpec, out []byte, b []byte, start, end int, reason, errs string) ([]byte, int, error) {
	if errs == "" {
		errs = "strict"
	}
	fail := func() *Exception {
		return newUnicodeError('d', spec.name, BytesValue(b), start, end, reason)
	}
	switch errs {
	case "strict":
		return nil, 0, fail()
	case "ignore":
	case "replace":
		out = literal.AppendRune(out, 0xFFFD)
	case "backslashreplace":
		for _, x := range b[start:end] {
			out = append(out, fmt.Sprintf("\\x%02x", x)...)
		}
	case "surrogateescape":
		// As CPython: escape the leading bytes >= 128 (at most 4), and
		// fail only when there is none.
		k := start
		for ; k < end && k < start+4 && b[k] >= 128; k++ {
			out = literal.AppendRune(out, 0xDC00+rune(b[k]))
		}
		if k == start {
			return nil, 0, fail()
		}
		return out, k, nil
	case "surrogatepass":
		if spec.surr != nil {
			if r, n := spec.surr(b[start:]); n > 0 {
				return literal.AppendRune(out, r), start + n, nil
			}
		}
		return nil, 0, fail()
	case "xmlcharrefreplace", "namereplace":
		return nil, 0, NewError(&TypeErrorType, "don't know how to handle UnicodeDecodeError in error callback")
	default:
		repl, pos, err := callErrorHandler(t, errs, fail(), len(b), true)
		if err != nil {
			return nil, 0, err
		}
		return append(out, mustStr(repl).s...), pos, nil
	}
	return out, end, nil
}

// The Go codecs.

func putUTF8(out []byte, r rune) ([]byte, bool) {
	if r >= 0xD800 && r <= 0xDFFF {
		return out, false
	}
	return literal.AppendRune(out, r), true
}

func putASCII(out []byte, r rune) ([]byte, bool) {
	if r >= 0x80 {
		return out, false
	}
	return append(out, byte(r)), true
}

func putLatin1(out []byte, r rune) ([]byte, bool) {
	if r >= 0x100 {
		return out, false
	}
	return append(out, byte(r)), true
}

var (
	utf8Encoder   = &encoderSpec{name: "utf-8", reason: "surrogates not allowed", put: putUTF8, surr: literal.AppendRune}
	asciiEncoder  = &encoderSpec{name: "ascii", reason: "ordinal not in range(128)", put: putASCII}
	latin1Encoder = &encoderSpec{name: "latin-1", reason: "ordinal not in range(256)", put: putLatin1}

	utf8Decoder = &decoderSpec{name: "utf-8", next: func(b []byte) (rune, int, string, bool) {
		r, n, reason := utf8Step(b)
		// An encoded surrogate cut after its second byte may still be
		// completed for surrogatepass, as CPython's decoder allows.
		truncSurrogate := len(b) == 2 && b[0] == 0xED && b[1] >= 0xA0 && b[1] <= 0xBF
		return r, n, reason, reason == "unexpected end of data" || truncSurrogate
	}, surr: func(b []byte) (rune, int) {
		if len(b) >= 3 && b[0] == 0xED && b[1] >= 0xA0 && b[1] <= 0xBF && b[2]&0xC0 == 0x80 {
			return 0xD000 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F), 3
		}
		return 0, 0
	}}
	asciiDecoder = &decoderSpec{name: "ascii", next: func(b []byte) (rune, int, string, bool) {
		if b[0] >= 0x80 {
			return 0, 1, "ordinal not in range(128)", false
		}
		return rune(b[0]), 1, "", false
	}}
	latin1Decoder = &decoderSpec{name: "latin-1", next: func(b []byte) (rune, int, string, bool) {
		return rune(b[0]), 1, "", false
	}}
)

// unit16 reads a UTF-16 code unit.
func unit16(b []byte, big bool) rune {
	if big {
		return rune(b[0])<<8 | rune(b[1])
	}
	return rune(b[1])<<8 | rune(b[0])
}

func unit32(b []byte, big bool) uint32 {
	if big {
		return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	}
	return uint32(b[3])<<24 | uint32(b[2])<<16 | uint32(b[1])<<8 | uint32(b[0])
}

func append16(out []byte, u rune, big bool) []byte {
	if big {
		return append(out, byte(u>>8), byte(u))
	}
	return append(out, byte(u), byte(u>>8))
}

func append32(out []byte, u rune, big bool) []byte {
	if big {
		return append(out, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
	}
	return append(out, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
}

func utf16Encoder(name string, big bool) *encoderSpec {
	return &encoderSpec{name: name, reason: "surrogates not allowed", width: 2, put: func(out []byte, r rune) ([]byte, bool) {
		switch {
		case r >= 0xD800 && r <= 0xDFFF:
			return out, false
		case r >= 0x10000:
			r -= 0x10000
			out = append16(out, 0xD800+(r>>10), big)
			return append16(out, 0xDC00+(r&0x3FF), big), true
		}
		return append16(out, r, big), true
	}, surr: func(out []byte, r rune) []byte { return append16(out, r, big) }}
}

func utf32Encoder(name string, big bool) *encoderSpec {
	return &encoderSpec{name: name, reason: "surrogates not allowed", width: 4, put: func(out []byte, r rune) ([]byte, bool) {
		if r >= 0xD800 && r <= 0xDFFF {
			return out, false
		}
		return append32(out, r, big), true
	}, surr: func(out []byte, r rune) []byte { return append32(out, r, big) }}
}

func utf16Decoder(name string, big bool) *decoderSpec {
	return &decoderSpec{name: name, next: func(b []byte) (rune, int, string, bool) {
		if len(b) < 2 {
			return 0, len(b), "truncated data", true
		}
		u := unit16(b, big)
		switch {
		case u < 0xD800 || u > 0xDFFF:
			return u, 2, "", false
		case u >= 0xDC00:
			return 0, 2, "illegal encoding", false
		case len(b) < 4:
			return 0, len(b), "unexpected end of data", true
		}
		v := unit16(b[2:], big)
		if v < 0xDC00 || v > 0xDFFF {
			return 0, 2, "illegal UTF-16 surrogate", false
		}
		return 0x10000 + (u-0xD800)<<10 + (v - 0xDC00), 4, "", false
	}, surr: func(b []byte) (rune, int) {
		if len(b) >= 2 {
			if u := unit16(b, big); u >= 0xD800 && u <= 0xDFFF {
				return u, 2
			}
		}
		return 0, 0
	}}
}

func utf32Decoder(name string, big bool) *decoderSpec {
	return &decoderSpec{name: name, next: func(b []byte) (rune, int, string, bool) {
		if len(b) < 4 {
			return 0, len(b), "truncated data", true
		}
		u := unit32(b, big)
		switch {
		case u > 0x10FFFF:
			return 0, 4, "code point not in range(0x110000)", false
		case u >= 0xD800 && u <= 0xDFFF:
			return 0, 4, "code point in surrogate code point range(0xd800, 0xe000)", false
		}
		return rune(u), 4, "", false
	}, surr: func(b []byte) (rune, int) {
		if len(b) >= 4 {
			if u := unit32(b, big); u >= 0xD800 && u <= 0xDFFF {
				return rune(u), 4
			}
		}
		return 0, 0
	}}
}

var (
	utf16LEEncoder = utf16Encoder("utf-16-le", false)
	utf16BEEncoder = utf16Encoder("utf-16-be", true)
	utf16Enc       = utf16Encoder("utf-16", false)
	utf32LEEncoder = utf32Encoder("utf-32-le", false)
	utf32BEEncoder = utf32Encoder("utf-32-be", true)
	utf32Enc       = utf32Encoder("utf-32", false)
	utf16LEDecoder = utf16Decoder("utf-16-le", false)
	utf16BEDecoder = utf16Decoder("utf-16-be", true)
	utf32LEDecoder = utf32Decoder("utf-32-le", false)
	utf32BEDecoder = utf32Decoder("utf-32-be", true)
)

// decodeBOM decodes UTF-16 (width 2) or UTF-32 (width 4) data whose byte
// order is bo (-1 little, 1 big, 0 detect from a BOM and default to
// little). It returns the text, bytes consumed and the byte order found.
func decodeBOM(t *Thread, b []byte, errs string, bo int, final bool, width int) (string, int, int, error) {
	skip := 0
	if bo == 0 {
		switch {
		case width == 2 && len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
			bo, skip = -1, 2
		case width == 2 && len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
			bo, skip = 1, 2
		case width == 4 && len(b) >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0:
			bo, skip = -1, 4
		case width == 4 && len(b) >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF:
			bo, skip = 1, 4
		case !final && len(b) < width:
			// Not enough data to know whether a BOM follows.
			return "", 0, 0, nil
		}
	}
	spec := map[[2]int]*decoderSpec{{2, -1}: utf16LEDecoder, {2, 0}: utf16LEDecoder, {2, 1}: utf16BEDecoder,
		{4, -1}: utf32LEDecoder, {4, 0}: utf32LEDecoder, {4, 1}: utf32BEDecoder}[[2]int{width, bo}]
	s, n, err := decodeFrom(t, spec, b, skip, errs, final)
	return s, n, bo, err
}

// unicodeEscapeDecode decodes unicode_escape (raw false) or
// raw_unicode_escape (raw true) data. With final false an escape cut
// off at the end is left unconsumed.
func unicodeEscapeDecode(t *Thread, b []byte, errs string, final, raw bool) (string, int, error) {
	name := "unicodeescape"
	if raw {
		name = "rawunicodeescape"
	}
	spec := &decoderSpec{name: name}
	out := make([]byte, 0, len(b))
	i := 0
	for i < len(b) {
		c := b[i]
		if c != '\\' {
			out = literal.AppendRune(out, rune(c))
			i++
			continue
		}
		start := i
		if raw {
			// Only \u and \U after an odd number of backslashes escape.
			j := i
			for j < len(b) && b[j] == '\\' {
				j++
			}
			if (j-i)%2 == 0 || j == len(b) || b[j] != 'u' && b[j] != 'U' {
				if j == len(b) && (j-i)%2 == 1 && !final {
					for k := i; k < j-1; k++ {
						out = append(out, '\\')
					}
					return string(out), j - 1, nil
				}
				for ; i < j; i++ {
					out = append(out, '\\')
				}
				continue
			}
			for ; i < j-1; i++ {
				out = append(out, '\\')
			}
			start = i
		}
		if i+1 >= len(b) {
			if !final {
				return string(out), i, nil
			}
			var err error
			if out, i, err = decodeError(t, spec, out, b, start, len(b), "\\ at end of string", errs); err != nil {
				return "", 0, err
			}
			continue
		}
		e := b[i+1]
		i += 2
		digits := 0
		switch e {
		case '\n':
			if raw {
				out = append(out, '\\', '\n')
			}
			continue
		case '\\', '\'', '"':
			out = append(out, e)
			continue
		case 'a':
			out = append(out, 7)
			continue
		case 'b':
			out = append(out, 8)
			continue
		case 'f':
			out = append(out, 12)
			continue
		case 't':
			out = append(out, 9)
			continue
		case 'n':
			out = append(out, 10)
			continue
		case 'r':
			out = append(out, 13)
			continue
		case 'v':
			out = append(out, 11)
			continue
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(e - '0')
			for k := 0; k < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
				v = v*8 + rune(b[i]-'0')
				i++
			}
			out = literal.AppendRune(out, v)
			continue
		case 'x':
			digits = 2
		case 'u':
			digits = 4
		case 'U':
			digits = 8
		case 'N':
			// As CPython: data ending inside \N{...} is incomplete; any
			// other malformation ends the error where parsing stopped.
			stop, incomplete := i, false
			if i >= len(b) {
				incomplete = true
			} else if b[i] == '{' {
				k := i + 1
				for k < len(b) && b[k] != '}' {
					k++
				}
				switch {
				case k >= len(b):
					incomplete = true
				case k > i+1:
					if r, ok := literal.LookupName(string(b[i+1 : k])); ok {
						out = literal.AppendRune(out, r)
						i = k + 1
						continue
					}
					var err error
					if out, i, err = decodeError(t, spec, out, b, start, k+1, "unknown Unicode character name", errs); err != nil {
						return "", 0, err
					}
					continue
				default:
					stop = k
				}
			}
			if incomplete {
				if !final {
					return string(out), start, nil
				}
				stop = len(b)
			}
			var err error
			if out, i, err = decodeError(t, spec, out, b, start, stop, "malformed \\N character escape", errs); err != nil {
				return "", 0, err
			}
			continue
		default:
			out = literal.AppendRune(append(out, '\\'), rune(e))
			continue
		}
		var v rune
		k := 0
		for ; k < digits && i+k < len(b); k++ {
			d := hexDigit(b[i+k])
			if d < 0 {
				break
			}
			v = v*16 + rune(d)
		}
		if k < digits {
			if !final && i+k == len(b) {
				return string(out), start, nil
			}
			reason := map[int]string{2: "truncated \\xXX escape", 4: "truncated \\uXXXX escape", 8: "truncated \\UXXXXXXXX escape"}[digits]
			var err error
			if out, i, err = decodeError(t, spec, out, b, start, i+k, reason, errs); err != nil {
				return "", 0, err
			}
			continue
		}
		i += k
		if v > 0x10FFFF {
			reason := "illegal Unicode character"
			if raw {
				reason = "\\Uxxxxxxxx out of range"
			}
			var err error
			if out, i, err = decodeError(t, spec, out, b, start, i, reason, errs); err != nil {
				return "", 0, err
			}
			continue
		}
		out = literal.AppendRune(out, v)
	}
	return string(out), i, nil
}

func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// unicodeEscapeEncode is unicode_escape (raw false) or
// raw_unicode_escape (raw true) encoding.
func unicodeEscapeEncode(s string, raw bool) []byte {
	var sb strings.Builder
	for _, r := range literal.Runes(s) {
		switch {
		case raw && r < 0x100:
			sb.WriteByte(byte(r))
		case raw && r < 0x10000:
			fmt.Fprintf(&sb, "\\u%04x", r)
		case raw:
			fmt.Fprintf(&sb, "\\U%08x", r)
		case r == '\\':
			sb.WriteString("\\\\")
		case r == '\t':
			sb.WriteString("\\t")
		case r == '\n':
			sb.WriteString("\\n")
		case r == '\r':
			sb.WriteString("\\r")
		case r >= 0x20 && r < 0x7F:
			sb.WriteByte(byte(r))
		default:
			sb.WriteString(escapeChar(r))
		}
	}
	return []byte(sb.String())
}
