package interp

// This file implements _io.open and _io.open_code (CPython's
// Modules/_io/_iomodule.c): mode parsing with CPython's messages, and the
// FileIO / Buffered* / TextIOWrapper stack open() builds.

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
