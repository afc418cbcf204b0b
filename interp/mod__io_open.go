package interp

// This file implements _io.open and _io.open_code (CPython's
// Modules/_io/_iomodule.c): mode parsing with CPython's messages, and the
// FileIO / Buffered* / TextIOWrapper stack open() builds; and
// IncrementalNewlineDecoder (textio.c).

import "strings"

// ioAllTypes lists the classes the _io module exports.
func ioAllTypes() []*Type {
	return []*Type{&ioBaseType, &ioRawBaseType, &ioBufferedBaseType, &ioTextBaseType,
		&stringIOType, &bytesIOType, &fileIOType, &bufferedReaderType, &bufferedWriterType,
		&bufferedRandomType, &bufferedRWPairType, &textIOWrapperType, &nlDecoderType}
}

var (
	fileIOType         = Type{Name: "FileIO", Base: &ioBaseType}
	bufferedReaderType = Type{Name: "BufferedReader", Base: &ioBaseType}
	bufferedWriterType = Type{Name: "BufferedWriter", Base: &ioBaseType}
	bufferedRandomType = Type{Name: "BufferedRandom", Base: &ioBaseType}
	bufferedRWPairType = Type{Name: "BufferedRWPair", Base: &ioBaseType}
	textIOWrapperType  = Type{Name: "TextIOWrapper", Base: &ioBaseType}
	nlDecoderType      = Type{Name: "IncrementalNewlineDecoder", Base: &ioBaseType}
)

func setupIOFileTypes() {
	setupFileIO()
	setupBuffered()
	setupTextIOWrapper()
	setupNewlineDecoder()
}

// ioOpenBuiltin is builtins.open, which is also _io.open.
var ioOpenBuiltin = NewBuiltin("open", ioOpen)

// ioEnsure sets up the _io types before open() is first used.
func ioEnsure(t *Thread) {
	ioOnce.Do(func() {
		setupIOTypes()
		makeUnsupportedOperation(t)
	})
}

var openArgNames = []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}

// ioOpen is open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True, opener=None).
func ioOpen(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	ioEnsure(t)
	a, err := clinicArgs("open", args, kw, openArgNames, 1, 8)
	if err != nil {
		return Value{}, err
	}
	file := a[0]
	if !file.IsInt() && !file.IsBool() && !file.Type().IsSubtype(&IntType) {
		if _, err := ioFSPath(t, file); err != nil {
			return Value{}, err
		}
	}
	mode := "r"
	if !a[1].IsNull() {
		s, ok := asStr(a[1])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "open() argument 'mode' must be str, not %s", typeName(a[1]))
		}
		mode = s.s
	}
	buffering := int64(-1)
	if !a[2].IsNull() {
		if a[2].IsFloat() {
			return Value{}, NewError(&TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		if buffering, err = ioIntArg(t, a[2]); err != nil {
			return Value{}, err
		}
	}
	strOrNone := func(i int, name string) (Value, error) {
		v := a[i]
		if v.IsNull() || v.IsNone() {
			return Value{}, nil
		}
		if _, ok := asStr(v); !ok {
			return Value{}, NewError(&TypeErrorType, "open() argument '%s' must be str or None, not %s", name, typeName(v))
		}
		return v, nil
	}
	encoding, err := strOrNone(3, "encoding")
	if err != nil {
		return Value{}, err
	}
	errs, err := strOrNone(4, "errors")
	if err != nil {
		return Value{}, err
	}
	newline, err := strOrNone(5, "newline")
	if err != nil {
		return Value{}, err
	}
	closefd := True
	if !a[6].IsNull() {
		closefd = a[6]
	}
	opener := None
	if !a[7].IsNull() {
		opener = a[7]
	}
	var creating, reading, writing, appending, updating, text, binary bool
	for i, c := range mode {
		var p *bool
		switch c {
		case 'x':
			p = &creating
		case 'r':
			p = &reading
		case 'w':
			p = &writing
		case 'a':
			p = &appending
		case '+':
			p = &updating
		case 't':
			p = &text
		case 'b':
			p = &binary
		}
		if p == nil || strings.ContainsRune(mode[i+1:], c) {
			return Value{}, NewError(&ValueErrorType, "invalid mode: '%s'", mode)
		}
		*p = true
	}
	rawmode := ""
	for _, f := range []struct {
		on bool
		c  string
	}{{creating, "x"}, {reading, "r"}, {writing, "w"}, {appending, "a"}, {updating, "+"}} {
		if f.on {
			rawmode += f.c
		}
	}
	if text && binary {
		return Value{}, NewError(&ValueErrorType, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		return Value{}, NewError(&ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	if binary && !encoding.IsNull() {
		return Value{}, NewError(&ValueErrorType, "binary mode doesn't take an encoding argument")
	}
	if binary && !errs.IsNull() {
		return Value{}, NewError(&ValueErrorType, "binary mode doesn't take an errors argument")
	}
	if binary && !newline.IsNull() {
		return Value{}, NewError(&ValueErrorType, "binary mode doesn't take a newline argument")
	}
	raw, err := Call(t, TypeValue(&fileIOType), []Value{file, StrValue(rawmode), closefd, opener}, nil)
	if err != nil {
		return Value{}, err
	}
	result := raw
	fail := func(err error) (Value, error) {
		_, _ = ioMethod(t, result, "close")
		return Value{}, err
	}
	lineBuffering := false
	tty, err := ioMethod(t, raw, "isatty")
	if err != nil {
		return fail(err)
	}
	if buffering == 1 || tty.Is(True) {
		buffering = -1
		lineBuffering = true
	}
	if buffering < 0 {
		buffering = ioDefaultBufferSize
		if st, ok := ioObj(raw).impl.(*fileIO); ok && st.blksize > 1 {
			buffering = st.blksize
		}
	}
	if buffering == 0 {
		if !binary {
			return fail(NewError(&ValueErrorType, "can't have unbuffered text I/O"))
		}
		return raw, nil
	}
	bufType := &bufferedReaderType
	switch {
	case updating:
		bufType = &bufferedRandomType
	case creating || writing || appending:
		bufType = &bufferedWriterType
	}
	buffer, err := Call(t, TypeValue(bufType), []Value{raw, Int(buffering)}, nil)
	if err != nil {
		return fail(err)
	}
	result = buffer
	if binary {
		return buffer, nil
	}
	if encoding.IsNull() {
		encoding = None
	}
	if errs.IsNull() {
		errs = None
	}
	if newline.IsNull() {
		newline = None
	}
	wrapper, err := Call(t, TypeValue(&textIOWrapperType), []Value{buffer, encoding, errs, newline, Bool(lineBuffering)}, nil)
	if err != nil {
		return fail(err)
	}
	result = wrapper
	if err := SetAttr(t, wrapper, Intern("mode"), StrValue(mode)); err != nil {
		return fail(err)
	}
	return wrapper, nil
}

// ioOpenCode is open_code(path): open(path, 'rb').
func ioOpenCode(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("open_code", args, kw, []string{"path"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	if _, ok := asStr(a[0]); !ok {
		return Value{}, NewError(&TypeErrorType, "open_code() argument 'path' must be str, not %s", typeName(a[0]))
	}
	return ioOpen(t, None, []Value{a[0], StrValue("rb")}, nil)
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
		if err := exactArgs("setstate", args, kw, 1); err != nil {
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
