package interp

// This file implements the core of the _io module (CPython's
// Modules/_io/_iomodule.c and iobase.c): the storage every io object
// shares, the abstract bases _IOBase, _RawIOBase, _BufferedIOBase and
// _TextIOBase with their generic method implementations, and
// UnsupportedOperation. The concrete classes live in mod__io_*.go.

import (
	"os"
	"strings"
	"sync"
	"syscall"
)

// The _io types. Every one of them uses ioObject as its instance storage
// (Base is ioBaseType), so classes may mix them freely, as io.py does.
var (
	ioBaseType         = Type{Name: "_IOBase"}
	ioRawBaseType      = Type{Name: "_RawIOBase", Base: &ioBaseType}
	ioBufferedBaseType = Type{Name: "_BufferedIOBase", Base: &ioBaseType}
	ioTextBaseType     = Type{Name: "_TextIOBase", Base: &ioBaseType}
	// ioUnsupportedType is io.UnsupportedOperation, a heap class (io.py
	// sets its __module__), made on the first import of _io.
	ioUnsupportedType *Type
)

// ioDefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const ioDefaultBufferSize = 8192

var ioOnce sync.Once

func init() {
	builtinModules["_io"] = makeIOModule
	delete(cModules, "_io")
}

// ioObject is an instance of any _io class or of a class derived from
// one: the attribute table (io objects have a __dict__), _IOBase's closed
// flag and the state of the concrete class (nil for the abstract bases).
type ioObject struct {
	Object
	attrs  Attrs
	closed bool
	impl   any
}

func ioObj(v Value) *ioObject { return objectAs[ioObject](v.ref) }

// newIOObject allocates an instance of typ (an _io type or a subclass)
// holding impl.
func newIOObject(typ *Type, impl any) Value {
	return FromObject(&(&ioObject{Object: Object{typ: typ}, impl: impl}).Object)
}

// ioAttrs is the attribute storage of io objects, for attrsOf.
func ioAttrs(v Value) *Attrs {
	if v.Type().Base != &ioBaseType {
		return nil
	}
	return &ioObj(v).attrs
}

// ioImpl returns the concrete state of self, or ValueError when self was
// never initialized (a subclass that skipped __init__).
func ioImpl[T any](self Value) (*T, error) {
	if self.ref == nil || self.Type().Base != &ioBaseType {
		return nil, NewError(&TypeErrorType, "descriptor requires an _io object but received '%s'", typeName(self))
	}
	if p, ok := ioObj(self).impl.(*T); ok {
		return p, nil
	}
	return nil, NewError(&ValueErrorType, "I/O operation on uninitialized object")
}

// ioUnsupported raises io.UnsupportedOperation(msg).
func ioUnsupported(msg string) error {
	if ioUnsupportedType == nil {
		return NewError(&OSErrorType, "%s", msg)
	}
	return NewError(ioUnsupportedType, "%s", msg)
}

// ioClosedError is the ValueError of operations on closed files.
func ioClosedError() error { return NewError(&ValueErrorType, "I/O operation on closed file.") }

// ioIsClosed reads self.closed, as iobase.c's _PyIOBase_check_closed.
func ioIsClosed(t *Thread, self Value) (bool, error) {
	v, err := GetAttrString(t, self, "closed")
	if err != nil {
		return false, err
	}
	return Truth(t, v)
}

func ioCheckClosed(t *Thread, self Value) error {
	c, err := ioIsClosed(t, self)
	if err != nil {
		return err
	}
	if c {
		return ioClosedError()
	}
	return nil
}

// ioCheckCapability calls self.<method>() and raises UnsupportedOperation
// unless it returns True (_checkReadable and friends).
func ioCheckCapability(t *Thread, self Value, method, msg string) error {
	r, _, err := callMethod(t, self, method)
	if err != nil {
		return err
	}
	if !r.Is(True) {
		return ioUnsupported(msg)
	}
	return nil
}

// ioMethod calls self.name(args...), raising AttributeError when missing.
func ioMethod(t *Thread, self Value, name string, args ...Value) (Value, error) {
	m, err := GetAttrString(t, self, name)
	if err != nil {
		return Value{}, err
	}
	return Call(t, m, args, nil)
}

// ioSizeArg converts an optional size argument (None or missing is -1),
// accepting any object with __index__.
func ioSizeArg(t *Thread, v Value) (int, error) {
	if v.IsNull() || v.IsNone() {
		return -1, nil
	}
	if v.ref != nil && !v.IsInt() && !v.IsBool() && v.Type().Slots.Index == nil {
		return 0, NewError(&TypeErrorType, "argument should be integer or None, not '%s'", typeName(v))
	}
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// ioIntArg converts a required int argument (Py_ssize_t).
func ioIntArg(t *Thread, v Value) (int64, error) {
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return n, nil
}

// ioErrno makes the OSError subclass CPython's PyErr_SetFromErrno picks
// for errno, with errno/strerror/filename attributes and the message
// "[Errno 2] No such file or directory: 'name'". filename may be null.
func ioErrno(t *Thread, errno syscall.Errno, filename Value) error {
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	typ := &OSErrorType
	switch errno {
	case syscall.ENOENT:
		typ = &FileNotFoundErrorType
	case syscall.EISDIR:
		typ = &IsADirectoryErrorType
	case syscall.ENOTDIR:
		typ = &NotADirectoryErrorType
	case syscall.EEXIST:
		typ = &FileExistsErrorType
	case syscall.EACCES, syscall.EPERM:
		typ = &PermissionErrorType
	case syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS:
		typ = &BlockingIOErrorType
	case syscall.EINTR:
		typ = &InterruptedErrorType
	case syscall.EPIPE, syscall.ESHUTDOWN:
		typ = &BrokenPipeErrorType
	}
	e := newException(typ, Int(int64(errno)), StrValue(msg))
	_ = e.attrs.Set(t, Intern("errno"), Int(int64(errno)))
	_ = e.attrs.Set(t, Intern("strerror"), StrValue(msg))
	if filename.IsNull() {
		filename = None
	}
	_ = e.attrs.Set(t, Intern("filename"), filename)
	_ = e.attrs.Set(t, Intern("filename2"), None)
	return e
}

// ioGoError converts an error from a system call.
func ioGoError(t *Thread, err error, filename Value) error {
	var errno syscall.Errno
	if e, ok := err.(syscall.Errno); ok {
		errno = e
	} else if pe, ok := err.(interface{ Unwrap() error }); ok {
		if e, ok := pe.Unwrap().(syscall.Errno); ok {
			errno = e
		}
	}
	if errno == 0 {
		return NewError(&OSErrorType, "%s", err.Error())
	}
	return ioErrno(t, errno, filename)
}

// osErrorStr is str() of an OSError with (errno, strerror) arguments:
// "[Errno 2] No such file or directory" plus ": 'filename'" when the
// exception has a filename (CPython's OSError_str).
func osErrorStr(t *Thread, e *Exception) (Value, bool, error) {
	if !e.typ.IsSubtype(&OSErrorType) || len(e.Args) != 2 {
		return Value{}, false, nil
	}
	no, err := Str_(t, e.Args[0])
	if err != nil {
		return Value{}, true, err
	}
	msg, err := Str_(t, e.Args[1])
	if err != nil {
		return Value{}, true, err
	}
	s := "[Errno " + mustStr(no).s + "] " + mustStr(msg).s
	if fn, _ := e.attrs.Get(t, Intern("filename")); !fn.IsNull() && !fn.IsNone() {
		r, err := Repr(t, fn)
		if err != nil {
			return Value{}, true, err
		}
		s += ": " + mustStr(r).s
	}
	return StrValue(s), true, nil
}

func ioBaseNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return newIOObject(typ, nil), nil
}

// setupIOBaseTypes builds the abstract classes and UnsupportedOperation.
func setupIOBaseTypes() {
	initBuiltinType(&ioBaseType, "The abstract base class for all I/O classes.")
	ioBaseType.Base = &ioBaseType
	ioBaseType.Flags |= FlagBaseType
	ioBaseType.Slots = Slots{New: ioBaseNew, Iter: ioBaseIter, Next: ioBaseNext}
	ioBaseMethods(&ioBaseType)

	initBuiltinType(&ioRawBaseType, "Base class for raw binary I/O.", &ioBaseType)
	addMethod(&ioRawBaseType, "read", rawIOBaseRead)
	addMethod(&ioRawBaseType, "readall", rawIOBaseReadAll)
	for _, n := range []string{"readinto", "write"} {
		addMethod(&ioRawBaseType, n, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Value{}, newException(&NotImplementedErrorType)
		})
	}

	initBuiltinType(&ioBufferedBaseType, "Base class for buffered IO objects.", &ioBaseType)
	for _, n := range []string{"read", "read1", "write", "detach"} {
		n := n
		addMethod(&ioBufferedBaseType, n, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Value{}, ioUnsupported(n)
		})
	}
	addMethod(&ioBufferedBaseType, "readinto", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return bufferedIOBaseReadInto(t, self, args, kw, "read")
	})
	addMethod(&ioBufferedBaseType, "readinto1", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return bufferedIOBaseReadInto(t, self, args, kw, "read1")
	})

	initBuiltinType(&ioTextBaseType, "Base class for text I/O.", &ioBaseType)
	for _, n := range []string{"read", "readline", "write", "detach"} {
		n := n
		addMethod(&ioTextBaseType, n, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Value{}, ioUnsupported(n)
		})
	}
	for _, n := range []string{"encoding", "newlines", "errors"} {
		addGetSet(&ioTextBaseType, n, func(t *Thread, v Value) (Value, error) { return None, nil }, nil)
	}
	for _, tp := range []*Type{&ioBaseType, &ioRawBaseType, &ioBufferedBaseType, &ioTextBaseType} {
		tp.Module = "_io"
		tp.Flags |= FlagBaseType
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

// makeUnsupportedOperation builds io.UnsupportedOperation as a class
// deriving from OSError and ValueError.
func makeUnsupportedOperation(t *Thread) {
	ns := NewDict()
	ns.setStrNoErr(Intern("__module__"), StrValue("io"))
	v, err := newClass(t, &TypeType, "UnsupportedOperation", []*Type{&OSErrorType, &ValueErrorType}, ns, nil, nil)
	if err == nil {
		ioUnsupportedType, _ = asType(v)
	}
}

// ioBaseMethods adds _IOBase's methods.
func ioBaseMethods(tp *Type) {
	unsupported := func(name string) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Value{}, ioUnsupported(name)
		})
	}
	unsupported("seek")
	unsupported("truncate")
	unsupported("fileno")
	addMethod(tp, "tell", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("tell", args, kw, 0); err != nil {
			return Value{}, err
		}
		return ioMethod(t, self, "seek", Int(0), Int(1))
	})
	addMethod(tp, "flush", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("flush", args, kw, 0); err != nil {
			return Value{}, err
		}
		if ioObj(self).closed {
			return Value{}, ioClosedError()
		}
		return None, nil
	})
	addMethod(tp, "close", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("close", args, kw, 0); err != nil {
			return Value{}, err
		}
		o := ioObj(self)
		if o.closed {
			return None, nil
		}
		_, err := ioMethod(t, self, "flush")
		o.closed = true
		return None, err
	})
	addGetSet(tp, "closed", func(t *Thread, v Value) (Value, error) { return Bool(ioObj(v).closed), nil }, nil)
	for _, n := range []string{"seekable", "readable", "writable"} {
		n := n
		addMethod(tp, n, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(n, args, kw, 0); err != nil {
				return Value{}, err
			}
			return False, nil
		})
	}
	addMethod(tp, "_checkClosed", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, ioCheckClosed(t, self)
	})
	for _, c := range [][3]string{{"_checkSeekable", "seekable", "File or stream is not seekable."},
		{"_checkReadable", "readable", "File or stream is not readable."},
		{"_checkWritable", "writable", "File or stream is not writable."}} {
		c := c
		addMethod(tp, c[0], func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return True, ioCheckCapability(t, self, c[1], c[2])
		})
	}
	addMethod(tp, "__enter__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__enter__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return self, ioCheckClosed(t, self)
	})
	addMethod(tp, "__exit__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return ioMethod(t, self, "close")
	})
	addMethod(tp, "isatty", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("isatty", args, kw, 0); err != nil {
			return Value{}, err
		}
		return False, ioCheckClosed(t, self)
	})
	addMethod(tp, "__del__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		// Called explicitly only: pyjit runs no finalizers.
		if c, err := ioIsClosed(t, self); err != nil || c {
			return None, nil
		}
		_, _ = ioMethod(t, self, "close")
		return None, nil
	})
	addGetSetDict(tp)
	addMethod(tp, "readline", ioBaseReadline)
	addMethod(tp, "readlines", ioBaseReadlines)
	addMethod(tp, "writelines", ioBaseWritelines)
}

func ioBaseIter(t *Thread, v Value) (Value, error) {
	if err := ioCheckClosed(t, v); err != nil {
		return Value{}, err
	}
	return v, nil
}

// ioBaseNext is _IOBase.__next__: the next readline(), ending at an empty
// line.
func ioBaseNext(t *Thread, v Value) (Value, error) {
	line, err := ioMethod(t, v, "readline")
	if err != nil {
		return Value{}, err
	}
	n, err := Len(t, line)
	if err != nil {
		return Value{}, err
	}
	if n == 0 {
		return Value{}, nil
	}
	return line, nil
}

// ioBaseReadline reads bytes one at a time through self.read(1) up to a
// newline (iobase.c peeks first when it can; the result is the same).
func ioBaseReadline(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("readline", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	limit := -1
	if len(args) == 1 {
		var err error
		if limit, err = ioSizeArg(t, args[0]); err != nil {
			return Value{}, err
		}
	}
	var out []byte
	for limit < 0 || len(out) < limit {
		b, err := ioMethod(t, self, "read", Int(1))
		if err != nil {
			return Value{}, err
		}
		if b.IsNone() {
			break
		}
		data, ok := bytesData(b)
		if !ok {
			return Value{}, NewError(&OSErrorType, "read() should have returned a bytes object, not '%s'", typeName(b))
		}
		if len(data) == 0 {
			break
		}
		out = append(out, data...)
		if out[len(out)-1] == '\n' {
			break
		}
	}
	return BytesValue(out), nil
}

func ioBaseReadlines(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("readlines", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	hint := -1
	if len(args) == 1 {
		var err error
		if hint, err = ioSizeArg(t, args[0]); err != nil {
			return Value{}, err
		}
	}
	it, err := Iter(t, self)
	if err != nil {
		return Value{}, err
	}
	var lines []Value
	total := 0
	for {
		line, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if line.IsNull() {
			break
		}
		lines = append(lines, line)
		if hint > 0 {
			n, err := Len(t, line)
			if err != nil {
				return Value{}, err
			}
			total += n
			if total >= hint {
				break
			}
		}
	}
	return NewListValue(lines), nil
}

func ioBaseWritelines(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("writelines", args, kw, 1); err != nil {
		return Value{}, err
	}
	if err := ioCheckClosed(t, self); err != nil {
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
		if _, err := ioMethod(t, self, "write", line); err != nil {
			return Value{}, err
		}
	}
}

// rawIOBaseRead is _RawIOBase.read: readall() for a negative size, else
// readinto() a fresh bytearray.
func rawIOBaseRead(t *Thread, self Value, args []Value, kw []string) (Value, error) {
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
	if n < 0 {
		return ioMethod(t, self, "readall")
	}
	buf := ByteArrayValue(make([]byte, n))
	r, err := ioMethod(t, self, "readinto", buf)
	if err != nil || r.IsNone() {
		return r, err
	}
	got, err := ioIntArg(t, r)
	if err != nil {
		return Value{}, err
	}
	if got < 0 || got > int64(n) {
		return Value{}, NewError(&ValueErrorType, "readinto returned %d outside buffer size %d", got, n)
	}
	return BytesValue(append([]byte(nil), mustData(buf)[:got]...)), nil
}

func rawIOBaseReadAll(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("readall", args, kw, 0); err != nil {
		return Value{}, err
	}
	var out []byte
	for {
		b, err := ioMethod(t, self, "read", Int(ioDefaultBufferSize))
		if err != nil {
			return Value{}, err
		}
		if b.IsNone() {
			if out == nil {
				return None, nil
			}
			break
		}
		data, ok := bytesData(b)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "read() should return bytes")
		}
		if len(data) == 0 {
			break
		}
		out = append(out, data...)
	}
	return BytesValue(out), nil
}

// bufferedIOBaseReadInto is readinto/readinto1 in terms of read/read1.
func bufferedIOBaseReadInto(t *Thread, self Value, args []Value, kw []string, method string) (Value, error) {
	if err := exactArgs("readinto", args, kw, 1); err != nil {
		return Value{}, err
	}
	if !isByteArray(args[0]) {
		return Value{}, ioWritableBufferError(args[0])
	}
	ba := mustByteArray(args[0])
	data, err := ioMethod(t, self, method, Int(int64(len(ba.b))))
	if err != nil {
		return Value{}, err
	}
	d, ok := bytesData(data)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "read() should return bytes")
	}
	if len(d) > len(ba.b) {
		return Value{}, NewError(&ValueErrorType, "read() returned too much data: %d bytes requested, %d returned", len(ba.b), len(d))
	}
	copy(ba.b, d)
	return Int(int64(len(d))), nil
}

// ioWritableBufferError is the TypeError for a readinto target that is
// not a writable buffer (only bytearray is, until memoryview exists).
func ioWritableBufferError(v Value) error {
	if v.ref != nil && v.Type().IsSubtype(&BytesType) {
		return NewError(&TypeErrorType, "readinto() argument must be read-write bytes-like object, not bytes")
	}
	return NewError(&TypeErrorType, "readinto() argument must be read-write bytes-like object, not %s", typeName(v))
}

// ioTextEncoding is io.text_encoding(encoding, stacklevel=2).
func ioTextEncoding(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("text_encoding", args, kw, []string{"encoding", "stacklevel"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	if !a[0].IsNone() {
		return a[0], nil
	}
	if os.Getenv("PYTHONUTF8") == "1" {
		return StrValue("utf-8"), nil
	}
	return StrValue("locale"), nil
}

func makeIOModule(in *Interpreter) *Module {
	ioEnsure(in.main)
	m := NewModule("_io")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue(ioModuleDoc))
	set("DEFAULT_BUFFER_SIZE", Int(ioDefaultBufferSize))
	set("BlockingIOError", TypeValue(&BlockingIOErrorType))
	set("UnsupportedOperation", TypeValue(ioUnsupportedType))
	for _, tp := range ioAllTypes() {
		set(tp.Name, TypeValue(tp))
	}
	set("open", FromObject(&ioOpenBuiltin.Object))
	moduleFn(m, "open_code", ioOpenCode)
	moduleFn(m, "text_encoding", ioTextEncoding)
	return m
}

// setupIOTypes builds every _io type once per process.
func setupIOTypes() {
	setupIOBaseTypes()
	setupStringIO()
	setupBytesIO()
	setupIOFileTypes()
	setupIOState()
}

const ioModuleDoc = "The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.\n\nAt the top of the I/O hierarchy is the abstract base class IOBase. It\ndefines the basic interface to a stream. Note, however, that there is no\nseparation between reading and writing to streams; implementations are\nallowed to raise an OSError if they do not support a given operation.\n\nExtending IOBase is RawIOBase which deals simply with the reading and\nwriting of raw bytes to a stream. FileIO subclasses RawIOBase to provide\nan interface to OS files.\n\nBufferedIOBase deals with buffering on a raw byte stream (RawIOBase). Its\nsubclasses, BufferedWriter, BufferedReader, and BufferedRWPair buffer\nstreams that are readable, writable, and both respectively.\nBufferedRandom provides a buffered interface to random access\nstreams. BytesIO is a simple stream of in-memory bytes.\n\nAnother IOBase subclass, TextIOBase, deals with the encoding and decoding\nof streams into text. TextIOWrapper, which extends it, is a buffered text\ninterface to a buffered raw stream (`BufferedIOBase`). Finally, StringIO\nis an in-memory stream for text.\n\nArgument names are not part of the specification, and only the arguments\nof open() are intended to be used as keyword arguments.\n\ndata:\n\nDEFAULT_BUFFER_SIZE\n\n   An int containing the default buffer size used by the module's buffered\n   I/O classes. open() uses the file's blksize (as obtained by os.stat) if\n   possible.\n"
