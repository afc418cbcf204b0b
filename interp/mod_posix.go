package interp

// This file implements the posix module (CPython's Modules/posixmodule.c)
// that os.py is built on: the module itself, its function table, and the
// conversion of path, fd and dir_fd arguments. The functions live in
// mod_posix_files.go (path operations), mod_posix_fd.go (descriptors),
// mod_posix_stat.go (stat and the result types), mod_posix_dir.go
// (listdir, scandir), mod_posix_proc.go (processes), mod_posix_misc.go
// and mod_posix_more.go. Paths are passed to the kernel as bytes: str
// paths are encoded as UTF-8 with surrogateescape, and functions that
// return paths return bytes for bytes arguments.

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
// variants pyjit implements (all of CPython's on Linux but fexecve and
// fpathconf), which os.supports_* and shutil.rmtree's choice of its
// fd-based walk are built from.
var posixHave = []string{"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
	"HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
	"HAVE_LCHOWN", "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT", "HAVE_OPENAT",
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
