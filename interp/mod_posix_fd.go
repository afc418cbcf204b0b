package interp

// This file implements posix's file-descriptor functions: open, close,
// read, write, lseek, dup, pipe, isatty, the inheritable and blocking
// flags, utime and get_terminal_size.

import (
	"math"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"
)

func posixOpen(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("open", args, kw, []string{"path", "flags", "mode", "dir_fd"}, 2, 3)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "open", "path", a[0], false, false)
	if err != nil {
		return Value{}, err
	}
	flags, err := fdValue(t, a[1])
	if err != nil {
		return Value{}, err
	}
	mode := 0o777
	if !a[2].IsNull() {
		if mode, err = fdValue(t, a[2]); err != nil {
			return Value{}, err
		}
	}
	dfd, err := dirFD(t, "open", a[3], p)
	if err != nil {
		return Value{}, err
	}
	var fd int
	err = retryEINTR(func() error {
		var e error
		// Descriptors Python creates are non-inheritable (PEP 446).
		fd, e = syscall.Openat(dfd, p.path, flags|syscall.O_CLOEXEC, uint32(mode))
		return e
	})
	if err != nil {
		return Value{}, pathErr(err, p)
	}
	return Int(int64(fd)), nil
}

// fdFunc parses a single fd argument named name.
func fdFunc(t *Thread, fname string, args []Value, kw []string) (int, error) {
	a, err := clinicArgs(fname, args, kw, []string{"fd"}, 1, 1)
	if err != nil {
		return 0, err
	}
	return fdValue(t, a[0])
}

func posixClose(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	fd, err := fdFunc(t, "close", args, kw)
	if err != nil {
		return Value{}, err
	}
	if fd == 1 || fd == 2 {
		t.in.Flush()
	}
	if err := syscall.Close(fd); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixCloserange(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("closerange", args, kw, 2); err != nil {
		return Value{}, err
	}
	lo, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	hi, err := fdValue(t, args[1])
	if err != nil {
		return Value{}, err
	}
	t.in.Flush()
	for fd := max(lo, 0); fd < hi; fd++ {
		_ = syscall.Close(fd)
	}
	return None, nil
}

func posixRead(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("read", args, kw, 2); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	n, err := longArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, goOSError(syscall.EINVAL)
	}
	if fd == 0 {
		t.in.Flush()
	}
	// One read(2) returns what is available; a buffer larger than any
	// single read delivers would only cost memory.
	buf, err := allocBuffer(min(n, maxReadChunk))
	if err != nil {
		return Value{}, err
	}
	var k int
	err = retryEINTR(func() error {
		var e error
		k, e = syscall.Read(fd, buf)
		return e
	})
	if err != nil {
		return Value{}, goOSError(err)
	}
	return BytesValue(buf[:k]), nil
}

func posixWrite(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("write", args, kw, 2); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	data, err := bufferArg(args[1])
	if err != nil {
		return Value{}, err
	}
	// Keep the order of what print() buffered and what goes straight to
	// the descriptor.
	if fd == 1 || fd == 2 {
		t.in.Flush()
	}
	var k int
	err = retryEINTR(func() error {
		var e error
		k, e = syscall.Write(fd, data)
		return e
	})
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Int(int64(k)), nil
}

func posixLseek(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("lseek", args, kw, 3); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	pos, err := longArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	how, err := fdValue(t, args[2])
	if err != nil {
		return Value{}, err
	}
	r, err := syscall.Seek(fd, pos, how)
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Int(r), nil
}

func posixDup(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("dup", args, kw, 1); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	r, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Int(int64(r)), nil
}

func posixDup2(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("dup2", args, kw, []string{"fd", "fd2", "inheritable"}, 2, 3)
	if err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	fd2, err := fdValue(t, a[1])
	if err != nil {
		return Value{}, err
	}
	inh, err := boolArg(t, a[2], true)
	if err != nil {
		return Value{}, err
	}
	if fd2 == 1 || fd2 == 2 {
		t.in.Flush()
	}
	flags := 0
	if !inh {
		flags = unix.O_CLOEXEC
	}
	if fd == fd2 {
		// dup3 refuses equal descriptors; dup2 checks fd is valid.
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
			return Value{}, goOSError(err)
		}
		return Int(int64(fd2)), nil
	}
	if err := unix.Dup3(fd, fd2, flags); err != nil {
		return Value{}, goOSError(err)
	}
	return Int(int64(fd2)), nil
}

func posixPipe(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("pipe", args, kw, 0); err != nil {
		return Value{}, err
	}
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		return Value{}, goOSError(err)
	}
	return NewTupleValue([]Value{Int(int64(p[0])), Int(int64(p[1]))}), nil
}

func posixPipe2(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("pipe2", args, kw, 1); err != nil {
		return Value{}, err
	}
	flags, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	var p [2]int
	if err := syscall.Pipe2(p[:], flags); err != nil {
		return Value{}, goOSError(err)
	}
	return NewTupleValue([]Value{Int(int64(p[0])), Int(int64(p[1]))}), nil
}

func posixIsatty(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("isatty", args, kw, 1); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	_, err = unix.IoctlGetTermios(fd, unix.TCGETS)
	return Bool(err == nil), nil
}

func posixGetInheritable(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("get_inheritable", args, kw, 1); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Bool(fl&unix.FD_CLOEXEC == 0), nil
}

// setInheritable clears or sets FD_CLOEXEC.
func setInheritable(fd int, inheritable bool) error {
	fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
	if err != nil {
		return err
	}
	nfl := fl | unix.FD_CLOEXEC
	if inheritable {
		nfl = fl &^ unix.FD_CLOEXEC
	}
	if nfl == fl {
		return nil
	}
	_, err = unix.FcntlInt(uintptr(fd), unix.F_SETFD, nfl)
	return err
}

func posixSetInheritable(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("set_inheritable", args, kw, 2); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	inh, err := Truth(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if err := setInheritable(fd, inh); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixGetBlocking(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("get_blocking", args, kw, 1); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Bool(fl&unix.O_NONBLOCK == 0), nil
}

func posixSetBlocking(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("set_blocking", args, kw, 2); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	blocking, err := Truth(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if err := unix.SetNonblock(fd, !blocking); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixGetTerminalSize(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("get_terminal_size", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	fd := 1
	if len(args) == 1 {
		var err error
		if fd, err = fdValue(t, args[0]); err != nil {
			return Value{}, err
		}
	}
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return Value{}, goOSError(err)
	}
	return makeStructSeq(terminalSizeType, 2, []Value{Int(int64(ws.Col)), Int(int64(ws.Row))}), nil
}

// utimeTime converts one time of utime's times tuple (int or float
// seconds) to a Timespec, as _PyTime_ObjectToTimespec rounding to floor.
func utimeTime(t *Thread, v Value) (unix.Timespec, error) {
	if v.IsFloat() {
		f := v.AsFloat()
		if math.IsNaN(f) {
			return unix.Timespec{}, NewError(&ValueErrorType, "Invalid value NaN (not a number)")
		}
		sec := math.Floor(f)
		ns := math.Floor((f - sec) * 1e9)
		if ns >= 1e9 {
			sec++
			ns -= 1e9
		}
		return unix.Timespec{Sec: int64(sec), Nsec: int64(ns)}, nil
	}
	n, err := longArg(t, v)
	if err != nil {
		return unix.Timespec{}, err
	}
	return unix.Timespec{Sec: n}, nil
}

func posixUtime(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("utime", args, kw, []string{"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "utime", "path", a[0], true, false)
	if err != nil {
		return Value{}, err
	}
	hasTimes := !a[1].IsNull() && !a[1].IsNone()
	hasNS := !a[2].IsNull()
	if hasTimes && hasNS {
		return Value{}, NewError(&ValueErrorType, "utime: you may specify either 'times' or 'ns' but not both")
	}
	ts := []unix.Timespec{{Nsec: unix.UTIME_NOW}, {Nsec: unix.UTIME_NOW}}
	if hasTimes {
		tu, ok := asTuple(a[1])
		if !ok || tu.typ != &TupleType || len(tu.items) != 2 {
			return Value{}, NewError(&TypeErrorType, "utime: 'times' must be either a tuple of two ints or None")
		}
		for i := range ts {
			if ts[i], err = utimeTime(t, tu.items[i]); err != nil {
				return Value{}, err
			}
		}
	}
	if hasNS {
		tu, ok := asTuple(a[2])
		if !ok || tu.typ != &TupleType || len(tu.items) != 2 {
			return Value{}, NewError(&TypeErrorType, "utime: 'ns' must be a tuple of two ints")
		}
		for i := range ts {
			if !isIntLike(tu.items[i]) {
				return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(tu.items[i]))
			}
			n, err := longArg(t, tu.items[i])
			if err != nil {
				return Value{}, err
			}
			ts[i] = unix.NsecToTimespec(n)
			if n < 0 && ts[i].Nsec < 0 {
				ts[i].Sec--
				ts[i].Nsec += 1e9
			}
		}
	}
	dfd, err := dirFD(t, "utime", a[3], p)
	if err != nil {
		return Value{}, err
	}
	follow, err := boolArg(t, a[4], true)
	if err != nil {
		return Value{}, err
	}
	if p.isFD {
		err = unix.UtimesNanoAt(unix.AT_FDCWD, "/proc/self/fd/"+strconv.Itoa(p.fd), ts, 0)
	} else {
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		err = unix.UtimesNanoAt(dfd, p.path, ts, flags)
	}
	if err != nil {
		return Value{}, pathErr(err, p)
	}
	return None, nil
}

// maxReadChunk bounds os.read's buffer: reads of more are short reads,
// which callers of read(2) handle.
const maxReadChunk = 1 << 28

// allocBuffer makes an n-byte buffer, raising MemoryError for sizes no
// allocation could satisfy instead of letting Go's allocator abort.
func allocBuffer(n int64) ([]byte, error) {
	if n > 1<<34 {
		return nil, newException(&MemoryErrorType)
	}
	return make([]byte, n), nil
}
