package interp

// This file implements _io.BytesIO (CPython's Modules/_io/bytesio.c): an
// in-memory binary stream. getbuffer() needs memoryview, which pyjit does
// not have yet.

var bytesIOType = Type{Name: "BytesIO", Base: &ioBaseType}

// bytesIO is the state of a BytesIO.
type bytesIO struct {
	buf []byte
	pos int
}

func bytesIONew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return newIOObject(typ, &bytesIO{}), nil
}

func bytesIOInit(t *Thread, self Value, args []Value, kwnames []string) error {
	a, err := clinicArgs("BytesIO", args, kwnames, []string{"initial_bytes"}, 0, 1)
	if err != nil {
		return err
	}
	st := &bytesIO{}
	if !a[0].IsNull() && !a[0].IsNone() {
		b, err := bufferArg(a[0])
		if err != nil {
			return err
		}
		st.buf = append([]byte(nil), b...)
	}
	o := ioObj(self)
	o.impl, o.closed = st, false
	return nil
}

func bytesIOSelf(self Value) (*bytesIO, error) {
	st, err := ioImpl[bytesIO](self)
	if err != nil {
		return nil, err
	}
	if ioObj(self).closed {
		return nil, NewError(&ValueErrorType, "I/O operation on closed file.")
	}
	return st, nil
}

func (st *bytesIO) read(n int) []byte {
	if st.pos >= len(st.buf) {
		return nil
	}
	rest := st.buf[st.pos:]
	if n >= 0 && n < len(rest) {
		rest = rest[:n]
	}
	st.pos += len(rest)
	return append([]byte(nil), rest...)
}

func (st *bytesIO) readline(limit int) []byte {
	if st.pos >= len(st.buf) {
		return nil
	}
	rest := st.buf[st.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	for i, c := range rest {
		if c == '\n' {
			rest = rest[:i+1]
			break
		}
	}
	st.pos += len(rest)
	return append([]byte(nil), rest...)
}

func (st *bytesIO) write(b []byte) {
	if len(b) == 0 {
		return
	}
	end := st.pos + len(b)
	if end > len(st.buf) {
		st.buf = append(st.buf, make([]byte, end-len(st.buf))...)
	}
	copy(st.buf[st.pos:], b)
	st.pos = end
}

// optSize parses an optional size argument of a BytesIO method.
func optSize(t *Thread, name string, args []Value, kw []string) (int, error) {
	if err := rangeArgs(name, args, kw, 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 {
		return -1, nil
	}
	return ioSizeArg(t, args[0])
}

func setupBytesIO() {
	tp := &bytesIOType
	initBuiltinType(tp, "Buffered I/O implementation using an in-memory bytes buffer.", &ioBufferedBaseType)
	tp.Module = "_io"
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{New: bytesIONew, Init: bytesIOInit, Next: bytesIONext}
	method := func(name string, f func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error)) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			st, err := bytesIOSelf(self)
			if err != nil {
				return Value{}, err
			}
			return f(t, st, args, kw)
		})
	}
	method("getvalue", func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getvalue", args, kw, 0); err != nil {
			return Value{}, err
		}
		return BytesValue(append([]byte(nil), st.buf...)), nil
	})
	method("getbuffer", func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
		return Value{}, notImplemented("BytesIO.getbuffer (memoryview)")
	})
	for _, n := range []string{"read", "read1"} {
		n := n
		method(n, func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
			size, err := optSize(t, n, args, kw)
			if err != nil {
				return Value{}, err
			}
			return BytesValue(st.read(size)), nil
		})
	}
	method("readline", func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
		size, err := optSize(t, "readline", args, kw)
		if err != nil {
			return Value{}, err
		}
		return BytesValue(st.readline(size)), nil
	})
	method("readlines", func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
		hint, err := optSize(t, "readlines", args, kw)
		if err != nil {
			return Value{}, err
		}
		var lines []Value
		total := 0
		for {
			l := st.readline(-1)
			if len(l) == 0 {
				break
			}
			lines = append(lines, BytesValue(l))
			total += len(l)
			if hint > 0 && total >= hint {
				break
			}
		}
		return NewListValue(lines), nil
	})
	for _, n := range []string{"readinto", "readinto1"} {
		n := n
		method(n, func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
			if err := exactArgs(n, args, kw, 1); err != nil {
				return Value{}, err
			}
			if !isByteArray(args[0]) {
				return Value{}, ioWritableBufferError(args[0])
			}
			ba := mustByteArray(args[0])
			got := st.read(len(ba.b))
			copy(ba.b, got)
			return Int(int64(len(got))), nil
		})
	}
	addMethod(tp, "write", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("write", args, kw, 1); err != nil {
			return Value{}, err
		}
		st, err := bytesIOSelf(self)
		if err != nil {
			return Value{}, err
		}
		b, err := bufferArg(args[0])
		if err != nil {
			return Value{}, err
		}
		st.write(b)
		return Int(int64(len(b))), nil
	})
	method("writelines", func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("writelines", args, kw, 1); err != nil {
			return Value{}, err
		}
		it, err := Iter(t, args[0])
		if err != nil {
			return Value{}, err
		}
		for {
			line, err := Next(t, it)
			if err != nil {
				return Value{}, err
			}
			if line.IsNull() {
				return None, nil
			}
			b, err := bufferArg(line)
			if err != nil {
				return Value{}, err
			}
			st.write(b)
		}
	})
	method("tell", func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
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
		st, err := bytesIOSelf(self)
		if err != nil {
			return Value{}, err
		}
		switch whence {
		case 0:
			if pos < 0 {
				return Value{}, NewError(&ValueErrorType, "negative seek value %d", pos)
			}
		case 1:
			pos += int64(st.pos)
		case 2:
			pos += int64(len(st.buf))
		default:
			return Value{}, NewError(&ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if pos < 0 {
			pos = 0
		}
		st.pos = int(pos)
		return Int(pos), nil
	})
	method("truncate", func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
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
			return Value{}, NewError(&ValueErrorType, "negative size value %d", size)
		}
		if size < int64(len(st.buf)) {
			st.buf = st.buf[:size]
		}
		return Int(size), nil
	})
	for _, n := range []string{"readable", "writable", "seekable"} {
		n := n
		method(n, func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
			if err := exactArgs(n, args, kw, 0); err != nil {
				return Value{}, err
			}
			return True, nil
		})
	}
	method("flush", func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("flush", args, kw, 0); err != nil {
			return Value{}, err
		}
		return None, nil
	})
	method("isatty", func(t *Thread, st *bytesIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("isatty", args, kw, 0); err != nil {
			return Value{}, err
		}
		return False, nil
	})
	addMethod(tp, "close", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("close", args, kw, 0); err != nil {
			return Value{}, err
		}
		o := ioObj(self)
		o.closed = true
		if st, ok := o.impl.(*bytesIO); ok {
			st.buf = nil
		}
		return None, nil
	})
	addGetSet(tp, "closed", func(t *Thread, v Value) (Value, error) { return Bool(ioObj(v).closed), nil }, nil)
	addSlotWrappers(tp)
	inheritSlots(tp)
}

func bytesIONext(t *Thread, v Value) (Value, error) {
	var line Value
	if v.Type() == &bytesIOType {
		st, err := bytesIOSelf(v)
		if err != nil {
			return Value{}, err
		}
		b := st.readline(-1)
		if len(b) == 0 {
			return Value{}, nil
		}
		return BytesValue(b), nil
	}
	line, err := ioMethod(t, v, "readline")
	if err != nil {
		return Value{}, err
	}
	n, err := Len(t, line)
	if err != nil || n == 0 {
		return Value{}, err
	}
	return line, nil
}
