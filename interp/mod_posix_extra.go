package interp

// This file implements more Linux-specific posix functions: readv and
// writev, memfd_create, eventfd, lockf, posix_fallocate/posix_fadvise,
// copy_file_range, mknod and getresuid/getresgid.

import (
	"encoding/binary"
	"syscall"

	"golang.org/x/sys/unix"
)

func init() {
	for name, f := range map[string]BuiltinFn{
		"readv":           posixReadv,
		"writev":          posixWritev,
		"memfd_create":    posixMemfdCreate,
		"eventfd":         posixEventfd,
		"eventfd_read":    posixEventfdRead,
		"eventfd_write":   posixEventfdWrite,
		"lockf":           posixLockf,
		"posix_fallocate": posixFallocate,
		"posix_fadvise":   posixFadvise,
		"copy_file_range": posixCopyFileRange,
		"mknod":           posixMknod,
		"getresuid":       resIDs("getresuid", unix.Getresuid),
		"getresgid":       resIDs("getresgid", unix.Getresgid),
	} {
		posixFuncs[name] = f
	}
}

// intArgs converts n leading int arguments.
func intArgs(t *Thread, args []Value) ([]int64, error) {
	out := make([]int64, len(args))
	for i, a := range args {
		n, err := longArg(t, a)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

func posixReadv(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("readv", args, kw, 2); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	items, err := iterateToSlice(t, args[1])
	if err != nil {
		return Value{}, NewError(&TypeErrorType, "readv() arg 2 must be a sequence")
	}
	bufs := make([][]byte, len(items))
	for i, it := range items {
		if !isByteArray(it) {
			return Value{}, NewError(&TypeErrorType, "readv() arg 2 must be a sequence of writable buffers")
		}
		bufs[i] = objectAs[ByteArray](it.ref).b
	}
	var n int
	err = retryEINTR(func() error {
		var e error
		n, e = unix.Readv(fd, bufs)
		return e
	})
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Int(int64(n)), nil
}

func posixWritev(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("writev", args, kw, 2); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	items, err := iterateToSlice(t, args[1])
	if err != nil {
		return Value{}, NewError(&TypeErrorType, "writev() arg 2 must be a sequence")
	}
	bufs := make([][]byte, len(items))
	for i, it := range items {
		if bufs[i], err = bufferArg(it); err != nil {
			return Value{}, err
		}
	}
	if fd == 1 || fd == 2 {
		t.in.Flush()
	}
	var n int
	err = retryEINTR(func() error {
		var e error
		n, e = unix.Writev(fd, bufs)
		return e
	})
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Int(int64(n)), nil
}

func posixMemfdCreate(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("memfd_create", args, kw, []string{"name", "flags"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "memfd_create", "name", a[0], false, false)
	if err != nil {
		return Value{}, err
	}
	flags := unix.MFD_CLOEXEC
	if !a[1].IsNull() {
		if flags, err = fdValue(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	fd, err := unix.MemfdCreate(p.path, flags)
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Int(int64(fd)), nil
}

func posixEventfd(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("eventfd", args, kw, []string{"initval", "flags"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	init, err := longArg(t, a[0])
	if err != nil {
		return Value{}, err
	}
	flags := unix.EFD_CLOEXEC
	if !a[1].IsNull() {
		if flags, err = fdValue(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	fd, err := unix.Eventfd(uint(uint32(init)), flags)
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Int(int64(fd)), nil
}

func posixEventfdRead(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("eventfd_read", args, kw, []string{"fd"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, a[0])
	if err != nil {
		return Value{}, err
	}
	var buf [8]byte
	if err := retryEINTR(func() error { _, e := syscall.Read(fd, buf[:]); return e }); err != nil {
		return Value{}, goOSError(err)
	}
	return uintValue(binary.LittleEndian.Uint64(buf[:])), nil
}

func posixEventfdWrite(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("eventfd_write", args, kw, []string{"fd", "value"}, 2, 2)
	if err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, a[0])
	if err != nil {
		return Value{}, err
	}
	v, err := longArg(t, a[1])
	if err != nil {
		return Value{}, err
	}
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], uint64(v))
	if err := retryEINTR(func() error { _, e := syscall.Write(fd, buf[:]); return e }); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

// posixLockf is lockf(fd, command, length) with glibc's F_LOCK family
// mapped onto fcntl record locks over [current offset, +length).
func posixLockf(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("lockf", args, kw, 3); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	cmd, err := fdValue(t, args[1])
	if err != nil {
		return Value{}, err
	}
	length, err := longArg(t, args[2])
	if err != nil {
		return Value{}, err
	}
	lk := unix.Flock_t{Whence: 1 /* SEEK_CUR */, Len: length}
	op := unix.F_SETLK
	switch cmd {
	case 0: // F_ULOCK
		lk.Type = unix.F_UNLCK
	case 1: // F_LOCK
		lk.Type, op = unix.F_WRLCK, unix.F_SETLKW
	case 2: // F_TLOCK
		lk.Type = unix.F_WRLCK
	case 3: // F_TEST
		lk.Type = unix.F_WRLCK
		if err := unix.FcntlFlock(uintptr(fd), unix.F_GETLK, &lk); err != nil {
			return Value{}, goOSError(err)
		}
		if lk.Type == unix.F_UNLCK || int(lk.Pid) == syscall.Getpid() {
			return None, nil
		}
		return Value{}, newOSError(syscall.EACCES)
	default:
		return Value{}, newOSError(syscall.EINVAL)
	}
	if err := retryEINTR(func() error { return unix.FcntlFlock(uintptr(fd), op, &lk) }); err != nil {
		if err == syscall.EAGAIN {
			err = syscall.EACCES
		}
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixFallocate(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("posix_fallocate", args, kw, 3); err != nil {
		return Value{}, err
	}
	v, err := intArgs(t, args)
	if err != nil {
		return Value{}, err
	}
	if err := retryEINTR(func() error { return unix.Fallocate(int(v[0]), 0, v[1], v[2]) }); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixFadvise(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("posix_fadvise", args, kw, 4); err != nil {
		return Value{}, err
	}
	v, err := intArgs(t, args)
	if err != nil {
		return Value{}, err
	}
	if err := unix.Fadvise(int(v[0]), v[1], v[2], int(v[3])); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixCopyFileRange(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("copy_file_range", args, kw, []string{"src", "dst", "count", "offset_src", "offset_dst"}, 3, 5)
	if err != nil {
		return Value{}, err
	}
	v, err := intArgs(t, a[:3])
	if err != nil {
		return Value{}, err
	}
	var offs [2]*int64
	for i := 0; i < 2; i++ {
		if x := a[3+i]; !x.IsNull() && !x.IsNone() {
			n, err := longArg(t, x)
			if err != nil {
				return Value{}, err
			}
			offs[i] = &n
		}
	}
	n, err := unix.CopyFileRange(int(v[0]), offs[0], int(v[1]), offs[1], int(v[2]), 0)
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Int(int64(n)), nil
}

func posixMknod(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("mknod", args, kw, []string{"path", "mode", "device", "dir_fd"}, 1, 3)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "mknod", "path", a[0], false, false)
	if err != nil {
		return Value{}, err
	}
	mode, dev := int64(0o600), int64(0)
	if !a[1].IsNull() {
		if mode, err = longArg(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	if !a[2].IsNull() {
		if dev, err = longArg(t, a[2]); err != nil {
			return Value{}, err
		}
	}
	dfd, err := dirFD(t, "mknod", a[3], p)
	if err != nil {
		return Value{}, err
	}
	if err := unix.Mknodat(dfd, p.path, uint32(mode), int(dev)); err != nil {
		return Value{}, pathErr(err, p)
	}
	return None, nil
}

func resIDs(name string, f func() (int, int, int)) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 0); err != nil {
			return Value{}, err
		}
		r, e, s := f()
		return NewTupleValue([]Value{Int(int64(r)), Int(int64(e)), Int(int64(s))}), nil
	}
}
