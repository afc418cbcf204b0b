package interp

// This file implements the _codecs module (CPython's
// Modules/_codecsmodule.c and Python/codecs.c): the codec search
// registry, the error handler registry, and the per-codec functions the
// encodings package calls. str.encode and bytes.decode use the same
// registry (textEncode, textDecode) for codecs not written in Go.

import (
	"strings"
)

func init() {
	builtinModules["_codecs"] = makeCodecsModule
	delete(cModules, "_codecs")
}

// codecRegistry is one interpreter's codec state.
type codecRegistry struct {
	search   []Value
	cache    map[string]Value
	errors   map[string]Value
	imported bool // the encodings package has been imported
}

func codecRegistryOf(t *Thread) *codecRegistry {
	if t.in == nil {
		// A bare thread (exceptionStrGo's) has no registry to share.
		return &codecRegistry{cache: map[string]Value{}, errors: map[string]Value{}}
	}
	return moduleState(t.in, "_codecs", func() *codecRegistry {
		return &codecRegistry{cache: map[string]Value{}, errors: map[string]Value{}}
	})
}

// normalizeCodecName is codecs.c's normalizestring: lower case, spaces
// to underscores.
func normalizeCodecName(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), " ", "_")
}

// codecLookup is _PyCodec_Lookup: the CodecInfo of encoding.
func codecLookup(t *Thread, encoding string) (Value, error) {
	reg := codecRegistryOf(t)
	if !reg.imported && t.in != nil {
		reg.imported = true
		if _, err := t.importAbs("encodings"); err != nil {
			return Value{}, err
		}
	}
	name := normalizeCodecName(encoding)
	if v, ok := reg.cache[name]; ok {
		return v, nil
	}
	if len(reg.search) == 0 {
		return Value{}, NewError(&LookupErrorType, "no codec search functions registered: can't find encoding")
	}
	for _, fn := range append([]Value(nil), reg.search...) {
		r, err := Call(t, fn, []Value{StrValue(name)}, nil)
		if err != nil {
			return Value{}, err
		}
		if r.IsNone() {
			continue
		}
		if !r.Type().IsSubtype(&TupleType) || len(objectAs[Tuple](r.ref).items) != 4 {
			return Value{}, NewError(&TypeErrorType, "codec search functions must return 4-tuples")
		}
		reg.cache[name] = r
		return r, nil
	}
	return Value{}, NewError(&LookupErrorType, "unknown encoding: %s", encoding)
}

// goCodec is a codec implemented in Go, found by its normalized name
// (lower case, '-' and ' ' as '_').
type goCodec struct {
	enc *encoderSpec
	dec *decoderSpec
}

var goCodecs = map[string]goCodec{}

func init() {
	add := func(enc *encoderSpec, dec *decoderSpec, names ...string) {
		for _, n := range names {
			goCodecs[n] = goCodec{enc, dec}
		}
	}
	add(utf8Encoder, utf8Decoder, "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4")
	add(asciiEncoder, asciiDecoder, "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968",
		"ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6")
	add(latin1Encoder, latin1Decoder, "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859",
		"cp819", "iso_ir_100", "iso_8859_1_1987", "ibm819", "csisolatin1")
	add(utf16LEEncoder, utf16LEDecoder, "utf_16_le", "utf_16le", "unicodelittleunmarked")
	add(utf16BEEncoder, utf16BEDecoder, "utf_16_be", "utf_16be", "unicodebigunmarked")
	add(utf32LEEncoder, utf32LEDecoder, "utf_32_le", "utf_32le")
	add(utf32BEEncoder, utf32BEDecoder, "utf_32_be", "utf_32be")
}

// asciiCompatible are the Go codecs that map ASCII to itself, for the
// all-ASCII shortcut of str.encode and bytes.decode.
var asciiCompatible = map[*encoderSpec]bool{utf8Encoder: true, asciiEncoder: true, latin1Encoder: true}

func isASCIIBytes(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// goCodecName normalizes enc like encodings.normalize_encoding plus
// lower-casing, for the Go codec table.
func goCodecName(enc string) string {
	return strings.NewReplacer("-", "_", " ", "_").Replace(strings.ToLower(enc))
}

// textEncode is str.encode: Go codecs directly, the others through the
// codec registry, which must give bytes.
func textEncode(t *Thread, s, enc, errs string) ([]byte, error) {
	if enc == "" {
		enc = "utf-8"
	}
	n := goCodecName(enc)
	if c, ok := goCodecs[n]; ok {
		if asciiCompatible[c.enc] && isASCII(s) {
			return []byte(s), nil
		}
		b, err := encodeRunes(t, c.enc, s, errs)
		if err != nil && !fastCodecs[n] {
			err = wrapCodecError(err, "encoding", enc)
		}
		return b, err
	}
	switch n {
	case "utf_16", "utf16":
		b, err := encodeRunes(t, utf16Enc, s, errs)
		return append([]byte{0xFF, 0xFE}, b...), err
	case "utf_32", "utf32":
		b, err := encodeRunes(t, utf32Enc, s, errs)
		return append([]byte{0xFF, 0xFE, 0, 0}, b...), err
	}
	info, err := textCodecInfo(t, enc)
	if err != nil {
		return nil, err
	}
	r, err := callCodec(t, info.items[0], StrValue(s), errs, "encoder")
	if err != nil {
		return nil, wrapCodecError(err, "encoding", enc)
	}
	if b, ok := bytesData(r); ok {
		return b, nil
	}
	return nil, NewError(&TypeErrorType, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", enc, typeName(r))
}

// textDecode is bytes.decode.
func textDecode(t *Thread, b []byte, enc, errs string) (string, error) {
	if enc == "" {
		enc = "utf-8"
	}
	n := goCodecName(enc)
	if c, ok := goCodecs[n]; ok {
		if asciiCompatible[c.enc] && isASCIIBytes(b) {
			return string(b), nil
		}
		s, _, err := decodeWith(t, c.dec, b, errs, true)
		if err != nil && !fastCodecs[n] {
			err = wrapCodecError(err, "decoding", enc)
		}
		return s, err
	}
	switch n {
	case "utf_16", "utf16":
		s, _, _, err := decodeBOM(t, b, errs, 0, true, 2)
		return s, err
	case "utf_32", "utf32":
		s, _, _, err := decodeBOM(t, b, errs, 0, true, 4)
		return s, err
	}
	info, err := textCodecInfo(t, enc)
	if err != nil {
		return "", err
	}
	r, err := callCodec(t, info.items[1], BytesValue(b), errs, "decoder")
	if err != nil {
		return "", wrapCodecError(err, "decoding", enc)
	}
	if s, ok := asStr(r); ok {
		return s.s, nil
	}
	return "", NewError(&TypeErrorType, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", enc, typeName(r))
}

// fastCodecs are the names str.encode and bytes.decode handle without
// the codec registry in CPython (PyUnicode_Decode's shortcuts); errors
// from the others are wrapped by wrapCodecError.
var fastCodecs = map[string]bool{"utf_8": true, "utf8": true, "utf_16": true, "utf16": true, "utf_32": true,
	"utf32": true, "latin_1": true, "latin1": true, "iso_8859_1": true, "iso8859_1": true, "ascii": true, "us_ascii": true}

// wrapCodecError is CPython's wrap_codec_error: a plain exception from
// a codec found through the registry is replaced by one of the same type
// whose message names the codec, chained to the original.
func wrapCodecError(err error, what, enc string) error {
	e, ok := err.(*Exception)
	if !ok || len(e.Args) > 1 || e.attrs.shape != nil || e.attrs.dict != nil || e.typ.Flags&FlagHeap != 0 {
		return err
	}
	for _, tp := range []*Type{&UnicodeErrorType, &OSErrorType, &SyntaxErrorType, &ImportErrorType,
		&StopIterationType, &SystemExitType, &NameErrorType, &AttributeErrorType, &BaseExceptionGroupType} {
		if e.typ.IsSubtype(tp) {
			return err
		}
	}
	w := NewError(e.typ, "%s with '%s' codec failed (%s: %s)", what, enc, e.typ.Name, exceptionStrGo(e))
	w.Cause, w.SuppressContext, w.Context = e, true, e
	return w
}

// textCodecInfo looks up a codec that must be a text encoding.
func textCodecInfo(t *Thread, enc string) (*Tuple, error) {
	info, err := codecLookup(t, enc)
	if err != nil {
		return nil, err
	}
	if v, err := GetAttrString(t, info, "_is_text_encoding"); err == nil {
		if ok, err := Truth(t, v); err != nil {
			return nil, err
		} else if !ok {
			return nil, NewError(&LookupErrorType, "'%s' is not a text encoding; use codecs.encode() to handle arbitrary codecs", enc)
		}
	}
	return objectAs[Tuple](info.ref), nil
}

// callCodec calls an encoder or decoder and returns the first item of
// its (result, length) tuple.
func callCodec(t *Thread, fn, obj Value, errs, what string) (Value, error) {
	args := []Value{obj}
	if errs != "" {
		args = append(args, StrValue(errs))
	}
	r, err := Call(t, fn, args, nil)
	if err != nil {
		return Value{}, err
	}
	tu, ok := asTuple(r)
	if !ok || len(tu.items) != 2 {
		return Value{}, NewError(&TypeErrorType, "%s must return a tuple (object, integer)", what)
	}
	return tu.items[0], nil
}

// codecArgs unpacks the positional-only arguments of a per-codec
// function: kinds are 's' (str), 'b' (bytes-like), 'B' (bytes-like or
// str), 'e' (errors: str or None), 'i' (int), 'f' (bool), 'o' (any).
// The first required arguments are the leading ones up to min.
func codecArgs(t *Thread, name string, args []Value, kw []string, kinds string, min int) ([]Value, error) {
	if len(kw) > 0 {
		return nil, NewError(&TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) < min || len(args) > len(kinds) {
		if min == len(kinds) {
			return nil, NewError(&TypeErrorType, "%s expected %d arguments, got %d", name, min, len(args))
		}
		if len(args) < min {
			return nil, NewError(&TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, codecPlural(min), len(args))
		}
		return nil, NewError(&TypeErrorType, "%s expected at most %d arguments, got %d", name, len(kinds), len(args))
	}
	out := make([]Value, len(kinds))
	copy(out, args)
	for i, v := range args {
		switch kinds[i] {
		case 's':
			if !isStr(v) {
				return nil, NewError(&TypeErrorType, "%s() argument %d must be str, not %s", name, i+1, argTypeName(v))
			}
		case 'b':
			if _, ok := bytesData(v); !ok {
				return nil, NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(v))
			}
		case 'B':
			if s, ok := asStr(v); ok {
				out[i] = BytesValue([]byte(s.s))
			} else if _, ok := bytesData(v); !ok {
				return nil, NewError(&TypeErrorType, "argument %d must be str or bytes-like, not %s", i+1, argTypeName(v))
			}
		case 'e':
			if !v.IsNone() && !isStr(v) {
				return nil, NewError(&TypeErrorType, "%s() argument %d must be str or None, not %s", name, i+1, argTypeName(v))
			}
		case 'i':
			if v.IsFloat() {
				return nil, NewError(&TypeErrorType, "'float' object cannot be interpreted as an integer")
			}
			iv, err := indexValue(t, v, "")
			if err != nil {
				return nil, err
			}
			out[i] = iv
		case 'f':
			if v.IsFloat() {
				return nil, NewError(&TypeErrorType, "'float' object cannot be interpreted as an integer")
			}
			b, err := Truth(t, v)
			if err != nil {
				return nil, err
			}
			out[i] = Bool(b)
		}
	}
	return out, nil
}

func codecPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// errsOf is the errors argument as a string ("" for absent or None).
func errsOf(v Value) string {
	if s, ok := asStr(v); ok {
		return s.s
	}
	return ""
}

func flagOf(v Value, dflt bool) bool {
	if v.IsNull() {
		return dflt
	}
	return v.AsBool()
}

func intOf(v Value) int {
	if v.IsNull() {
		return 0
	}
	n, _ := smallInt(v)
	return int(n)
}

func pair(a Value, n int) Value { return NewTupleValue([]Value{a, Int(int64(n))}) }

func makeCodecsModule(in *Interpreter) *Module {
	m := NewModule("_codecs")
	fn := func(name string, f BuiltinFn) { moduleFn(m, name, f) }
	fn("register", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("register", args, kw, 1); err != nil {
			return Value{}, err
		}
		if args[0].Type().Slots.Call == nil && args[0].Type() != &FunctionType {
			return Value{}, NewError(&TypeErrorType, "argument must be callable")
		}
		reg := codecRegistryOf(t)
		reg.search = append(reg.search, args[0])
		return None, nil
	})
	fn("unregister", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("unregister", args, kw, 1); err != nil {
			return Value{}, err
		}
		reg := codecRegistryOf(t)
		for i, f := range reg.search {
			if f.Is(args[0]) {
				reg.search = append(reg.search[:i:i], reg.search[i+1:]...)
				reg.cache = map[string]Value{}
				break
			}
		}
		return None, nil
	})
	fn("lookup", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "lookup", args, kw, "s", 1)
		if err != nil {
			return Value{}, err
		}
		return codecLookup(t, mustStr(a[0]).s)
	})
	for _, which := range []string{"encode", "decode"} {
		which := which
		fn(which, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			a, err := clinicArgs(which, args, kw, []string{"obj", "encoding", "errors"}, 1, 3)
			if err != nil {
				return Value{}, err
			}
			enc, errs := "utf-8", ""
			for i, p := range []*string{&enc, &errs} {
				if v := a[i+1]; !v.IsNull() {
					s, ok := asStr(v)
					if !ok {
						return Value{}, NewError(&TypeErrorType, "%s() argument '%s' must be str, not %s", which, []string{"encoding", "errors"}[i], argTypeName(v))
					}
					*p = s.s
				}
			}
			info, err := codecLookup(t, enc)
			if err != nil {
				return Value{}, err
			}
			k := 0
			what := "encoder"
			if which == "decode" {
				k, what = 1, "decoder"
			}
			return callCodec(t, objectAs[Tuple](info.ref).items[k], a[0], errs, what)
		})
	}
	fn("register_error", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "register_error", args, kw, "so", 2)
		if err != nil {
			return Value{}, err
		}
		if a[1].Type().Slots.Call == nil && a[1].Type() != &FunctionType {
			return Value{}, NewError(&TypeErrorType, "handler must be callable")
		}
		codecRegistryOf(t).errors[mustStr(a[0]).s] = a[1]
		return None, nil
	})
	fn("lookup_error", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "lookup_error", args, kw, "s", 1)
		if err != nil {
			return Value{}, err
		}
		name := mustStr(a[0]).s
		if builtinErrorHandlers[name] {
			return builtinErrorFunc(name), nil
		}
		return errorHandlerFn(t, name)
	})
	addCodecFunctions(m)
	return m
}

// encodeFn adds NAME_encode(str, errors=None) for a Go encoder.
func encodeFn(m *Module, name string, spec *encoderSpec, prefix []byte) {
	moduleFn(m, name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, name, args, kw, "se", 1)
		if err != nil {
			return Value{}, err
		}
		s := mustStr(a[0])
		b, err := encodeRunes(t, spec, s.s, errsOf(a[1]))
		if err != nil {
			return Value{}, err
		}
		if prefix != nil {
			b = append(append([]byte(nil), prefix...), b...)
		}
		return pair(BytesValue(b), s.Len()), nil
	})
}

// decodeFn adds NAME_decode(data, errors=None[, final=False]).
func decodeFn(m *Module, name string, spec *decoderSpec, hasFinal bool) {
	kinds := "be"
	if hasFinal {
		kinds = "bef"
	}
	moduleFn(m, name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, name, args, kw, kinds, 1)
		if err != nil {
			return Value{}, err
		}
		b, _ := bytesData(a[0])
		s, n, err := decodeWith(t, spec, b, errsOf(a[1]), !hasFinal || flagOf(a[2], false))
		if err != nil {
			return Value{}, err
		}
		return pair(StrValue(s), n), nil
	})
}

func addCodecFunctions(m *Module) {
	encodeFn(m, "utf_8_encode", utf8Encoder, nil)
	decodeFn(m, "utf_8_decode", utf8Decoder, true)
	encodeFn(m, "ascii_encode", asciiEncoder, nil)
	decodeFn(m, "ascii_decode", asciiDecoder, false)
	encodeFn(m, "latin_1_encode", latin1Encoder, nil)
	decodeFn(m, "latin_1_decode", latin1Decoder, false)
	encodeFn(m, "utf_16_le_encode", utf16LEEncoder, nil)
	encodeFn(m, "utf_16_be_encode", utf16BEEncoder, nil)
	decodeFn(m, "utf_16_le_decode", utf16LEDecoder, true)
	decodeFn(m, "utf_16_be_decode", utf16BEDecoder, true)
	encodeFn(m, "utf_32_le_encode", utf32LEEncoder, nil)
	encodeFn(m, "utf_32_be_encode", utf32BEEncoder, nil)
	decodeFn(m, "utf_32_le_decode", utf32LEDecoder, true)
	decodeFn(m, "utf_32_be_decode", utf32BEDecoder, true)
	for _, w := range []int{2, 4} {
		w := w
		bits := "16"
		if w == 4 {
			bits = "32"
		}
		name := "utf_" + bits + "_encode"
		moduleFn(m, name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			a, err := codecArgs(t, name, args, kw, "sei", 1)
			if err != nil {
				return Value{}, err
			}
			s := mustStr(a[0])
			bo := intOf(a[2])
			var spec *encoderSpec
			var bom []byte
			switch {
			case w == 2 && bo == 0:
				spec, bom = utf16Enc, []byte{0xFF, 0xFE}
			case w == 2 && bo < 0:
				spec = utf16Encoder("utf-16", false)
			case w == 2:
				spec = utf16Encoder("utf-16", true)
			case bo == 0:
				spec, bom = utf32Enc, []byte{0xFF, 0xFE, 0, 0}
			case bo < 0:
				spec = utf32Encoder("utf-32", false)
			default:
				spec = utf32Encoder("utf-32", true)
			}
			b, err := encodeRunes(t, spec, s.s, errsOf(a[1]))
			if err != nil {
				return Value{}, err
			}
			return pair(BytesValue(append(bom, b...)), s.Len()), nil
		})
		name2 := "utf_" + bits + "_decode"
		moduleFn(m, name2, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			a, err := codecArgs(t, name2, args, kw, "bef", 1)
			if err != nil {
				return Value{}, err
			}
			b, _ := bytesData(a[0])
			s, n, _, err := decodeBOM(t, b, errsOf(a[1]), 0, flagOf(a[2], false), w)
			if err != nil {
				return Value{}, err
			}
			return pair(StrValue(s), n), nil
		})
		name3 := "utf_" + bits + "_ex_decode"
		moduleFn(m, name3, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			a, err := codecArgs(t, name3, args, kw, "beif", 1)
			if err != nil {
				return Value{}, err
			}
			b, _ := bytesData(a[0])
			bo := intOf(a[2])
			s, n, found, err := decodeBOM(t, b, errsOf(a[1]), bo, flagOf(a[3], false), w)
			if err != nil {
				return Value{}, err
			}
			if bo == 0 {
				bo = found
			}
			return NewTupleValue([]Value{StrValue(s), Int(int64(n)), Int(int64(bo))}), nil
		})
	}
	for _, raw := range []bool{false, true} {
		raw := raw
		prefix := "unicode_escape"
		if raw {
			prefix = "raw_unicode_escape"
		}
		moduleFn(m, prefix+"_encode", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			a, err := codecArgs(t, prefix+"_encode", args, kw, "se", 1)
			if err != nil {
				return Value{}, err
			}
			s := mustStr(a[0])
			return pair(BytesValue(unicodeEscapeEncode(s.s, raw)), s.Len()), nil
		})
		moduleFn(m, prefix+"_decode", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			a, err := codecArgs(t, prefix+"_decode", args, kw, "Bef", 1)
			if err != nil {
				return Value{}, err
			}
			b, _ := bytesData(a[0])
			s, n, err := unicodeEscapeDecode(t, b, errsOf(a[1]), flagOf(a[2], true), raw)
			if err != nil {
				return Value{}, err
			}
			return pair(StrValue(s), n), nil
		})
	}
	moduleFn(m, "escape_encode", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "escape_encode", args, kw, "oe", 1)
		if err != nil {
			return Value{}, err
		}
		if a[0].Type() != &BytesType {
			return Value{}, NewError(&TypeErrorType, "escape_encode() argument 1 must be bytes, not %s", argTypeName(a[0]))
		}
		b := mustData(a[0])
		return pair(BytesValue(escapeEncodeBytes(b)), len(b)), nil
	})
	moduleFn(m, "escape_decode", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "escape_decode", args, kw, "Be", 1)
		if err != nil {
			return Value{}, err
		}
		b, _ := bytesData(a[0])
		out, err := escapeDecodeBytes(b, errsOf(a[1]))
		if err != nil {
			return Value{}, err
		}
		return pair(BytesValue(out), len(b)), nil
	})
	moduleFn(m, "readbuffer_encode", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "readbuffer_encode", args, kw, "Be", 1)
		if err != nil {
			return Value{}, err
		}
		b, _ := bytesData(a[0])
		return pair(BytesValue(append([]byte(nil), b...)), len(b)), nil
	})
	addCharmapFunctions(m)
	addUTF7Functions(m)
}
