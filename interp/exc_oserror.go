package interp

// This file gives OSError its CPython behaviour (Objects/exceptions.c):
// the errno, strerror, filename and filename2 attributes, the mapping of
// OSError(errno, ...) to the subclass for that errno, the
// "[Errno 2] No such file or directory: 'x'" str, and
// BlockingIOError.characters_written. newOSError builds the same
// exceptions from Go for the os-level modules.

import (
	"errors"
	"os"
	"strconv"
	"syscall"
)

// osErrorInfo holds an OSError's attributes; null fields read as None.
type osErrorInfo struct {
	errno, strerror, filename, filename2 Value
	written                              int64 // -1: unset
}

// errnoSubclass maps errno values to the OSError subclass that
// OSError(errno, ...) creates.
var errnoSubclass = map[syscall.Errno]*Type{
	syscall.EAGAIN:       &BlockingIOErrorType,
	syscall.EALREADY:     &BlockingIOErrorType,
	syscall.EINPROGRESS:  &BlockingIOErrorType,
	syscall.ECHILD:       &ChildProcessErrorType,
	syscall.EPIPE:        &BrokenPipeErrorType,
	syscall.ESHUTDOWN:    &BrokenPipeErrorType,
	syscall.ECONNABORTED: &ConnectionAbortedErrorType,
	syscall.ECONNREFUSED: &ConnectionRefusedErrorType,
	syscall.ECONNRESET:   &ConnectionResetErrorType,
	syscall.EEXIST:       &FileExistsErrorType,
	syscall.ENOENT:       &FileNotFoundErrorType,
	syscall.EISDIR:       &IsADirectoryErrorType,
	syscall.ENOTDIR:      &NotADirectoryErrorType,
	syscall.EINTR:        &InterruptedErrorType,
	syscall.EACCES:       &PermissionErrorType,
	syscall.EPERM:        &PermissionErrorType,
	syscall.ESRCH:        &ProcessLookupErrorType,
	syscall.ETIMEDOUT:    &TimeoutErrorType,
}

// strerror is C's strerror(n) with glibc's texts.
func strerror(n int64) string {
	if n >= 0 && n < int64(len(strerrorTexts)) {
		return strerrorTexts[n]
	}
	return "Unknown error " + strconv.FormatInt(n, 10)
}

func osInfo(e *Exception) *osErrorInfo {
	if e.os == nil {
		e.os = &osErrorInfo{written: -1}
	}
	return e.os
}

// newOSError makes the OSError (subclass) for errno with up to two file
// names, as PyErr_SetFromErrnoWithFilenameObjects does.
func newOSError(errno syscall.Errno, filenames ...Value) *Exception {
	typ := errnoSubclass[errno]
	if typ == nil {
		typ = &OSErrorType
	}
	msg := StrValue(strerror(int64(errno)))
	e := newException(typ, Int(int64(errno)), msg)
	info := osInfo(e)
	info.errno, info.strerror = Int(int64(errno)), msg
	if len(filenames) > 0 && !filenames[0].IsNull() {
		info.filename = filenames[0]
	}
	if len(filenames) > 1 && !filenames[1].IsNull() {
		info.filename2 = filenames[1]
	}
	return e
}

// goOSError converts an error from a Go system call to the OSError
// CPython raises, naming the given files; errors that carry no errno
// become a plain OSError with the Go message.
func goOSError(err error, filenames ...Value) *Exception {
	var en syscall.Errno
	if errors.As(err, &en) {
		return newOSError(en, filenames...)
	}
	if errors.Is(err, os.ErrNotExist) {
		return newOSError(syscall.ENOENT, filenames...)
	}
	return NewError(&OSErrorType, "%s", err.Error())
}

func setupOSError() {
	o := &OSErrorType
	o.Slots.New = oserrorNew
	o.Slots.Init = oserrorInit
	o.Slots.Str = oserrorStr
	field := func(name string, get func(*osErrorInfo) *Value) {
		addGetSet(o, name, func(t *Thread, v Value) (Value, error) {
			e := objectAs[Exception](v.ref)
			if e.os != nil {
				if p := get(e.os); !p.IsNull() {
					return *p, nil
				}
			}
			// Code that stored the attribute in the instance namespace
			// (as the _io module's errors may) is honoured too.
			if x, err := e.attrs.Get(t, Intern(name)); err == nil && !x.IsNull() {
				return x, nil
			}
			return None, nil
		}, func(t *Thread, v, val Value) error {
			*get(osInfo(objectAs[Exception](v.ref))) = val
			return nil
		})
	}
	field("errno", func(i *osErrorInfo) *Value { return &i.errno })
	field("strerror", func(i *osErrorInfo) *Value { return &i.strerror })
	field("filename", func(i *osErrorInfo) *Value { return &i.filename })
	field("filename2", func(i *osErrorInfo) *Value { return &i.filename2 })
	addMethod(o, "__reduce__", oserrorReduce)
	addGetSet(o, "characters_written", func(t *Thread, v Value) (Value, error) {
		e := objectAs[Exception](v.ref)
		if e.os == nil || e.os.written < 0 {
			return Value{}, NewError(&AttributeErrorType, "characters_written")
		}
		return Int(e.os.written), nil
	}, func(t *Thread, v, val Value) error {
		info := osInfo(objectAs[Exception](v.ref))
		if val.IsNull() {
			if info.written < 0 {
				return NewError(&AttributeErrorType, "characters_written")
			}
			info.written = -1
			return nil
		}
		iv, err := indexValue(t, val, "")
		if err != nil {
			return err
		}
		n, ok := smallInt(iv)
		if !ok {
			return NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		info.written = n
		return nil
	})
}

// oserrorUseInit is CPython's oserror_use_init: a class that overrides
// __init__ (but not __new__) gets its arguments parsed by __init__.
func oserrorUseInit(tp *Type) bool {
	for _, m := range tp.MRO {
		if m.Flags&FlagHeap == 0 {
			return false
		}
		if m.Dict == nil {
			continue
		}
		if _, ok, _ := m.Dict.GetStr(nil, internStatic("__new__")); ok {
			return false
		}
		if _, ok, _ := m.Dict.GetStr(nil, internStatic("__init__")); ok {
			return true
		}
	}
	return false
}

func oserrorNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	pos := args[:len(args)-len(kwnames)]
	useInit := oserrorUseInit(typ)
	if !useInit && len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "%s() takes no keyword arguments", typ.Name)
	}
	if typ == &OSErrorType && len(pos) >= 2 && len(pos) <= 5 && pos[0].IsInt() {
		if sub := errnoSubclass[syscall.Errno(pos[0].AsInt())]; sub != nil {
			typ = sub
		}
	}
	v, err := exceptionNew(t, typ, args, kwnames)
	if err != nil || useInit {
		return v, err
	}
	return v, oserrorParse(t, objectAs[Exception](v.ref), pos)
}

func oserrorInit(t *Thread, self Value, args []Value, kwnames []string) error {
	e := objectAs[Exception](self.ref)
	if !oserrorUseInit(e.typ) {
		return nil
	}
	if len(kwnames) > 0 {
		return NewError(&TypeErrorType, "%s() takes no keyword arguments", e.typ.Name)
	}
	e.Args = append([]Value(nil), args...)
	return oserrorParse(t, e, args)
}

// oserrorParse is oserror_parse_args plus oserror_init: (errno,
// strerror[, filename[, winerror[, filename2]]]).
func oserrorParse(t *Thread, e *Exception, args []Value) error {
	info := osInfo(e)
	if len(args) < 2 || len(args) > 5 {
		return nil
	}
	var filename, filename2 Value
	if len(args) >= 3 {
		filename = args[2]
	}
	if len(args) == 5 {
		filename2 = args[4]
	}
	if !filename.IsNull() && !filename.IsNone() {
		if e.typ == &BlockingIOErrorType && isNumberCheck(filename) {
			iv, err := indexValue(t, filename, "")
			if err != nil {
				return err
			}
			n, ok := smallInt(iv)
			if !ok {
				return NewError(&ValueErrorType, "cannot fit 'int' into an index-sized integer")
			}
			info.written = n
		} else {
			info.filename = filename
			if !filename2.IsNull() && !filename2.IsNone() {
				info.filename2 = filename2
			}
			e.Args = append([]Value(nil), args[:2]...)
		}
	}
	info.errno, info.strerror = args[0], args[1]
	return nil
}

// isNumberCheck is PyNumber_Check: ints, floats and objects with
// __index__, __int__ or __float__.
func isNumberCheck(v Value) bool {
	if v.IsInt() || v.IsFloat() || v.IsBool() || v.Type().IsSubtype(&IntType) || v.Type().IsSubtype(&FloatType) {
		return true
	}
	s := &v.Type().Slots
	return s.Index != nil || s.Int != nil || s.Float != nil
}

func oserrorStr(t *Thread, v Value) (Value, error) {
	e := objectAs[Exception](v.ref)
	info := e.os
	if info == nil {
		return exceptionStr(t, v)
	}
	str := func(x Value) (string, error) {
		if x.IsNull() {
			x = None
		}
		s, err := Str_(t, x)
		if err != nil {
			return "", err
		}
		return mustStr(s).s, nil
	}
	if !info.filename.IsNull() {
		en, err := str(info.errno)
		if err != nil {
			return Value{}, err
		}
		se, err := str(info.strerror)
		if err != nil {
			return Value{}, err
		}
		f1, err := ReprString(t, info.filename)
		if err != nil {
			return Value{}, err
		}
		if !info.filename2.IsNull() {
			f2, err := ReprString(t, info.filename2)
			if err != nil {
				return Value{}, err
			}
			return StrValue("[Errno " + en + "] " + se + ": " + f1 + " -> " + f2), nil
		}
		return StrValue("[Errno " + en + "] " + se + ": " + f1), nil
	}
	if !info.errno.IsNull() && !info.errno.IsNone() && !info.strerror.IsNull() && !info.strerror.IsNone() {
		en, err := str(info.errno)
		if err != nil {
			return Value{}, err
		}
		se, err := str(info.strerror)
		if err != nil {
			return Value{}, err
		}
		return StrValue("[Errno " + en + "] " + se), nil
	}
	return exceptionStr(t, v)
}

// oserrorReduce is OSError.__reduce__: the file names go back into the
// arguments so that unpickling rebuilds them.
func oserrorReduce(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("__reduce__", args, kw, 0); err != nil {
		return Value{}, err
	}
	e := objectAs[Exception](self.ref)
	items := append([]Value(nil), e.Args...)
	if len(items) == 2 && e.os != nil && !e.os.filename.IsNull() {
		items = append(items, e.os.filename)
		if !e.os.filename2.IsNull() {
			items = append(items, None, e.os.filename2)
		}
	}
	out := []Value{TypeValue(e.typ), NewTupleValue(items)}
	if d := e.attrs.Dict(); d.Len() > 0 {
		out = append(out, FromObject(&d.Object))
	}
	return NewTupleValue(out), nil
}
