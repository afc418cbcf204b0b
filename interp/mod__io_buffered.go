package interp

// This file implements _io.BufferedReader, BufferedWriter, BufferedRandom
// and BufferedRWPair (CPython's Modules/_io/bufferedio.c): a read-ahead
// buffer and a write-behind buffer over a raw stream. The raw stream is
// driven through its Python methods, with a direct path for FileIO.

import (
	"bytes"
	"weak"
)

// buffered is the state of a BufferedReader, BufferedWriter or
// BufferedRandom. At most one of rbuf (read ahead, not yet returned) and
// wbuf (written, not yet passed to raw) is non-empty.
type buffered struct {
	raw                Value
	size               int
	readable, writable bool
	rbuf, wbuf         []byte
	detached           bool
	// owner is the Python object (weak: see mod__io_pending.go);
	// pending says wbuf is registered as unflushed.
	owner   weak.Pointer[ioObject]
	pending bool
	std     bool // a standard stream: flushed by flushStdStreams
}

// bufferedPair is the state of a BufferedRWPair.
type bufferedPair struct {
	reader, writer Value
}

func (b *buffered) fileIO() *fileIO {
	if b.raw.Type() == &fileIOType {
		if f, ok := ioObj(b.raw).impl.(*fileIO); ok && f.fd >= 0 {
			return f
		}
	}
	return nil
}

// rawRead reads up to n bytes from raw; none reports a None result (no
// data available on a non-blocking stream).
func (b *buffered) rawRead(t *Thread, n int) (data []byte, none bool, err error) {
	if f := b.fileIO(); f != nil && f.readable {
		d, ok, err := f.read(t, n)
		return d, !ok && err == nil, err
	}
	buf := ByteArrayValue(make([]byte, n))
	r, err := ioMethod(t, b.raw, "readinto", buf)
	if err != nil {
		return nil, false, err
	}
	if r.IsNone() {
		return nil, true, nil
	}
	k, err := ioIntArg(t, r)
	if err != nil {
		return nil, false, err
	}
	if k < 0 || k > int64(n) {
		return nil, false, NewError(&OSErrorType, "raw readinto() returned invalid length %d (should have been between 0 and %d)", k, n)
	}
	return mustData(buf)[:k], false, nil
}

// rawWrite passes p to raw.write until it is all written.
func (b *buffered) rawWrite(t *Thread, p []byte) error {
	for len(p) > 0 {
		var n int64
		if f := b.fileIO(); f != nil && f.writable {
			k, err := f.write(t, p)
			if err != nil {
				return err
			}
			n = int64(k)
		} else {
			r, err := ioMethod(t, b.raw, "write", BytesValue(append([]byte(nil), p...)))
			if err != nil {
				return err
			}
			if r.IsNone() {
				n = -1
			} else if n, err = ioIntArg(t, r); err != nil {
				return err
			}
			if n > int64(len(p)) {
				return NewError(&OSErrorType, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len(p))
			}
		}
		if n < 0 {
			return NewError(&BlockingIOErrorType, "write could not complete without blocking")
		}
		p = p[n:]
	}
	return nil
}

func (b *buffered) rawSeek(t *Thread, pos int64, whence int) (int64, error) {
	if f := b.fileIO(); f != nil {
		return f.seek(t, pos, whence)
	}
	r, err := ioMethod(t, b.raw, "seek", Int(pos), Int(int64(whence)))
	if err != nil {
		return 0, err
	}
	return ioIntArg(t, r)
}

// flushWrites passes the write buffer to raw.
func (b *buffered) flushWrites(t *Thread) error {
	if len(b.wbuf) == 0 {
		return nil
	}
	p := b.wbuf
	b.wbuf = nil
	if b.pending {
		b.pending = false
		clearPending(b)
	}
	return b.rawWrite(t, p)
}

// notePending registers unflushed data for flushing when the object
// becomes unreachable or the program exits.
func (b *buffered) notePending() {
	if b.pending || b.std || len(b.wbuf) == 0 {
		return
	}
	if o := b.owner.Value(); o != nil {
		b.pending = true
		notePending(o, b, func(t *Thread) {
			b.pending = false
			_ = b.flushWrites(t)
		}, false)
	}
}

// dropReadAhead moves raw back over unread read-ahead so that raw's
// position is the logical one (before a write or truncate).
func (b *buffered) dropReadAhead(t *Thread) error {
	if len(b.rbuf) == 0 {
		return nil
	}
	n := len(b.rbuf)
	b.rbuf = nil
	_, err := b.rawSeek(t, int64(-n), 1)
	return err
}

func (b *buffered) rawClosed(t *Thread) (bool, error) {
	if f := b.fileIO(); f != nil {
		return false, nil
	}
	return ioIsClosed(t, b.raw)
}

// check raises for a detached buffer and, when op is not empty, for a
// closed one ("read of closed file").
func (b *buffered) check(t *Thread, op string) error {
	if b.detached {
		return NewError(&ValueErrorType, "raw stream has been detached")
	}
	if op == "" {
		return nil
	}
	c, err := b.rawClosed(t)
	if err != nil {
		return err
	}
	if c {
		return NewError(&ValueErrorType, "%s of closed file", op)
	}
	return nil
}

func (b *buffered) fill(t *Thread, n int) (got bool, none bool, err error) {
	if n < b.size {
		n = b.size
	}
	d, none, err := b.rawRead(t, n)
	if err != nil || none {
		return false, none, err
	}
	b.rbuf = append(b.rbuf, d...)
	return len(d) > 0, false, nil
}

// read is read(n); n < 0 reads to the end. A None from raw with nothing
// buffered gives None.
func (b *buffered) read(t *Thread, n int) (Value, error) {
	if err := b.flushWrites(t); err != nil {
		return Value{}, err
	}
	if n < 0 {
		out := b.rbuf
		b.rbuf = nil
		var rest Value
		var err error
		if f := b.fileIO(); f != nil {
			d, ok, err := f.read(t, -1)
			if err != nil {
				return Value{}, err
			}
			rest = None
			if ok {
				rest = BytesValue(d)
			}
		} else if b.raw.Type().Lookup(Intern("readall")).IsNull() {
			// Without readall, raw.read() until EOF (or no data).
			var chunks []byte
			rest = None
			for {
				d, err := ioMethod(t, b.raw, "read")
				if err != nil {
					return Value{}, err
				}
				if d.IsNone() {
					if chunks != nil {
						rest = BytesValue(chunks)
					}
					break
				}
				data, ok := bytesData(d)
				if !ok {
					return Value{}, NewError(&TypeErrorType, "read() should return bytes")
				}
				if len(data) == 0 {
					rest = BytesValue(chunks)
					break
				}
				chunks = append(chunks, data...)
			}
		} else if rest, err = ioMethod(t, b.raw, "readall"); err != nil {
			return Value{}, err
		}
		if rest.IsNone() {
			if len(out) == 0 {
				return None, nil
			}
			return BytesValue(out), nil
		}
		d, ok := bytesData(rest)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "readall() should return bytes")
		}
		return BytesValue(append(append([]byte(nil), out...), d...)), nil
	}
	for len(b.rbuf) < n {
		got, none, err := b.fill(t, n-len(b.rbuf))
		if err != nil {
			return Value{}, err
		}
		if none && len(b.rbuf) == 0 {
			return None, nil
		}
		if !got {
			break
		}
	}
	k := min(n, len(b.rbuf))
	out := append([]byte(nil), b.rbuf[:k]...)
	b.rbuf = b.rbuf[k:]
	return BytesValue(out), nil
}

func (b *buffered) read1(t *Thread, n int) (Value, error) {
	if err := b.flushWrites(t); err != nil {
		return Value{}, err
	}
	if n < 0 {
		n = b.size
	}
	if n == 0 {
		return BytesValue(nil), nil
	}
	if len(b.rbuf) == 0 {
		if _, _, err := b.fill(t, n); err != nil {
			return Value{}, err
		}
	}
	k := min(n, len(b.rbuf))
	out := append([]byte(nil), b.rbuf[:k]...)
	b.rbuf = b.rbuf[k:]
	return BytesValue(out), nil
}

func (b *buffered) readline(t *Thread, limit int) (Value, error) {
	if err := b.flushWrites(t); err != nil {
		return Value{}, err
	}
	scanned := 0
	for {
		if i := bytes.IndexByte(b.rbuf[scanned:], '\n'); i >= 0 {
			end := scanned + i + 1
			if limit >= 0 && end > limit {
				end = limit
			}
			out := append([]byte(nil), b.rbuf[:end]...)
			b.rbuf = b.rbuf[end:]
			return BytesValue(out), nil
		}
		scanned = len(b.rbuf)
		if limit >= 0 && len(b.rbuf) >= limit {
			break
		}
		got, _, err := b.fill(t, b.size)
		if err != nil {
			return Value{}, err
		}
		if !got {
			break
		}
	}
	end := len(b.rbuf)
	if limit >= 0 && end > limit {
		end = limit
	}
	out := append([]byte(nil), b.rbuf[:end]...)
	b.rbuf = b.rbuf[end:]
	return BytesValue(out), nil
}

func (b *buffered) write(t *Thread, p []byte) error {
	if err := b.dropReadAhead(t); err != nil {
		return err
	}
	// As bufferedwriter_write: data that fits is buffered; otherwise
	// the buffer is flushed, then data larger than the buffer goes
	// straight to raw and smaller data is buffered.
	if len(p) <= b.size-len(b.wbuf) {
		b.wbuf = append(b.wbuf, p...)
		b.notePending()
		return nil
	}
	if err := b.flushWrites(t); err != nil {
		return err
	}
	if len(p) > b.size {
		return b.rawWrite(t, p)
	}
	b.wbuf = append(b.wbuf, p...)
	b.notePending()
	return nil
}

func (b *buffered) tell(t *Thread) (int64, error) {
	var pos int64
	var err error
	if f := b.fileIO(); f != nil {
		pos, err = f.seek(t, 0, 1)
	} else {
		var r Value
		if r, err = ioMethod(t, b.raw, "tell"); err == nil {
			pos, err = ioIntArg(t, r)
		}
	}
	if err != nil {
		return 0, err
	}
	if pos < 0 {
		return 0, NewError(&OSErrorType, "Raw stream returned invalid position %d", pos)
	}
	pos = pos - int64(len(b.rbuf)) + int64(len(b.wbuf))
	if pos < 0 {
		pos = 0
	}
	return pos, nil
}

// bufferedInit is the __init__ of the three single-stream classes.
func bufferedInit(name string, readable, writable bool) func(t *Thread, self Value, args []Value, kwnames []string) error {
	return func(t *Thread, self Value, args []Value, kwnames []string) error {
		a, err := clinicArgs(name, args, kwnames, []string{"raw", "buffer_size"}, 1, 2)
		if err != nil {
			return err
		}
		raw := a[0]
		if readable {
			if err := ioCheckCapability(t, raw, "readable", "File or stream is not readable."); err != nil {
				return err
			}
		}
		if writable {
			if err := ioCheckCapability(t, raw, "writable", "File or stream is not writable."); err != nil {
				return err
			}
		}
		if readable && writable {
			if err := ioCheckCapability(t, raw, "seekable", "File or stream is not seekable."); err != nil {
				return err
			}
		}
		size := int64(ioDefaultBufferSize)
		if !a[1].IsNull() {
			if size, err = ioIntArg(t, a[1]); err != nil {
				return err
			}
		}
		if size <= 0 {
			return NewError(&ValueErrorType, "buffer size must be strictly positive")
		}
		o := ioObj(self)
		o.impl = &buffered{raw: raw, size: int(size), readable: readable, writable: writable, owner: weak.Make(o)}
		return nil
	}
}

// bufferedSelf returns the state of a usable buffered object.
func bufferedSelf(self Value, op string, t *Thread) (*buffered, error) {
	b, err := ioImpl[buffered](self)
	if err != nil {
		return nil, err
	}
	return b, b.check(t, op)
}

func bufferedRepr(t *Thread, v Value) (Value, error) {
	name := "_io." + typeQualName(v.Type())
	if v.Type().Flags&FlagHeap != 0 {
		name = typeModule(t, v.Type()) + "." + typeQualName(v.Type())
	}
	nv, err := GetAttrString(t, v, "name")
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(&AttributeErrorType) || e.typ.IsSubtype(&ValueErrorType)) {
			return StrValue("<" + name + ">"), nil
		}
		return Value{}, err
	}
	r, err := Repr(t, nv)
	if err != nil {
		return Value{}, err
	}
	return StrValue("<" + name + " name=" + mustStr(r).s + ">"), nil
}

// addBufferedMethods gives tp the methods of a buffered object that
// reads, writes or both.
func addBufferedMethods(tp *Type, readable, writable bool) {
	method := func(name, op string, f func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error)) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			b, err := bufferedSelf(self, op, t)
			if err != nil {
				return Value{}, err
			}
			return f(t, self, b, args, kw)
		})
	}
	delegate := func(name string) {
		method(name, "", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return ioMethod(t, b.raw, name)
		})
	}
	for _, n := range []string{"fileno", "isatty", "seekable", "readable", "writable"} {
		delegate(n)
	}
	method("_dealloc_warn", "", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
		return None, nil
	})
	getter := func(name string) {
		addGetSet(tp, name, func(t *Thread, v Value) (Value, error) {
			b, err := bufferedSelf(v, "", t)
			if err != nil {
				return Value{}, err
			}
			return GetAttrString(t, b.raw, name)
		}, nil)
	}
	addGetSet(tp, "_finalizing", func(t *Thread, v Value) (Value, error) { return False, nil }, nil)
	getter("closed")
	getter("name")
	getter("mode")
	addGetSet(tp, "raw", func(t *Thread, v Value) (Value, error) {
		b, err := bufferedSelf(v, "", t)
		if err != nil {
			return Value{}, err
		}
		return b.raw, nil
	}, nil)
	method("close", "", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
		if err := exactArgs("close", args, kw, 0); err != nil {
			return Value{}, err
		}
		if c, err := b.rawClosed(t); err != nil || c {
			return None, err
		}
		_, flushErr := ioMethod(t, self, "flush")
		b.rbuf = nil
		_, err := ioMethod(t, b.raw, "close")
		if flushErr != nil {
			return Value{}, flushErr
		}
		return None, err
	})
	method("detach", "", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
		if err := exactArgs("detach", args, kw, 0); err != nil {
			return Value{}, err
		}
		if _, err := ioMethod(t, self, "flush"); err != nil {
			return Value{}, err
		}
		b.detached = true
		return b.raw, nil
	})
	method("flush", "", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
		if err := exactArgs("flush", args, kw, 0); err != nil {
			return Value{}, err
		}
		c, err := b.rawClosed(t)
		if err != nil {
			return Value{}, err
		}
		if c {
			if writable {
				return Value{}, NewError(&ValueErrorType, "flush of closed file")
			}
			return Value{}, ioClosedError()
		}
		if err := b.flushWrites(t); err != nil {
			return Value{}, err
		}
		return None, nil
	})
	method("seek", "", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
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
		if whence < 0 || whence > 2 {
			return Value{}, NewError(&ValueErrorType, "whence value %d unsupported", whence)
		}
		if err := b.check(t, "seek"); err != nil {
			return Value{}, err
		}
		if err := ioCheckCapability(t, b.raw, "seekable", "File or stream is not seekable."); err != nil {
			return Value{}, err
		}
		if err := b.flushWrites(t); err != nil {
			return Value{}, err
		}
		if whence == 1 {
			pos -= int64(len(b.rbuf))
		}
		b.rbuf = nil
		r, err := b.rawSeek(t, pos, int(whence))
		return Int(r), err
	})
	method("tell", "", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
		if err := exactArgs("tell", args, kw, 0); err != nil {
			return Value{}, err
		}
		r, err := b.tell(t)
		return Int(r), err
	})
	method("truncate", "truncate", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("truncate", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		if err := b.flushWrites(t); err != nil {
			return Value{}, err
		}
		if err := b.dropReadAhead(t); err != nil {
			return Value{}, err
		}
		pos := None
		if len(args) == 1 {
			pos = args[0]
		}
		return ioMethod(t, b.raw, "truncate", pos)
	})
	if readable {
		method("read", "read", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
			n, err := optSize(t, "read", args, kw)
			if err != nil {
				return Value{}, err
			}
			if n < -1 {
				return Value{}, NewError(&ValueErrorType, "read length must be non-negative or -1")
			}
			return b.read(t, n)
		})
		method("read1", "read", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
			n, err := optSize(t, "read1", args, kw)
			if err != nil {
				return Value{}, err
			}
			return b.read1(t, n)
		})
		method("peek", "peek", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
			if err := rangeArgs("peek", args, kw, 0, 1); err != nil {
				return Value{}, err
			}
			if err := b.flushWrites(t); err != nil {
				return Value{}, err
			}
			if len(b.rbuf) == 0 {
				if _, _, err := b.fill(t, b.size); err != nil {
					return Value{}, err
				}
			}
			return BytesValue(append([]byte(nil), b.rbuf...)), nil
		})
		method("readline", "readline", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
			n, err := optSize(t, "readline", args, kw)
			if err != nil {
				return Value{}, err
			}
			return b.readline(t, n)
		})
		for _, n := range []string{"readinto", "readinto1"} {
			n := n
			method(n, "readinto", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
				if err := exactArgs(n, args, kw, 1); err != nil {
					return Value{}, err
				}
				if !isByteArray(args[0]) {
					return Value{}, ioWritableBufferError(args[0])
				}
				ba := mustByteArray(args[0])
				var r Value
				var err error
				if n == "readinto" {
					r, err = b.read(t, len(ba.b))
				} else {
					r, err = b.read1(t, len(ba.b))
				}
				if err != nil || r.IsNone() {
					return r, err
				}
				d := mustData(r)
				copy(ba.b, d)
				return Int(int64(len(d))), nil
			})
		}
	}
	if writable {
		method("write", "", func(t *Thread, self Value, b *buffered, args []Value, kw []string) (Value, error) {
			if err := exactArgs("write", args, kw, 1); err != nil {
				return Value{}, err
			}
			p, err := bufferArg(args[0])
			if err != nil {
				return Value{}, err
			}
			if err := b.check(t, "write to"); err != nil {
				if e, ok := err.(*Exception); ok && e.typ == &ValueErrorType && !b.detached {
					return Value{}, NewError(&ValueErrorType, "write to closed file")
				}
				return Value{}, err
			}
			if err := b.write(t, append([]byte(nil), p...)); err != nil {
				return Value{}, err
			}
			return Int(int64(len(p))), nil
		})
	}
}

func setupBuffered() {
	for _, row := range []struct {
		tp                 *Type
		doc                string
		readable, writable bool
	}{
		{&bufferedReaderType, "Create a new buffered reader using the given readable raw IO object.", true, false},
		{&bufferedWriterType, "A buffer for a writeable sequential RawIO object.\n\nThe constructor creates a BufferedWriter for the given writeable raw\nstream. If the buffer_size is not given, it defaults to\nDEFAULT_BUFFER_SIZE.", false, true},
		{&bufferedRandomType, "A buffered interface to random access streams.\n\nThe constructor creates a reader and writer for a seekable stream,\nraw, given in the first argument. If the buffer_size is omitted it\ndefaults to DEFAULT_BUFFER_SIZE.", true, true},
	} {
		tp := row.tp
		initBuiltinType(tp, row.doc, &ioBufferedBaseType)
		tp.Module = "_io"
		tp.Flags |= FlagBaseType
		tp.Slots = Slots{New: func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
			return newIOObject(typ, nil), nil
		}, Init: bufferedInit(tp.Name, row.readable, row.writable), Repr: bufferedRepr}
		addBufferedMethods(tp, row.readable, row.writable)
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
	setupBufferedRWPair()
}

// setupBufferedRWPair builds BufferedRWPair(reader, writer): a reader and
// a writer buffer over two raw streams.
func setupBufferedRWPair() {
	tp := &bufferedRWPairType
	initBuiltinType(tp, "A buffered reader and writer object together.\n\nA buffered reader object and buffered writer object put together to\nform a sequential IO object that can read and write. This is typically\nused with a socket or two-way pipe.\n\nreader and writer are RawIOBase objects that are readable and\nwriteable respectively. If the buffer_size is omitted it defaults to\nDEFAULT_BUFFER_SIZE.", &ioBufferedBaseType)
	tp.Module = "_io"
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{New: func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		return newIOObject(typ, nil), nil
	}, Init: func(t *Thread, self Value, args []Value, kwnames []string) error {
		if len(kwnames) > 0 {
			return NewError(&TypeErrorType, "BufferedRWPair() takes no keyword arguments")
		}
		if err := rangeArgs("BufferedRWPair", args, kwnames, 2, 3); err != nil {
			return err
		}
		rest := args[2:]
		r, err := Call(t, TypeValue(&bufferedReaderType), append([]Value{args[0]}, rest...), nil)
		if err != nil {
			return err
		}
		w, err := Call(t, TypeValue(&bufferedWriterType), append([]Value{args[1]}, rest...), nil)
		if err != nil {
			return err
		}
		ioObj(self).impl = &bufferedPair{reader: r, writer: w}
		return nil
	}}
	forward := func(name string, toWriter bool) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			p, err := ioImpl[bufferedPair](self)
			if err != nil {
				return Value{}, err
			}
			target := p.reader
			if toWriter {
				target = p.writer
			}
			m, err := GetAttrString(t, target, name)
			if err != nil {
				return Value{}, err
			}
			return Call(t, m, args, kw)
		})
	}
	for _, n := range []string{"read", "peek", "read1", "readinto", "readinto1", "readable"} {
		forward(n, false)
	}
	for _, n := range []string{"write", "flush", "writable"} {
		forward(n, true)
	}
	addMethod(tp, "seekable", func(t *Thread, self Value, args []Value, kw []string) (Value, error) { return False, nil })
	addMethod(tp, "isatty", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		p, err := ioImpl[bufferedPair](self)
		if err != nil {
			return Value{}, err
		}
		r, err := ioMethod(t, p.writer, "isatty")
		if err != nil {
			return Value{}, err
		}
		if tr, _ := Truth(t, r); tr {
			return r, nil
		}
		return ioMethod(t, p.reader, "isatty")
	})
	addMethod(tp, "close", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		p, err := ioImpl[bufferedPair](self)
		if err != nil {
			return Value{}, err
		}
		_, werr := ioMethod(t, p.writer, "close")
		_, rerr := ioMethod(t, p.reader, "close")
		if werr != nil {
			return Value{}, werr
		}
		return None, rerr
	})
	addGetSet(tp, "closed", func(t *Thread, v Value) (Value, error) {
		p, err := ioImpl[bufferedPair](v)
		if err != nil {
			return Value{}, err
		}
		return GetAttrString(t, p.writer, "closed")
	}, nil)
	addSlotWrappers(tp)
	inheritSlots(tp)
}
