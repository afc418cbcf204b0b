package interp

// This file implements the posix module (CPython's Modules/posixmodule.c)
// that os.py is built on: the module itself, path and fd arguments, and
// the file-system functions. Process functions are in mod_posix_proc.go,
// stat and its result types in mod_posix_stat.go, scandir and DirEntry in
// mod_posix_dir.go. Paths are passed to the kernel as bytes: str paths
// are encoded as UTF-8 with surrogateescape, and functions that return
// paths return bytes for bytes arguments.

import (
	"os"
	"sort"
	"strings"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

func init() {
	builtinModules["posix"] = makePosixModule
	delete(cModules, "posix")
}

var posixOnce sync.Once

// posixHave lists _have_functions: the dir_fd, fd and follow_symlinks
// variants pyjit implements (all of CPython's on Linux but mknod,
// fexecve and fpathconf), which os.supports_* and shutil.rmtree's choice
// of its fd-based walk are built from.
var posixHave = []string{"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
	"HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
	"HAVE_LCHOWN", "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_OPENAT",
	"HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT"}

// pathArg is a converted path argument (CPython's path_t).
type pathArg struct {
	obj     Value  // the str or bytes path (for error messages), or the fd
	path    string // what the kernel gets
	isBytes bool
	fd      int
	isFD    bool
}

// fsEncode is os.fsencode of a str's contents.
func fsEncode(s string) string {
	b, err := encodeStr(s, "utf-8", "surrogateescape")
	if err != nil {
		return s
	}
	return string(b)
}

// fsDecode is os.fsdecode of kernel bytes.
func fsDecode(b string) string {
	s, err := decodeBytes([]byte(b), "utf-8", "surrogateescape")
	if err != nil {
		return b
	}
	return s
}

// result returns a path from the kernel in the argument's type.
func (p pathArg) result(s string) Value {
	if p.isBytes {
		return BytesValue([]byte(s))
	}
	return StrValue(fsDecode(s))
}

// fspathValue is os.fspath(v); ok is false when v is not path-like (the
// caller reports that with its own message).
func fspathValue(t *Thread, v Value) (Value, bool, error) {
	if isStrLike(v) || v.Type().IsSubtype(&BytesType) {
		return v, true, nil
	}
	m := v.Type().Lookup(Intern("__fspath__"))
	if m.IsNull() || m.IsNone() {
		return Value{}, false, nil
	}
	r, _, err := callMethod(t, v, "__fspath__")
	if err != nil {
		return Value{}, true, err
	}
	if !isStrLike(r) && !r.Type().IsSubtype(&BytesType) {
		return Value{}, true, NewError(&TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", typeName(v), typeName(r))
	}
	return r, true, nil
}

func isStrLike(v Value) bool { return v.ref != nil && v.ref.typ.IsSubtype(&StrType) }

// convPath is path_converter: str, bytes or os.PathLike, an int fd when
// allowFD, None (meaning ".") when nullable.
func convPath(t *Thread, fname, argname string, v Value, allowFD, nullable bool) (pathArg, error) {
	if nullable && (v.IsNull() || v.IsNone()) {
		return pathArg{obj: None, path: "."}, nil
	}
	if allowFD && isIntLike(v) {
		fd, err := fdValue(t, v)
		return pathArg{obj: v, fd: fd, isFD: true}, err
	}
	r, ok, err := fspathValue(t, v)
	if err != nil {
		return pathArg{}, err
	}
	if !ok {
		allowed := "string, bytes or os.PathLike"
		switch {
		case allowFD && nullable:
			allowed = "string, bytes, os.PathLike, integer or None"
		case allowFD:
			allowed = "string, bytes, os.PathLike or integer"
		case nullable:
			allowed = "string, bytes, os.PathLike or None"
		}
		return pathArg{}, NewError(&TypeErrorType, "%s: %s should be %s, not %s", fname, argname, allowed, typeName(v))
	}
	p := pathArg{obj: r}
	if s, ok := asStr(r); ok {
		p.path = fsEncode(s.s)
	} else {
		b, _ := bytesData(r)
		p.path, p.isBytes = string(b), true
	}
	if strings.IndexByte(p.path, 0) >= 0 {
		return pathArg{}, NewError(&ValueErrorType, "embedded null byte")
	}
	return p, nil
}

// fdValue converts an fd argument (a C int).
func fdValue(t *Thread, v Value) (int, error) {
	if v.IsFloat() {
		return 0, NewError(&TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok || n > 1<<31-1 {
		return 0, NewError(&OverflowErrorType, "signed integer is greater than maximum")
	}
	if n < -1<<31 {
		return 0, NewError(&OverflowErrorType, "signed integer is less than minimum")
	}
	return int(n), nil
}

// longArg converts an int argument that must fit an int64.
func longArg(t *Thread, v Value) (int64, error) {
	if v.IsFloat() {
		return 0, NewError(&TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C long")
	}
	return n, nil
}

// pathErr is path_error: the OSError for err naming the path.
func pathErr(err error, p pathArg) error {
	return goOSError(err, p.obj)
}

// dirFD converts a dir_fd argument: None means the working directory
// (AT_FDCWD). A path given as an fd cannot be combined with one.
func dirFD(t *Thread, fname string, v Value, p pathArg) (int, error) {
	if v.IsNull() || v.IsNone() {
		return unix.AT_FDCWD, nil
	}
	if p.isFD {
		return 0, NewError(&ValueErrorType, "%s: can't specify dir_fd without matching path", fname)
	}
	return fdValue(t, v)
}

// boolArg is a p-format (truth value) argument with a default.
func boolArg(t *Thread, v Value, def bool) (bool, error) {
	if v.IsNull() {
		return def, nil
	}
	return Truth(t, v)
}

// retryEINTR calls f until it stops failing with EINTR (PEP 475).
func retryEINTR(f func() error) error {
	for {
		err := f()
		if err != syscall.EINTR {
			return err
		}
	}
}

func makePosixModule(in *Interpreter) *Module {
	posixOnce.Do(setupPosixTypes)
	m := NewModule("posix")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("This module provides access to operating system functionality that is\nstandardized by the C Standard and POSIX (a thinly disguised Unix interface).\nRefer to the library manual and corresponding Unix manual entries for more information on calls."))
	for _, c := range posixConstants {
		set(c.name, Int(c.value))
	}
	have := make([]Value, len(posixHave))
	for i, h := range posixHave {
		have[i] = StrValue(h)
	}
	set("_have_functions", NewListValue(have))
	set("sysconf_names", sysconfNamesDict())
	set("environ", posixEnviron())
	set("error", TypeValue(&OSErrorType))
	set("stat_result", TypeValue(statResultType))
	set("statvfs_result", TypeValue(statvfsResultType))
	set("terminal_size", TypeValue(terminalSizeType))
	set("times_result", TypeValue(timesResultType))
	set("uname_result", TypeValue(unameResultType))
	set("DirEntry", TypeValue(&dirEntryType))
	for name, f := range posixFuncs {
		moduleFn(m, name, f)
	}
	for name, f := range posixProcFuncs {
		moduleFn(m, name, f)
	}
	return m
}

// posixEnviron is environ: a dict of bytes to bytes, as CPython builds it
// at startup.
func posixEnviron() Value {
	d := NewDict()
	env := os.Environ()
	sort.Strings(env)
	for _, kv := range env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		key := BytesValue([]byte(k))
		if _, found, _ := d.GetItem(nil, key); found {
			continue
		}
		_ = d.SetItem(nil, key, BytesValue([]byte(v)))
	}
	return FromObject(&d.Object)
}

// posixFuncs are the file-system functions.
var posixFuncs = map[string]BuiltinFn{
	"stat":     posixStat,
	"lstat":    posixLstat,
	"fstat":    posixFstat,
	"statvfs":  posixStatvfs,
	"fstatvfs": posixFstatvfs,
	"access":   posixAccess,
	"getcwd": func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return posixGetcwd(args, kw, false)
	},
	"getcwdb":           func(t *Thread, _ Value, args []Value, kw []string) (Value, error) { return posixGetcwd(args, kw, true) },
	"chdir":             posixChdir,
	"fchdir":            posixFchdir,
	"listdir":           posixListdir,
	"scandir":           posixScandir,
	"mkdir":             posixMkdir,
	"rmdir":             pathOp("rmdir", func(d int, p string) error { return unix.Unlinkat(d, p, unix.AT_REMOVEDIR) }),
	"unlink":            pathOp("unlink", func(d int, p string) error { return unix.Unlinkat(d, p, 0) }),
	"remove":            pathOp("remove", func(d int, p string) error { return unix.Unlinkat(d, p, 0) }),
	"rename":            twoPathOp("rename", unixRenameat),
	"replace":           twoPathOp("replace", unixRenameat),
	"link":              twoPathOp("link", nil),
	"symlink":           posixSymlink,
	"readlink":          posixReadlink,
	"chmod":             posixChmod,
	"fchmod":            posixFchmod,
	"chown":             posixChown,
	"lchown":            posixLchown,
	"fchown":            posixFchown,
	"utime":             posixUtime,
	"truncate":          posixTruncate,
	"ftruncate":         posixFtruncate,
	"mkfifo":            posixMkfifo,
	"open":              posixOpen,
	"close":             posixClose,
	"closerange":        posixCloserange,
	"read":              posixRead,
	"write":             posixWrite,
	"lseek":             posixLseek,
	"dup":               posixDup,
	"dup2":              posixDup2,
	"pipe":              posixPipe,
	"pipe2":             posixPipe2,
	"isatty":            posixIsatty,
	"fsync":             fdOp("fsync", syscall.Fsync),
	"fdatasync":         fdOp("fdatasync", syscall.Fdatasync),
	"sync":              posixSync,
	"fspath":            posixFspath,
	"strerror":          posixStrerror,
	"umask":             posixUmask,
	"urandom":           posixUrandom,
	"get_inheritable":   posixGetInheritable,
	"set_inheritable":   posixSetInheritable,
	"get_blocking":      posixGetBlocking,
	"set_blocking":      posixSetBlocking,
	"device_encoding":   posixDeviceEncoding,
	"putenv":            posixPutenv,
	"unsetenv":          posixUnsetenv,
	"get_terminal_size": posixGetTerminalSize,
	"cpu_count":         posixCPUCount,
	"major":             devPart("major", func(d uint64) uint64 { return uint64(unix.Major(d)) }),
	"minor":             devPart("minor", func(d uint64) uint64 { return uint64(unix.Minor(d)) }),
	"makedev":           posixMakedev,
}

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

func posixSync(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("sync", args, kw, 0); err != nil {
		return Value{}, err
	}
	syscall.Sync()
	return None, nil
}

func posixFspath(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("fspath", args, kw, []string{"path"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	r, ok, err := fspathValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, NewError(&TypeErrorType, "expected str, bytes or os.PathLike object, not %s", typeName(a[0]))
	}
	return r, nil
}

func posixStrerror(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("strerror", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return StrValue(strerror(int64(n))), nil
}

func posixUmask(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("umask", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return Int(int64(syscall.Umask(n))), nil
}

func posixUrandom(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("urandom", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, NewError(&ValueErrorType, "negative argument not allowed")
	}
	buf, err := allocBuffer(n)
	if err != nil {
		return Value{}, err
	}
	for off := 0; off < len(buf); {
		k, err := unix.Getrandom(buf[off:], 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return Value{}, goOSError(err)
		}
		off += k
	}
	return BytesValue(buf), nil
}

func posixDeviceEncoding(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("device_encoding", args, kw, []string{"fd"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
		return StrValue("UTF-8"), nil
	}
	return None, nil
}

// envBytes converts a putenv/unsetenv argument (str or bytes, via fspath).
func envBytes(t *Thread, fname string, v Value) (string, error) {
	p, err := convPath(t, fname, "name", v, false, false)
	if err != nil {
		return "", err
	}
	return p.path, nil
}

func posixPutenv(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("putenv", args, kw, 2); err != nil {
		return Value{}, err
	}
	name, err := envBytes(t, "putenv", args[0])
	if err != nil {
		return Value{}, err
	}
	value, err := envBytes(t, "putenv", args[1])
	if err != nil {
		return Value{}, err
	}
	if name == "" || strings.IndexByte(name, '=') >= 0 {
		return Value{}, NewError(&ValueErrorType, "illegal environment variable name")
	}
	if err := syscall.Setenv(name, value); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixUnsetenv(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("unsetenv", args, kw, 1); err != nil {
		return Value{}, err
	}
	name, err := envBytes(t, "unsetenv", args[0])
	if err != nil {
		return Value{}, err
	}
	if name == "" || strings.IndexByte(name, '=') >= 0 {
		return Value{}, NewError(&ValueErrorType, "illegal environment variable name")
	}
	if err := syscall.Unsetenv(name); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixCPUCount(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("cpu_count", args, kw, 0); err != nil {
		return Value{}, err
	}
	// sysconf(_SC_NPROCESSORS_ONLN): the online CPUs, not the affinity
	// mask runtime.NumCPU reports.
	data, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return None, nil
	}
	n := 0
	for _, part := range strings.Split(strings.TrimSpace(string(data)), ",") {
		lo, hi, found := strings.Cut(part, "-")
		a, ok1 := atoiSimple(lo)
		b := a
		ok2 := true
		if found {
			b, ok2 = atoiSimple(hi)
		}
		if !ok1 || !ok2 {
			return None, nil
		}
		n += b - a + 1
	}
	return Int(int64(n)), nil
}

func atoiSimple(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func devPart(name string, f func(uint64) uint64) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		d, err := longArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Int(int64(f(uint64(d)))), nil
	}
}

func posixMakedev(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("makedev", args, kw, 2); err != nil {
		return Value{}, err
	}
	ma, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	mi, err := longArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	return Int(int64(unix.Mkdev(uint32(ma), uint32(mi)))), nil
}

// unixRenameat is rename/replace: renameat replaces an existing target.
func unixRenameat(sfd int, a string, dfd int, b string) error { return unix.Renameat(sfd, a, dfd, b) }
