package interp

// This file implements the fcntl module: fcntl, ioctl (integer and
// buffer arguments), flock and lockf.

import (
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

func init() {
	builtinModules["fcntl"] = makeFcntlModule
	delete(cModules, "fcntl")
}

func makeFcntlModule(in *Interpreter) *Module {
	m := NewModule("fcntl")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object."))
	for _, c := range fcntlConstants {
		set(c.name, Int(c.value))
	}
	moduleFn(m, "fcntl", fcntlFcntl)
	moduleFn(m, "ioctl", fcntlIoctl)
	moduleFn(m, "flock", fcntlFlock)
	moduleFn(m, "lockf", fcntlLockf)
	return m
}

// fcntlArg is fcntl/ioctl's optional third argument: an int, or a
// bytes-like buffer passed by address (at most 1024 bytes, copied back
// in a new bytes object).
func fcntlCall(t *Thread, name string, fd int, op uintptr, arg Value, ioctl bool) (Value, error) {
	if arg.IsNull() {
		arg = Int(0)
	}
	if b, ok := bytesData(arg); ok || isStrLike(arg) {
		if !ok {
			b = []byte(mustStr(arg).s)
		}
		if len(b) > 1024 {
			return Value{}, NewError(&ValueErrorType, "%s string arg too long", name)
		}
		buf := make([]byte, 1024)
		copy(buf, b)
		nr := uintptr(syscall.SYS_FCNTL)
		if ioctl {
			nr = syscall.SYS_IOCTL
		}
		_, _, e := syscall.Syscall(nr, uintptr(fd), op, uintptr(unsafe.Pointer(&buf[0])))
		if e != 0 {
			return Value{}, goOSError(e)
		}
		return BytesValue(buf[:len(b)]), nil
	}
	if arg.IsFloat() {
		return Value{}, NewError(&TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, err := longArg(t, arg)
	if err != nil {
		return Value{}, err
	}
	nr := uintptr(syscall.SYS_FCNTL)
	if ioctl {
		nr = syscall.SYS_IOCTL
	}
	var r uintptr
	var e syscall.Errno
	for {
		r, _, e = syscall.Syscall(nr, uintptr(fd), op, uintptr(n))
		if e != syscall.EINTR {
			break
		}
		if err := signalCheck(t); err != nil {
			return Value{}, err
		}
	}
	if e != 0 {
		return Value{}, goOSError(e)
	}
	return Int(int64(int32(r))), nil
}

func fcntlFcntl(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("fcntl", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	cmd, err := fdValue(t, args[1])
	if err != nil {
		return Value{}, err
	}
	var arg Value
	if len(args) == 3 {
		arg = args[2]
	}
	return fcntlCall(t, "fcntl", fd, uintptr(cmd), arg, false)
}

func fcntlIoctl(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("ioctl", args, kw, 2, 4); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	req, err := longArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	var arg Value
	if len(args) >= 3 {
		arg = args[2]
	}
	if len(args) == 3 && isByteArray(arg) {
		// A mutable buffer is updated in place (mutate_flag defaults to
		// true); the result is then the ioctl's return value.
		b := objectAs[ByteArray](arg.ref).b
		if len(b) == 0 {
			return fcntlCall(t, "ioctl", fd, uintptr(uint32(req)), Int(0), true)
		}
		_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(uint32(req)), uintptr(unsafe.Pointer(&b[0])))
		if e != 0 {
			return Value{}, goOSError(e)
		}
		return Int(0), nil
	}
	return fcntlCall(t, "ioctl", fd, uintptr(uint32(req)), arg, true)
}

func fcntlFlock(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("flock", args, kw, 2); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	op, err := fdValue(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if err := retryEINTR(func() error { return unix.Flock(fd, op) }); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

// fcntlLockf is lockf(fd, cmd, len=0, start=0, whence=0), done with
// fcntl locks as CPython does.
func fcntlLockf(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("lockf", args, kw, 2, 5); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	code, err := fdValue(t, args[1])
	if err != nil {
		return Value{}, err
	}
	var vals [3]int64
	for i := 2; i < len(args); i++ {
		if vals[i-2], err = longArg(t, args[i]); err != nil {
			return Value{}, err
		}
	}
	lk := unix.Flock_t{Len: vals[0], Start: vals[1], Whence: int16(vals[2])}
	switch {
	case code == unix.LOCK_UN:
		lk.Type = unix.F_UNLCK
	case code&unix.LOCK_SH != 0:
		lk.Type = unix.F_RDLCK
	case code&unix.LOCK_EX != 0:
		lk.Type = unix.F_WRLCK
	default:
		return Value{}, NewError(&ValueErrorType, "unrecognized lockf argument")
	}
	cmd := unix.F_SETLKW
	if code&unix.LOCK_NB != 0 {
		cmd = unix.F_SETLK
	}
	if err := retryEINTR(func() error { return unix.FcntlFlock(uintptr(fd), cmd, &lk) }); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}
