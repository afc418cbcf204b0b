package interp

// This file implements the newline decoding of universal newlines mode
// (CPython's IncrementalNewlineDecoder in Modules/_io/textio.c): the Go
// logic StringIO and TextIOWrapper use, and the _io type around it.

// Seen-newline flags of a newline decoder (its newlines attribute).
const (
	seenLF   = 1
	seenCR   = 2
	seenCRLF = 4
)

// nlDecoder is the newline logic of IncrementalNewlineDecoder: it
// translates "\r\n" and "\r" to "\n" when translate is set, holds back a
// final '\r' until it knows whether "\n" follows, and records the kinds
// of newline seen.
type nlDecoder struct {
	translate bool
	pendingCR bool
	seen      int
}

func (d *nlDecoder) decode(s string, final bool) string {
	if d.pendingCR && (final || s != "") {
		s = "\r" + s
		d.pendingCR = false
	}
	if !final && len(s) > 0 && s[len(s)-1] == '\r' {
		s = s[:len(s)-1]
		d.pendingCR = true
	}
	hasCR := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			d.seen |= seenLF
		case '\r':
			hasCR = true
			if i+1 < len(s) && s[i+1] == '\n' {
				d.seen |= seenCRLF
				i++
			} else {
				d.seen |= seenCR
			}
		}
	}
	if d.translate && hasCR {
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			if s[i] == '\r' {
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
				b = append(b, '\n')
				continue
			}
			b = append(b, s[i])
		}
		s = string(b)
	}
	return s
}

// newlines is the decoder's newlines attribute.
func (d *nlDecoder) newlines() Value {
	switch d.seen {
	case seenLF:
		return StrValue("\n")
	case seenCR:
		return StrValue("\r")
	case seenCRLF:
		return StrValue("\r\n")
	case seenLF | seenCR:
		return NewTupleValue([]Value{StrValue("\r"), StrValue("\n")})
	case seenLF | seenCRLF:
		return NewTupleValue([]Value{StrValue("\n"), StrValue("\r\n")})
	case seenCR | seenCRLF:
		return NewTupleValue([]Value{StrValue("\r"), StrValue("\r\n")})
	case seenLF | seenCR | seenCRLF:
		return NewTupleValue([]Value{StrValue("\r"), StrValue("\n"), StrValue("\r\n")})
	}
	return None
}

// nlDecoderObj is the state of an IncrementalNewlineDecoder.
type nlDecoderObj struct {
	decoder Value // None or a codec's incremental decoder
	nl      nlDecoder
}

func setupNewlineDecoder() {
	tp := &nlDecoderType
	initBuiltinType(tp, "Codec used when reading a file in universal newlines mode.\n\nIt wraps another incremental decoder, translating \\r\\n and \\r into \\n.\nIt also records the types of newlines encountered.  When used with\ntranslate=False, it ensures that the newline sequence is returned in\none piece. When used with decoder=None, it expects unicode strings as\ndecode input and translates newlines without first invoking an external\ndecoder.")
	tp.Module = "_io"
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{New: func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		return newIOObject(typ, nil), nil
	}, Init: func(t *Thread, self Value, args []Value, kwnames []string) error {
		a, err := clinicArgs("IncrementalNewlineDecoder", args, kwnames, []string{"decoder", "translate", "errors"}, 2, 3)
		if err != nil {
			return err
		}
		tr, err := Truth(t, a[1])
		if err != nil {
			return err
		}
		ioObj(self).impl = &nlDecoderObj{decoder: a[0], nl: nlDecoder{translate: tr}}
		return nil
	}}
	method := func(name string, f func(t *Thread, d *nlDecoderObj, args []Value, kw []string) (Value, error)) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			d, err := ioImpl[nlDecoderObj](self)
			if err != nil {
				return Value{}, err
			}
			return f(t, d, args, kw)
		})
	}
	method("decode", func(t *Thread, d *nlDecoderObj, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("decode", args, kw, []string{"input", "final"}, 1, 2)
		if err != nil {
			return Value{}, err
		}
		final := false
		if !a[1].IsNull() {
			if final, err = Truth(t, a[1]); err != nil {
				return Value{}, err
			}
		}
		out := a[0]
		if !d.decoder.IsNone() {
			m, err := GetAttrString(t, d.decoder, "decode")
			if err != nil {
				return Value{}, err
			}
			if out, err = Call(t, m, []Value{a[0], Bool(final)}, []string{"final"}); err != nil {
				return Value{}, err
			}
		}
		s, ok := asStr(out)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "decoder should return a string result, not '%s'", typeName(out))
		}
		return StrValue(d.nl.decode(s.s, final)), nil
	})
	method("getstate", func(t *Thread, d *nlDecoderObj, args []Value, kw []string) (Value, error) {
		buf, flag := BytesValue(nil), int64(0)
		if !d.decoder.IsNone() {
			st, err := ioMethod(t, d.decoder, "getstate")
			if err != nil {
				return Value{}, err
			}
			tu, ok := asTuple(st)
			if !ok || len(tu.items) != 2 {
				return Value{}, NewError(&TypeErrorType, "illegal decoder state")
			}
			buf = tu.items[0]
			if flag, err = ioIntArg(t, tu.items[1]); err != nil {
				return Value{}, err
			}
		}
		flag <<= 1
		if d.nl.pendingCR {
			flag |= 1
		}
		return NewTupleValue([]Value{buf, Int(flag)}), nil
	})
	method("setstate", func(t *Thread, d *nlDecoderObj, args []Value, kw []string) (Value, error) {
		if err := exactArgs("IncrementalNewlineDecoder.setstate", args, kw, 1); err != nil {
			return Value{}, err
		}
		tu, ok := asTuple(args[0])
		if !ok || len(tu.items) != 2 {
			return Value{}, NewError(&TypeErrorType, "state argument must be a tuple")
		}
		flag, err := ioIntArg(t, tu.items[1])
		if err != nil {
			return Value{}, err
		}
		d.nl.pendingCR = flag&1 != 0
		if !d.decoder.IsNone() {
			if _, err := ioMethod(t, d.decoder, "setstate", NewTupleValue([]Value{tu.items[0], Int(flag >> 1)})); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	})
	method("reset", func(t *Thread, d *nlDecoderObj, args []Value, kw []string) (Value, error) {
		d.nl.seen, d.nl.pendingCR = 0, false
		if !d.decoder.IsNone() {
			return ioMethod(t, d.decoder, "reset")
		}
		return None, nil
	})
	addGetSet(tp, "newlines", func(t *Thread, v Value) (Value, error) {
		d, err := ioImpl[nlDecoderObj](v)
		if err != nil {
			return Value{}, err
		}
		return d.nl.newlines(), nil
	}, nil)
	addSlotWrappers(tp)
	inheritSlots(tp)
}
