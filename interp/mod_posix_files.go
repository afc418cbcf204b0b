package interp

// This file implements posix's file and directory operations on paths:
// access, chdir, mkdir, symlink, readlink, chmod, chown, truncate and the
// one- and two-path operations (unlink, rmdir, rename, link), all with
// dir_fd through the *at system calls.

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// pathOp is a function of one path with an optional dir_fd.
func pathOp(name string, f func(dirfd int, p string) error) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs(name, args, kw, []string{"path", "dir_fd"}, 1, 1)
		if err != nil {
			return Value{}, err
		}
		p, err := convPath(t, name, "path", a[0], false, false)
		if err != nil {
			return Value{}, err
		}
		dfd, err := dirFD(t, name, a[1], p)
		if err != nil {
			return Value{}, err
		}
		if err := f(dfd, p.path); err != nil {
			return Value{}, pathErr(err, p)
		}
		return None, nil
	}
}

// twoPathOp is rename/replace/link(src, dst, *, src_dir_fd, dst_dir_fd).
func twoPathOp(name string, f func(sfd int, a string, dfd int, b string) error) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		names := []string{"src", "dst", "src_dir_fd", "dst_dir_fd"}
		if name == "link" {
			names = append(names, "follow_symlinks")
		}
		a, err := clinicArgs(name, args, kw, names, 2, 2)
		if err != nil {
			return Value{}, err
		}
		src, err := convPath(t, name, "src", a[0], false, false)
		if err != nil {
			return Value{}, err
		}
		dst, err := convPath(t, name, "dst", a[1], false, false)
		if err != nil {
			return Value{}, err
		}
		sfd, err := dirFD(t, name, a[2], src)
		if err != nil {
			return Value{}, err
		}
		dfd, err := dirFD(t, name, a[3], dst)
		if err != nil {
			return Value{}, err
		}
		if f == nil {
			// link(src, dst, *, follow_symlinks=True) is linkat with
			// AT_SYMLINK_FOLLOW.
			follow, err := boolArg(t, a[4], true)
			if err != nil {
				return Value{}, err
			}
			flags := 0
			if follow {
				flags = unix.AT_SYMLINK_FOLLOW
			}
			f = func(sfd int, a string, dfd int, b string) error { return unix.Linkat(sfd, a, dfd, b, flags) }
		}
		if err := f(sfd, src.path, dfd, dst.path); err != nil {
			return Value{}, goOSError(err, src.obj, dst.obj)
		}
		return None, nil
	}
}

// fdOp is a function of one fd.
func fdOp(name string, f func(fd int) error) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs(name, args, kw, []string{"fd"}, 1, 1)
		if err != nil {
			return Value{}, err
		}
		fd, err := fdArgOrFileno(t, a[0])
		if err != nil {
			return Value{}, err
		}
		if err := retryEINTR(func() error { return f(fd) }); err != nil {
			return Value{}, goOSError(err)
		}
		return None, nil
	}
}

// fdArgOrFileno accepts an int fd or an object with fileno() (fsync's
// fildes_converter).
func fdArgOrFileno(t *Thread, v Value) (int, error) {
	if isIntLike(v) {
		return fdValue(t, v)
	}
	r, found, err := callMethod(t, v, "fileno")
	if err != nil {
		return 0, err
	}
	if !found {
		return 0, NewError(&TypeErrorType, "argument must be an int, or have a fileno() method.")
	}
	if !isIntLike(r) {
		return 0, NewError(&TypeErrorType, "fileno() returned a non-integer")
	}
	return fdValue(t, r)
}

func posixAccess(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("access", args, kw, []string{"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "access", "path", a[0], false, false)
	if err != nil {
		return Value{}, err
	}
	mode, err := fdValue(t, a[1])
	if err != nil {
		return Value{}, err
	}
	dfd, err := dirFD(t, "access", a[2], p)
	if err != nil {
		return Value{}, err
	}
	eff, err := boolArg(t, a[3], false)
	if err != nil {
		return Value{}, err
	}
	follow, err := boolArg(t, a[4], true)
	if err != nil {
		return Value{}, err
	}
	flags := 0
	if eff {
		flags |= unix.AT_EACCESS
	}
	if !follow {
		flags |= unix.AT_SYMLINK_NOFOLLOW
	}
	return Bool(unix.Faccessat(dfd, p.path, uint32(mode), flags) == nil), nil
}

func posixGetcwd(args []Value, kw []string, asBytes bool) (Value, error) {
	name := "getcwd"
	if asBytes {
		name = "getcwdb"
	}
	if err := exactArgs(name, args, kw, 0); err != nil {
		return Value{}, err
	}
	wd, err := syscall.Getwd()
	if err != nil {
		return Value{}, goOSError(err)
	}
	if asBytes {
		return BytesValue([]byte(wd)), nil
	}
	return StrValue(fsDecode(wd)), nil
}

func posixChdir(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("chdir", args, kw, []string{"path"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "chdir", "path", a[0], true, false)
	if err != nil {
		return Value{}, err
	}
	if p.isFD {
		err = syscall.Fchdir(p.fd)
	} else {
		err = syscall.Chdir(p.path)
	}
	if err != nil {
		return Value{}, pathErr(err, p)
	}
	return None, nil
}

func posixFchdir(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("fchdir", args, kw, []string{"fd"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, a[0])
	if err != nil {
		return Value{}, err
	}
	if err := syscall.Fchdir(fd); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixMkdir(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("mkdir", args, kw, []string{"path", "mode", "dir_fd"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "mkdir", "path", a[0], false, false)
	if err != nil {
		return Value{}, err
	}
	mode := 0o777
	if !a[1].IsNull() {
		if mode, err = fdValue(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	dfd, err := dirFD(t, "mkdir", a[2], p)
	if err != nil {
		return Value{}, err
	}
	if err := unix.Mkdirat(dfd, p.path, uint32(mode)); err != nil {
		return Value{}, pathErr(err, p)
	}
	return None, nil
}

func posixMkfifo(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("mkfifo", args, kw, []string{"path", "mode", "dir_fd"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "mkfifo", "path", a[0], false, false)
	if err != nil {
		return Value{}, err
	}
	mode := 0o666
	if !a[1].IsNull() {
		if mode, err = fdValue(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	dfd, err := dirFD(t, "mkfifo", a[2], p)
	if err != nil {
		return Value{}, err
	}
	if err := unix.Mkfifoat(dfd, p.path, uint32(mode)); err != nil {
		return Value{}, pathErr(err, p)
	}
	return None, nil
}

func posixSymlink(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("symlink", args, kw, []string{"src", "dst", "target_is_directory", "dir_fd"}, 2, 3)
	if err != nil {
		return Value{}, err
	}
	src, err := convPath(t, "symlink", "src", a[0], false, false)
	if err != nil {
		return Value{}, err
	}
	dst, err := convPath(t, "symlink", "dst", a[1], false, false)
	if err != nil {
		return Value{}, err
	}
	dfd, err := dirFD(t, "symlink", a[3], dst)
	if err != nil {
		return Value{}, err
	}
	if err := unix.Symlinkat(src.path, dfd, dst.path); err != nil {
		return Value{}, goOSError(err, src.obj, dst.obj)
	}
	return None, nil
}

func posixReadlink(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("readlink", args, kw, []string{"path", "dir_fd"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "readlink", "path", a[0], false, false)
	if err != nil {
		return Value{}, err
	}
	dfd, err := dirFD(t, "readlink", a[1], p)
	if err != nil {
		return Value{}, err
	}
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		n, err := unix.Readlinkat(dfd, p.path, buf)
		if err != nil {
			return Value{}, pathErr(err, p)
		}
		if n < size {
			return p.result(string(buf[:n])), nil
		}
	}
}

func posixChmod(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("chmod", args, kw, []string{"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "chmod", "path", a[0], true, false)
	if err != nil {
		return Value{}, err
	}
	mode, err := fdValue(t, a[1])
	if err != nil {
		return Value{}, err
	}
	dfd, err := dirFD(t, "chmod", a[2], p)
	if err != nil {
		return Value{}, err
	}
	follow, err := boolArg(t, a[3], true)
	if err != nil {
		return Value{}, err
	}
	switch {
	case p.isFD:
		err = syscall.Fchmod(p.fd, uint32(mode))
	case !follow:
		err = unix.Fchmodat(dfd, p.path, uint32(mode), unix.AT_SYMLINK_NOFOLLOW)
		if err == unix.EOPNOTSUPP || err == unix.ENOTSUP {
			return Value{}, NewError(&NotImplementedErrorType, "chmod: follow_symlinks unavailable on this platform")
		}
	default:
		err = unix.Fchmodat(dfd, p.path, uint32(mode), 0)
	}
	if err != nil {
		return Value{}, pathErr(err, p)
	}
	return None, nil
}

func posixFchmod(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("fchmod", args, kw, []string{"fd", "mode"}, 2, 2)
	if err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	mode, err := fdValue(t, a[1])
	if err != nil {
		return Value{}, err
	}
	if err := syscall.Fchmod(fd, uint32(mode)); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

// chownArgs parses the uid and gid of the chown family (-1: unchanged).
func chownIDs(t *Thread, u, g Value) (int, int, error) {
	uid, err := longArg(t, u)
	if err != nil {
		return 0, 0, err
	}
	gid, err := longArg(t, g)
	if err != nil {
		return 0, 0, err
	}
	return int(uid), int(gid), nil
}

func posixChown(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("chown", args, kw, []string{"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3, 3)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "chown", "path", a[0], true, false)
	if err != nil {
		return Value{}, err
	}
	uid, gid, err := chownIDs(t, a[1], a[2])
	if err != nil {
		return Value{}, err
	}
	dfd, err := dirFD(t, "chown", a[3], p)
	if err != nil {
		return Value{}, err
	}
	follow, err := boolArg(t, a[4], true)
	if err != nil {
		return Value{}, err
	}
	switch {
	case p.isFD:
		err = syscall.Fchown(p.fd, uid, gid)
	case !follow:
		err = unix.Fchownat(dfd, p.path, uid, gid, unix.AT_SYMLINK_NOFOLLOW)
	default:
		err = unix.Fchownat(dfd, p.path, uid, gid, 0)
	}
	if err != nil {
		return Value{}, pathErr(err, p)
	}
	return None, nil
}

func posixLchown(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("lchown", args, kw, []string{"path", "uid", "gid"}, 3, 3)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "lchown", "path", a[0], false, false)
	if err != nil {
		return Value{}, err
	}
	uid, gid, err := chownIDs(t, a[1], a[2])
	if err != nil {
		return Value{}, err
	}
	if err := syscall.Lchown(p.path, uid, gid); err != nil {
		return Value{}, pathErr(err, p)
	}
	return None, nil
}

func posixFchown(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("fchown", args, kw, []string{"fd", "uid", "gid"}, 3, 3)
	if err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	uid, gid, err := chownIDs(t, a[1], a[2])
	if err != nil {
		return Value{}, err
	}
	if err := syscall.Fchown(fd, uid, gid); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixTruncate(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("truncate", args, kw, []string{"path", "length"}, 2, 2)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "truncate", "path", a[0], true, false)
	if err != nil {
		return Value{}, err
	}
	n, err := longArg(t, a[1])
	if err != nil {
		return Value{}, err
	}
	if p.isFD {
		err = syscall.Ftruncate(p.fd, n)
	} else {
		err = syscall.Truncate(p.path, n)
	}
	if err != nil {
		return Value{}, pathErr(err, p)
	}
	return None, nil
}

func posixFtruncate(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("ftruncate", args, kw, []string{"fd", "length"}, 2, 2)
	if err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	n, err := longArg(t, a[1])
	if err != nil {
		return Value{}, err
	}
	if err := retryEINTR(func() error { return syscall.Ftruncate(fd, n) }); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

// unixRenameat is rename/replace: renameat replaces an existing target.
func unixRenameat(sfd int, a string, dfd int, b string) error { return unix.Renameat(sfd, a, dfd, b) }
