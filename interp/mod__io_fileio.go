package interp

// This file implements _io.FileIO (CPython's Modules/_io/fileio.c): raw
// binary I/O on a file descriptor through system calls.

import (
	"fmt"
	"io"
	"syscall"

	"golang.org/x/sys/unix"
)

// fileIO is the state of a FileIO.
type fileIO struct {
	fd                           int
	readable, writable, appendng bool
	created, closefd             bool
	seekable                     int // -1 unknown, 0 no, 1 yes
	blksize                      int64
	// std marks the raw layer of a standard stream: out (for stdout
	// and stderr) receives its writes and tty is its isatty().
	std bool
	tty bool
	out io.Writer
}

const fileIOModeMsg = "Must have exactly one of create/read/write/append mode and at most one plus"

func fileIONew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return newIOObject(typ, &fileIO{fd: -1, seekable: -1}), nil
}

// fileIOInit is FileIO.__init__(file, mode='r', closefd=True, opener=None).
func fileIOInit(t *Thread, self Value, args []Value, kwnames []string) error {
	a, err := clinicArgs("FileIO", args, kwnames, []string{"file", "mode", "closefd", "opener"}, 1, 4)
	if err != nil {
		return err
	}
	flushDeadWriters(t)
	o := ioObj(self)
	if old, ok := o.impl.(*fileIO); ok && old.fd >= 0 && old.closefd {
		_ = syscall.Close(old.fd)
	}
	st := &fileIO{fd: -1, seekable: -1, closefd: true}
	o.impl = st
	file := a[0]
	fd := -1
	var path string
	if file.IsInt() || file.IsBool() || file.Type().IsSubtype(&IntType) {
		n, err := ioIntArg(t, file)
		if err != nil {
			return err
		}
		if n < 0 {
			return NewError(&ValueErrorType, "negative file descriptor")
		}
		fd = int(n)
	} else {
		p, err := ioFSPath(t, file)
		if err != nil {
			return err
		}
		path = p
	}
	mode := "r"
	if !a[1].IsNull() {
		s, ok := asStr(a[1])
		if !ok {
			return NewError(&TypeErrorType, "FileIO() argument 'mode' must be str, not %s", typeName(a[1]))
		}
		mode = s.s
	}
	if !a[2].IsNull() {
		if st.closefd, err = Truth(t, a[2]); err != nil {
			return err
		}
	}
	flags, err := st.parseMode(mode)
	if err != nil {
		return err
	}
	if fd >= 0 {
		st.fd = fd
	} else {
		if !st.closefd {
			return NewError(&ValueErrorType, "Cannot use closefd=False with file name")
		}
		if !a[3].IsNull() && !a[3].IsNone() {
			r, err := Call(t, a[3], []Value{file, Int(int64(flags))}, nil)
			if err != nil {
				return err
			}
			if !r.IsInt() {
				return NewError(&TypeErrorType, "expected integer from opener")
			}
			if r.AsInt() < 0 {
				return NewError(&ValueErrorType, "opener returned %d", r.AsInt())
			}
			st.fd = int(r.AsInt())
		} else {
			for {
				st.fd, err = syscall.Open(path, flags|syscall.O_CLOEXEC, 0o666)
				if err != syscall.EINTR {
					break
				}
			}
			if err != nil {
				st.fd = -1
				return ioGoError(t, err, file)
			}
		}
	}
	var sb syscall.Stat_t
	if err := syscall.Fstat(st.fd, &sb); err != nil {
		if err == syscall.EBADF {
			e := ioGoError(t, err, Value{})
			st.fd = -1
			return e
		}
	} else {
		if sb.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			if st.closefd && fd < 0 {
				_ = syscall.Close(st.fd)
			}
			st.fd = -1
			return ioErrno(t, syscall.EISDIR, file)
		}
		if sb.Blksize > 1 {
			st.blksize = int64(sb.Blksize)
		}
	}
	if st.blksize == 0 {
		st.blksize = ioDefaultBufferSize
	}
	o.closed = false
	if err := o.attrs.Set(t, Intern("name"), file); err != nil {
		return err
	}
	if st.appendng {
		// For consistent behaviour, explicitly seek to the end of file
		// (otherwise, it might be done only on the first write()).
		_, _ = syscall.Seek(st.fd, 0, 2)
	}
	return nil
}

// parseMode sets the capability flags from a FileIO mode and returns the
// open(2) flags.
func (st *fileIO) parseMode(mode string) (int, error) {
	rwa, plus := false, false
	flags := 0
	bad := func() (int, error) {
		return 0, NewError(&ValueErrorType, "invalid mode: %s", mode)
	}
	for _, c := range mode {
		switch c {
		case 'x', 'r', 'w', 'a':
			if rwa {
				return 0, NewError(&ValueErrorType, fileIOModeMsg)
			}
			rwa = true
			switch c {
			case 'x':
				st.created, st.writable = true, true
				flags |= syscall.O_EXCL | syscall.O_CREAT
			case 'r':
				st.readable = true
			case 'w':
				st.writable = true
				flags |= syscall.O_CREAT | syscall.O_TRUNC
			case 'a':
				st.writable, st.appendng = true, true
				flags |= syscall.O_APPEND | syscall.O_CREAT
			}
		case 'b':
		case '+':
			if plus {
				return 0, NewError(&ValueErrorType, fileIOModeMsg)
			}
			st.readable, st.writable, plus = true, true, true
		default:
			return bad()
		}
	}
	if !rwa {
		return 0, NewError(&ValueErrorType, fileIOModeMsg)
	}
	switch {
	case st.readable && st.writable:
		flags |= syscall.O_RDWR
	case st.readable:
		flags |= syscall.O_RDONLY
	default:
		flags |= syscall.O_WRONLY
	}
	return flags, nil
}

// modeString is FileIO.mode.
func (st *fileIO) modeString() string {
	switch {
	case st.created:
		if st.readable {
			return "xb+"
		}
		return "xb"
	case st.appendng:
		if st.readable {
			return "ab+"
		}
		return "ab"
	case st.readable && st.writable:
		return "rb+"
	case st.readable:
		return "rb"
	}
	return "wb"
}

// ioFSPath is os.fspath for file names: str, bytes or os.PathLike.
func ioFSPath(t *Thread, v Value) (string, error) {
	if s, ok := asStr(v); ok {
		return s.s, nil
	}
	if b, ok := bytesData(v); ok && !isByteArray(v) {
		return string(b), nil
	}
	r, found, err := callMethod(t, v, "__fspath__")
	if err != nil {
		return "", err
	}
	if found {
		if s, ok := asStr(r); ok {
			return s.s, nil
		}
		if b, ok := bytesData(r); ok && !isByteArray(r) {
			return string(b), nil
		}
		return "", NewError(&TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", typeName(v), typeName(r))
	}
	return "", NewError(&TypeErrorType, "expected str, bytes or os.PathLike object, not %s", typeName(v))
}

// fileIOSelf returns the state of an open FileIO.
func fileIOSelf(self Value) (*fileIO, error) {
	st, err := ioImpl[fileIO](self)
	if err != nil {
		return nil, err
	}
	if st.fd < 0 {
		return nil, NewError(&ValueErrorType, "I/O operation on closed file")
	}
	return st, nil
}

// read reads up to n bytes (n < 0: to end of file); nil with a nil
// error means EAGAIN on a non-blocking descriptor (read() returns None).
func (st *fileIO) read(t *Thread, n int) ([]byte, bool, error) {
	if n < 0 {
		var out []byte
		buf := make([]byte, 64*1024)
		for {
			k, err := syscall.Read(st.fd, buf)
			if err == syscall.EINTR {
				continue
			}
			if err == syscall.EAGAIN {
				if out == nil {
					return nil, false, nil
				}
				break
			}
			if err != nil {
				return nil, false, ioGoError(t, err, Value{})
			}
			if k == 0 {
				break
			}
			out = append(out, buf[:k]...)
		}
		if out == nil {
			out = []byte{}
		}
		return out, true, nil
	}
	buf := make([]byte, n)
	for {
		k, err := syscall.Read(st.fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN {
			return nil, false, nil
		}
		if err != nil {
			return nil, false, ioGoError(t, err, Value{})
		}
		return buf[:k], true, nil
	}
}

func (st *fileIO) write(t *Thread, b []byte) (int, error) {
	if st.out != nil {
		if _, err := st.out.Write(b); err != nil {
			return 0, NewError(&OSErrorType, "%s", err.Error())
		}
		return len(b), nil
	}
	for {
		n, err := syscall.Write(st.fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN {
			return -1, nil
		}
		if err != nil {
			return 0, ioGoError(t, err, Value{})
		}
		return n, nil
	}
}

func (st *fileIO) seek(t *Thread, pos int64, whence int) (int64, error) {
	if st.out != nil {
		return 0, ioErrno(t, syscall.ESPIPE, Value{})
	}
	r, err := syscall.Seek(st.fd, pos, whence)
	if err != nil {
		return 0, ioGoError(t, err, Value{})
	}
	return r, nil
}

func (st *fileIO) isSeekable() bool {
	if st.seekable < 0 {
		if _, err := syscall.Seek(st.fd, 0, 1); err != nil {
			st.seekable = 0
		} else {
			st.seekable = 1
		}
	}
	return st.seekable == 1
}

func isatty(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// fileIOClose closes the descriptor (if it owns it) after _IOBase.close's
// flush.
func fileIOClose(t *Thread, self Value) error {
	o := ioObj(self)
	st, ok := o.impl.(*fileIO)
	if !ok {
		return NewError(&ValueErrorType, "I/O operation on uninitialized object")
	}
	var flushErr error
	if !o.closed {
		_, flushErr = ioMethod(t, self, "flush")
		o.closed = true
	}
	if st.fd >= 0 {
		fd := st.fd
		st.fd = -1
		if st.closefd {
			if err := syscall.Close(fd); err != nil && flushErr == nil {
				return ioGoError(t, err, Value{})
			}
		}
	}
	return flushErr
}

func setupFileIO() {
	tp := &fileIOType
	initBuiltinType(tp, "Open a file.\n\nThe mode can be 'r' (default), 'w', 'x' or 'a' for reading,\nwriting, exclusive creation or appending.  The file will be created if it\ndoesn't exist when opened for writing or appending; it will be truncated\nwhen opened for writing.  A FileExistsError will be raised if it already\nexists when opened for creating. Opening a file for creating implies\nwriting so this mode behaves in a similar way to 'w'.Add a '+' to the mode\nto allow simultaneous reading and writing. A custom opener can be used by\npassing a callable as *opener*. The underlying file descriptor for the file\nobject is then obtained by calling opener with (*name*, *flags*).\n*opener* must return an open file descriptor (passing os.open as *opener*\nresults in functionality similar to passing None).", &ioRawBaseType)
	tp.Module = "_io"
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{New: fileIONew, Init: fileIOInit, Repr: fileIORepr}
	method := func(name string, f func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error)) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			st, err := fileIOSelf(self)
			if err != nil {
				return Value{}, err
			}
			return f(t, self, st, args, kw)
		})
	}
	method("read", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		n, err := optSize(t, "read", args, kw)
		if err != nil {
			return Value{}, err
		}
		if !st.readable {
			return Value{}, ioUnsupported("File not open for reading")
		}
		b, ok, err := st.read(t, n)
		if err != nil || !ok {
			return None, err
		}
		return BytesValue(b), nil
	})
	method("readall", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("readall", args, kw, 0); err != nil {
			return Value{}, err
		}
		b, ok, err := st.read(t, -1)
		if err != nil || !ok {
			return None, err
		}
		return BytesValue(b), nil
	})
	method("readinto", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("readinto", args, kw, 1); err != nil {
			return Value{}, err
		}
		if !isByteArray(args[0]) {
			return Value{}, ioWritableBufferError(args[0])
		}
		if !st.readable {
			return Value{}, ioUnsupported("File not open for reading")
		}
		ba := mustByteArray(args[0])
		b, ok, err := st.read(t, len(ba.b))
		if err != nil || !ok {
			return None, err
		}
		copy(ba.b, b)
		return Int(int64(len(b))), nil
	})
	method("write", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("write", args, kw, 1); err != nil {
			return Value{}, err
		}
		b, err := bufferArg(args[0])
		if err != nil {
			return Value{}, err
		}
		if !st.writable {
			return Value{}, ioUnsupported("File not open for writing")
		}
		n, err := st.write(t, b)
		if err != nil || n < 0 {
			return None, err
		}
		return Int(int64(n)), nil
	})
	method("seek", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
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
		r, err := st.seek(t, pos, int(whence))
		return Int(r), err
	})
	method("tell", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("tell", args, kw, 0); err != nil {
			return Value{}, err
		}
		r, err := st.seek(t, 0, 1)
		return Int(r), err
	})
	method("truncate", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("truncate", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		if !st.writable {
			return Value{}, ioUnsupported("File not open for writing")
		}
		var size int64
		var err error
		if len(args) == 0 || args[0].IsNone() {
			if size, err = st.seek(t, 0, 1); err != nil {
				return Value{}, err
			}
		} else if size, err = ioIntArg(t, args[0]); err != nil {
			return Value{}, err
		}
		if st.out != nil {
			return Value{}, ioErrno(t, syscall.EINVAL, Value{})
		}
		if err := syscall.Ftruncate(st.fd, size); err != nil {
			return Value{}, ioGoError(t, err, Value{})
		}
		return Int(size), nil
	})
	method("seekable", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		return Bool(st.isSeekable()), nil
	})
	method("readable", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		return Bool(st.readable), nil
	})
	method("writable", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		return Bool(st.writable), nil
	})
	method("fileno", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		return Int(int64(st.fd)), nil
	})
	method("isatty", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		if st.std {
			return Bool(st.tty), nil
		}
		return Bool(isatty(st.fd)), nil
	})
	method("_dealloc_warn", func(t *Thread, self Value, st *fileIO, args []Value, kw []string) (Value, error) {
		return None, nil
	})
	addMethod(tp, "close", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, fileIOClose(t, self)
	})
	addGetSet(tp, "closed", func(t *Thread, v Value) (Value, error) {
		st, err := ioImpl[fileIO](v)
		if err != nil {
			return Value{}, err
		}
		return Bool(st.fd < 0), nil
	}, nil)
	addGetSet(tp, "closefd", func(t *Thread, v Value) (Value, error) {
		st, err := ioImpl[fileIO](v)
		if err != nil {
			return Value{}, err
		}
		return Bool(st.closefd), nil
	}, nil)
	addGetSet(tp, "mode", func(t *Thread, v Value) (Value, error) {
		st, err := ioImpl[fileIO](v)
		if err != nil {
			return Value{}, err
		}
		return StrValue(st.modeString()), nil
	}, nil)
	addGetSet(tp, "_finalizing", func(t *Thread, v Value) (Value, error) { return False, nil }, nil)
	addGetSet(tp, "_blksize", func(t *Thread, v Value) (Value, error) {
		st, err := ioImpl[fileIO](v)
		if err != nil {
			return Value{}, err
		}
		return Int(st.blksize), nil
	}, nil)
	addSlotWrappers(tp)
	inheritSlots(tp)
}

func fileIORepr(t *Thread, v Value) (Value, error) {
	st, err := ioImpl[fileIO](v)
	if err != nil {
		return Value{}, err
	}
	name := "_io." + typeQualName(v.Type())
	if v.Type().Flags&FlagHeap != 0 {
		name = typeModule(t, v.Type()) + "." + typeQualName(v.Type())
	}
	if st.fd < 0 {
		return StrValue("<" + name + " [closed]>"), nil
	}
	closefd := "False"
	if st.closefd {
		closefd = "True"
	}
	nv, err := GetAttrString(t, v, "name")
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&AttributeErrorType) {
			return StrValue(fmt.Sprintf("<%s fd=%d mode='%s' closefd=%s>", name, st.fd, st.modeString(), closefd)), nil
		}
		return Value{}, err
	}
	r, err := Repr(t, nv)
	if err != nil {
		return Value{}, err
	}
	return StrValue(fmt.Sprintf("<%s name=%s mode='%s' closefd=%s>", name, mustStr(r).s, st.modeString(), closefd)), nil
}
