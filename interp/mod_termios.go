package interp

// This file implements the termios module on Linux: tcgetattr and
// tcsetattr as glibc presents the kernel's termios (32 control
// characters, speeds from the CBAUD bits), the tc* line controls and
// the window-size calls. Errors are termios.error(errno, strerror).

import (
	"syscall"

	"golang.org/x/sys/unix"
)

func init() {
	builtinModules["termios"] = makeTermiosModule
	delete(cModules, "termios")
}

// termiosNCCS is glibc's NCCS; the kernel's struct has fewer control
// characters and glibc fills the rest with _POSIX_VDISABLE (0).
const termiosNCCS = 32

// cbaud is CBAUD|CBAUDEX, the speed bits of c_cflag.
const cbaud = 0o10017

var termiosErrorType *Type

func makeTermiosModule(in *Interpreter) *Module {
	m := NewModule("termios")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("This module provides an interface to the Posix calls for tty I/O control.\nFor a complete description of these calls, see the Posix or Unix manual\npages. It is only available for those Unix versions that support Posix\ntermios style tty I/O control.\n\nAll functions in this module take a file descriptor fd as their first\nargument. This can be an integer file descriptor, such as returned by\nsys.stdin.fileno(), or a file object, such as sys.stdin itself."))
	for _, c := range termiosConstants {
		set(c.name, Int(c.value))
	}
	if termiosErrorType == nil {
		if v, err := Call(in.main, TypeValue(&TypeType), []Value{StrValue("error"),
			NewTupleValue([]Value{TypeValue(&ExceptionType)}), FromObject(&newModuleNS("termios").Object)}, nil); err == nil {
			termiosErrorType, _ = asType(v)
		}
	}
	if termiosErrorType != nil {
		set("error", TypeValue(termiosErrorType))
	}
	moduleFn(m, "tcgetattr", termiosTcgetattr)
	moduleFn(m, "tcsetattr", termiosTcsetattr)
	moduleFn(m, "tcsendbreak", termiosIoctlInt("tcsendbreak", unix.TCSBRK, func(int) int { return 0 }))
	moduleFn(m, "tcdrain", termiosTcdrain)
	moduleFn(m, "tcflush", termiosIoctlInt("tcflush", unix.TCFLSH, func(n int) int { return n }))
	moduleFn(m, "tcflow", termiosIoctlInt("tcflow", unix.TCXONC, func(n int) int { return n }))
	moduleFn(m, "tcgetwinsize", termiosTcgetwinsize)
	moduleFn(m, "tcsetwinsize", termiosTcsetwinsize)
	return m
}

// termiosErr is termios.error(errno, strerror).
func termiosErr(err error) error {
	en, ok := err.(syscall.Errno)
	if !ok || termiosErrorType == nil {
		return goOSError(err)
	}
	return newException(termiosErrorType, Int(int64(en)), StrValue(strerror(int64(en))))
}

func termiosTcgetattr(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("tcgetattr", args, kw, 1); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	tio, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return Value{}, termiosErr(err)
	}
	cc := make([]Value, termiosNCCS)
	for i := range cc {
		var c byte
		if i < len(tio.Cc) {
			c = tio.Cc[i]
		}
		cc[i] = BytesValue([]byte{c})
	}
	// Python gives VMIN and VTIME as numbers in non-canonical mode.
	if tio.Lflag&unix.ICANON == 0 {
		cc[unix.VMIN] = Int(int64(tio.Cc[unix.VMIN]))
		cc[unix.VTIME] = Int(int64(tio.Cc[unix.VTIME]))
	}
	speed := Int(int64(tio.Cflag & cbaud))
	return NewListValue([]Value{Int(int64(tio.Iflag)), Int(int64(tio.Oflag)), Int(int64(tio.Cflag)),
		Int(int64(tio.Lflag)), speed, speed, NewListValue(cc)}), nil
}

func termiosTcsetattr(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("tcsetattr", args, kw, 3); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	when, err := fdValue(t, args[1])
	if err != nil {
		return Value{}, err
	}
	l, ok := asList(args[2])
	if !ok || len(l.items) != 7 {
		return Value{}, NewError(&TypeErrorType, "tcsetattr, arg 3: must be 7 element list")
	}
	// Start from the current settings, as CPython does.
	tio, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return Value{}, termiosErr(err)
	}
	var flags [6]int64
	for i := range flags {
		if flags[i], err = longArg(t, l.items[i]); err != nil {
			return Value{}, err
		}
	}
	cc, ok := asList(l.items[6])
	if !ok || len(cc.items) != termiosNCCS {
		return Value{}, NewError(&TypeErrorType, "tcsetattr: attributes[6] must be %d element list", termiosNCCS)
	}
	tio.Iflag, tio.Oflag, tio.Cflag, tio.Lflag = uint32(flags[0]), uint32(flags[1]), uint32(flags[2]), uint32(flags[3])
	for i, it := range cc.items {
		var c byte
		if b, ok := bytesData(it); ok && len(b) == 1 && it.Type().IsSubtype(&BytesType) {
			c = b[0]
		} else if isIntLike(it) {
			n, err := longArg(t, it)
			if err != nil {
				return Value{}, err
			}
			c = byte(n)
		} else {
			return Value{}, NewError(&TypeErrorType, "tcsetattr: elements of attributes must be characters or integers")
		}
		if i < len(tio.Cc) {
			tio.Cc[i] = c
		}
	}
	for _, sp := range []int64{flags[4], flags[5]} {
		if sp&^cbaud != 0 {
			return Value{}, termiosErr(syscall.EINVAL)
		}
	}
	tio.Cflag = tio.Cflag&^cbaud | uint32(flags[5])
	// TCSANOW, TCSADRAIN and TCSAFLUSH are 0, 1 and 2.
	req := map[int]uint{0: unix.TCSETS, 1: unix.TCSETSW, 2: unix.TCSETSF}
	r, ok := req[when]
	if !ok {
		return Value{}, termiosErr(syscall.EINVAL)
	}
	if err := unix.IoctlSetTermios(fd, r, tio); err != nil {
		return Value{}, termiosErr(err)
	}
	return None, nil
}

// termiosIoctlInt is a tc* call that is one ioctl with an int argument.
func termiosIoctlInt(name string, req uint, arg func(int) int) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 2); err != nil {
			return Value{}, err
		}
		fd, err := fdArgOrFileno(t, args[0])
		if err != nil {
			return Value{}, err
		}
		n, err := fdValue(t, args[1])
		if err != nil {
			return Value{}, err
		}
		if err := unix.IoctlSetInt(fd, req, arg(n)); err != nil {
			return Value{}, termiosErr(err)
		}
		return None, nil
	}
}

func termiosTcdrain(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("tcdrain", args, kw, 1); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if err := unix.IoctlSetInt(fd, unix.TCSBRK, 1); err != nil {
		return Value{}, termiosErr(err)
	}
	return None, nil
}

func termiosTcgetwinsize(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("tcgetwinsize", args, kw, 1); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return Value{}, termiosErr(err)
	}
	return NewTupleValue([]Value{Int(int64(ws.Row)), Int(int64(ws.Col))}), nil
}

func termiosTcsetwinsize(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("tcsetwinsize", args, kw, 2); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	items, err := iterateToSlice(t, args[1])
	if err != nil || len(items) != 2 {
		return Value{}, NewError(&TypeErrorType, "tcsetwinsize, arg 2: must be a two-item sequence")
	}
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return Value{}, termiosErr(err)
	}
	rows, err := longArg(t, items[0])
	if err != nil {
		return Value{}, err
	}
	cols, err := longArg(t, items[1])
	if err != nil {
		return Value{}, err
	}
	if rows < 0 || rows > 0xffff || cols < 0 || cols > 0xffff {
		return Value{}, NewError(&OverflowErrorType, "winsize value(s) out of range.")
	}
	ws.Row, ws.Col = uint16(rows), uint16(cols)
	if err := unix.IoctlSetWinsize(fd, unix.TIOCSWINSZ, ws); err != nil {
		return Value{}, termiosErr(err)
	}
	return None, nil
}
