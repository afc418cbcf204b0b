package interp

// This file implements _io.StringIO (CPython's Modules/_io/stringio.c):
// an in-memory text stream holding code points, with the newline
// translation of its newline= argument, and the newline scanning that
// StringIO and TextIOWrapper share.

import "github.com/pyjit/pyjit/frontend/literal"

var stringIOType = Type{Name: "StringIO", Base: &ioBaseType}

// stringIO is the state of a StringIO.
type stringIO struct {
	buf []rune
	pos int
	// decoder translates or records newlines on write when newline is
	// None or ''; writenl replaces "\n" on write when newline starts
	// with '\r'.
	decoder    *nlDecoder
	newlineArg Value // the newline argument (null: the default "\n")
	writenl    string
	readnl     string
	translate  bool // newline=None: lines end at "\n" after translation
	universal  bool // newline=None or '': lines end at \r, \n or \r\n
}

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

// findLineEnd returns the index just past the first line ending in rs,
// or -1: "\n" when translated, any of \r, \n, \r\n when universal, else
// readnl (CPython's _PyIO_find_line_ending).
func findLineEnd(rs []rune, translated, universal bool, readnl []rune) int {
	switch {
	case translated:
		for i, r := range rs {
			if r == '\n' {
				return i + 1
			}
		}
	case universal:
		for i, r := range rs {
			if r == '\n' {
				return i + 1
			}
			if r == '\r' {
				if i+1 < len(rs) && rs[i+1] == '\n' {
					return i + 2
				}
				if i+1 == len(rs) {
					// "\r" at the end may still be followed by "\n".
					return -2
				}
				return i + 1
			}
		}
	default:
		for i := 0; i+len(readnl) <= len(rs); i++ {
			match := true
			for j, r := range readnl {
				if rs[i+j] != r {
					match = false
					break
				}
			}
			if match {
				return i + len(readnl)
			}
		}
	}
	return -1
}

// ioNewlineArg validates a newline= argument: null or None is "none".
func ioNewlineArg(v Value) (nl string, none bool, err error) {
	return ioNewlineArgMsg(v, true)
}

// ioNewlineArgMsg is ioNewlineArg; StringIO quotes a bad value in its
// message, TextIOWrapper does not.
func ioNewlineArgMsg(v Value, quote bool) (nl string, none bool, err error) {
	if v.IsNull() || v.IsNone() {
		return "", true, nil
	}
	s, ok := asStr(v)
	if !ok {
		return "", false, NewError(&TypeErrorType, "newline must be str or None, not %s", typeName(v))
	}
	switch s.s {
	case "", "\n", "\r", "\r\n":
		return s.s, false, nil
	}
	if !quote {
		return "", false, NewError(&ValueErrorType, "illegal newline value: %s", s.s)
	}
	r, _ := Repr(nil, v)
	return "", false, NewError(&ValueErrorType, "illegal newline value: %s", mustStr(r).s)
}

func stringIONew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return newIOObject(typ, &stringIO{readnl: "\n"}), nil
}

func stringIOInit(t *Thread, self Value, args []Value, kwnames []string) error {
	a, err := clinicArgs("StringIO", args, kwnames, []string{"initial_value", "newline"}, 0, 2)
	if err != nil {
		return err
	}
	nl, none := "\n", false
	if !a[1].IsNull() {
		if nl, none, err = ioNewlineArg(a[1]); err != nil {
			return err
		}
	}
	init := ""
	if !a[0].IsNull() && !a[0].IsNone() {
		s, ok := asStr(a[0])
		if !ok {
			return NewError(&TypeErrorType, "initial_value must be str or None, not %s", typeName(a[0]))
		}
		init = s.s
	}
	st := &stringIO{readnl: nl, universal: none || nl == "", translate: none, newlineArg: a[1]}
	if !a[1].IsNull() && none {
		st.newlineArg = None
	}
	if !none && nl != "" && nl[0] == '\r' {
		st.writenl = nl
	}
	if st.universal {
		st.decoder = &nlDecoder{translate: st.translate}
	}
	o := ioObj(self)
	o.impl, o.closed = st, false
	if init != "" {
		st.write(init)
		st.pos = 0
	}
	return nil
}

// write stores s at the position, translating newlines.
func (st *stringIO) write(s string) {
	if st.decoder != nil {
		s = st.decoder.decode(s, true)
	}
	if st.writenl != "" {
		s = replaceAll(s, "\n", st.writenl)
	}
	rs := literal.Runes(s)
	if len(rs) == 0 {
		return
	}
	for len(st.buf) < st.pos {
		st.buf = append(st.buf, 0)
	}
	end := st.pos + len(rs)
	if end > len(st.buf) {
		st.buf = append(st.buf, make([]rune, end-len(st.buf))...)
	}
	copy(st.buf[st.pos:], rs)
	st.pos = end
}

func replaceAll(s, old, new string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if i+len(old) <= len(s) && s[i:i+len(old)] == old {
			out = append(out, new...)
			i += len(old)
			continue
		}
		out = append(out, s[i])
		i++
	}
	return string(out)
}

// readline returns the next line, at most limit code points (< 0: no
// limit).
func (st *stringIO) readline(limit int) string {
	if st.pos >= len(st.buf) {
		return ""
	}
	rest := st.buf[st.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	end := findLineEnd(rest, st.translate, st.universal, []rune(st.readnl))
	if end == -2 {
		// A lone '\r' at the end of the buffer ends the line.
		end = len(rest)
	}
	if end < 0 {
		end = len(rest)
	}
	st.pos += end
	return literal.FromRunes(rest[:end])
}

// stringIOSelf returns the state of an open StringIO.
func stringIOSelf(self Value) (*stringIO, error) {
	st, err := ioImpl[stringIO](self)
	if err != nil {
		return nil, err
	}
	if ioObj(self).closed {
		return nil, NewError(&ValueErrorType, "I/O operation on closed file")
	}
	return st, nil
}

func setupStringIO() {
	tp := &stringIOType
	initBuiltinType(tp, "Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of object.  The newline\nargument is like the one of TextIOWrapper's constructor.", &ioTextBaseType)
	tp.Module = "_io"
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{New: stringIONew, Init: stringIOInit, Next: stringIONext}
	method := func(name string, f func(t *Thread, self Value, st *stringIO, args []Value, kw []string) (Value, error)) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			st, err := stringIOSelf(self)
			if err != nil {
				return Value{}, err
			}
			return f(t, self, st, args, kw)
		})
	}
	method("getvalue", func(t *Thread, self Value, st *stringIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getvalue", args, kw, 0); err != nil {
			return Value{}, err
		}
		return StrValue(literal.FromRunes(st.buf)), nil
	})
	method("read", func(t *Thread, self Value, st *stringIO, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("read", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		n := -1
		if len(args) == 1 {
			var err error
			if n, err = ioSizeArg(t, args[0]); err != nil {
				return Value{}, err
			}
		}
		if st.pos >= len(st.buf) {
			return StrValue(""), nil
		}
		rest := st.buf[st.pos:]
		if n >= 0 && n < len(rest) {
			rest = rest[:n]
		}
		st.pos += len(rest)
		return StrValue(literal.FromRunes(rest)), nil
	})
	method("readline", func(t *Thread, self Value, st *stringIO, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("readline", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		n := -1
		if len(args) == 1 {
			var err error
			if n, err = ioSizeArg(t, args[0]); err != nil {
				return Value{}, err
			}
		}
		return StrValue(st.readline(n)), nil
	})
	addMethod(tp, "write", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("write", args, kw, 1); err != nil {
			return Value{}, err
		}
		if _, err := ioImpl[stringIO](self); err != nil {
			return Value{}, err
		}
		s, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "string argument expected, got '%s'", typeName(args[0]))
		}
		st, err := stringIOSelf(self)
		if err != nil {
			return Value{}, err
		}
		st.write(s.s)
		return Int(int64(s.Len())), nil
	})
	method("tell", func(t *Thread, self Value, st *stringIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("tell", args, kw, 0); err != nil {
			return Value{}, err
		}
		return Int(int64(st.pos)), nil
	})
	addMethod(tp, "seek", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("seek", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		pos, err := ioIntArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		whence := int64(0)
		if len(args) == 2 {
			if whence, err = ioIntArg(t, args[1]); err != nil {
				return Value{}, err
			}
		}
		st, err := stringIOSelf(self)
		if err != nil {
			return Value{}, err
		}
		if whence < 0 || whence > 2 {
			return Value{}, NewError(&ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if pos < 0 && whence == 0 {
			return Value{}, NewError(&ValueErrorType, "Negative seek position %d", pos)
		}
		if whence != 0 && pos != 0 {
			return Value{}, NewError(&OSErrorType, "Can't do nonzero cur-relative seeks")
		}
		switch whence {
		case 1:
			pos = int64(st.pos)
		case 2:
			pos = int64(len(st.buf))
		}
		st.pos = int(pos)
		return Int(pos), nil
	})
	method("truncate", func(t *Thread, self Value, st *stringIO, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("truncate", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		size := int64(st.pos)
		if len(args) == 1 && !args[0].IsNone() {
			var err error
			if size, err = ioIntArg(t, args[0]); err != nil {
				return Value{}, err
			}
		}
		if size < 0 {
			return Value{}, NewError(&ValueErrorType, "Negative size value %d", size)
		}
		if size < int64(len(st.buf)) {
			st.buf = st.buf[:size]
		}
		return Int(size), nil
	})
	for _, n := range []string{"readable", "writable", "seekable"} {
		n := n
		method(n, func(t *Thread, self Value, st *stringIO, args []Value, kw []string) (Value, error) {
			if err := exactArgs(n, args, kw, 0); err != nil {
				return Value{}, err
			}
			return True, nil
		})
	}
	addMethod(tp, "close", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("close", args, kw, 0); err != nil {
			return Value{}, err
		}
		o := ioObj(self)
		o.closed = true
		if st, ok := o.impl.(*stringIO); ok {
			st.buf = nil
		}
		return None, nil
	})
	addGetSet(tp, "closed", func(t *Thread, v Value) (Value, error) {
		if _, err := ioImpl[stringIO](v); err != nil {
			return Value{}, err
		}
		return Bool(ioObj(v).closed), nil
	}, nil)
	addGetSet(tp, "line_buffering", func(t *Thread, v Value) (Value, error) {
		if _, err := stringIOSelf(v); err != nil {
			return Value{}, err
		}
		return False, nil
	}, nil)
	addGetSet(tp, "newlines", func(t *Thread, v Value) (Value, error) {
		st, err := stringIOSelf(v)
		if err != nil {
			return Value{}, err
		}
		if st.decoder == nil {
			return None, nil
		}
		return st.decoder.newlines(), nil
	}, nil)
	addSlotWrappers(tp)
	inheritSlots(tp)
}

// stringIONext is StringIO.__next__: a subclass's own readline is
// honoured, as in CPython.
func stringIONext(t *Thread, v Value) (Value, error) {
	var line Value
	if v.Type() == &stringIOType {
		st, err := stringIOSelf(v)
		if err != nil {
			return Value{}, err
		}
		line = StrValue(st.readline(-1))
	} else {
		var err error
		if line, err = ioMethod(t, v, "readline"); err != nil {
			return Value{}, err
		}
		if _, ok := asStr(line); !ok {
			return Value{}, NewError(&OSErrorType, "readline() should have returned a str object, not '%s'", typeName(line))
		}
	}
	if mustStr(line).Len() == 0 {
		return Value{}, nil
	}
	return line, nil
}
