package interp

// This file implements posix's stat family and the struct sequence types
// of the module (stat_result, statvfs_result, terminal_size,
// times_result, uname_result).

import (
	"math/big"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

var (
	statResultType    *Type
	statvfsResultType *Type
	terminalSizeType  *Type
	timesResultType   *Type
	unameResultType   *Type
)

// statFields are stat_result's fields: ten tuple items (the last three
// the int times, shown under the st_*time names) then the hidden ones.
var statFields = []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
	"st_atime", "st_mtime", "st_ctime",
	"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
	"st_blksize", "st_blocks", "st_rdev"}

func setupPosixTypes() {
	statResultType = newStructSeqType("os", "stat_result", "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.", statFields, 10)
	names := make([]Value, 7)
	for i := range names {
		names[i] = StrValue(statFields[i])
	}
	statResultType.Dict.setStrNoErr(Intern("__match_args__"), NewTupleValue(names))
	statResultType.Dict.setStrNoErr(Intern("n_unnamed_fields"), Int(3))
	seqNew := statResultType.Slots.New
	// statresult_new: missing float times default to the int ones.
	statResultType.Slots.New = func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		v, err := seqNew(t, typ, args, kwnames)
		if err != nil {
			return v, err
		}
		s := objectAs[structSeq](v.ref)
		for i := 0; i < 3; i++ {
			if s.extra[i].IsNone() {
				s.extra[i] = s.items[7+i]
			}
		}
		return v, nil
	}
	statvfsResultType = newStructSeqType("os", "statvfs_result", "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.",
		[]string{"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"}, 10)
	terminalSizeType = newStructSeqType("os", "terminal_size", "A tuple of (columns, lines) for holding terminal window size",
		[]string{"columns", "lines"}, 2)
	timesResultType = newStructSeqType("posix", "times_result", "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.",
		[]string{"user", "system", "children_user", "children_system", "elapsed"}, 5)
	unameResultType = newStructSeqType("posix", "uname_result", "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.",
		[]string{"sysname", "nodename", "release", "version", "machine"}, 5)
	setupDirEntryType()
}

// statValue builds a stat_result from the kernel's struct stat.
func statValue(st *syscall.Stat_t) Value {
	ts := func(s syscall.Timespec) (Value, Value, Value) {
		ns := IntFromBig(bigMulAdd(s.Sec, 1e9, s.Nsec))
		// The conversion keeps arm64 from fusing the product into the sum.
		return Int(s.Sec), Float(float64(s.Sec) + float64(float64(s.Nsec)*1e-9)), ns
	}
	ai, af, an := ts(st.Atim)
	mi, mf, mn := ts(st.Mtim)
	ci, cf, cn := ts(st.Ctim)
	return makeStructSeq(statResultType, 10, []Value{
		Int(int64(st.Mode)), uintValue(st.Ino), uintValue(st.Dev), Int(int64(st.Nlink)),
		Int(int64(st.Uid)), Int(int64(st.Gid)), Int(st.Size), ai, mi, ci,
		af, mf, cf, an, mn, cn, Int(int64(st.Blksize)), Int(st.Blocks), uintValue(st.Rdev)})
}

func posixStat(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	return doStat(t, "stat", args, kw, true)
}

func posixLstat(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	return doStat(t, "lstat", args, kw, false)
}

// doStat is stat(path, *, dir_fd=None, follow_symlinks=True) and
// lstat(path, *, dir_fd=None).
func doStat(t *Thread, name string, args []Value, kw []string, follow bool) (Value, error) {
	names := []string{"path", "dir_fd", "follow_symlinks"}
	if !follow {
		names = names[:2]
	}
	a, err := clinicArgs(name, args, kw, names, 1, 1)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, name, "path", a[0], follow, false)
	if err != nil {
		return Value{}, err
	}
	dfd, err := dirFD(t, name, a[1], p)
	if err != nil {
		return Value{}, err
	}
	if follow {
		if follow, err = boolArg(t, a[2], true); err != nil {
			return Value{}, err
		}
	}
	var st syscall.Stat_t
	err = retryEINTR(func() error {
		if p.isFD {
			return syscall.Fstat(p.fd, &st)
		}
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		return fstatat(dfd, p.path, &st, flags)
	})
	if err != nil {
		return Value{}, pathErr(err, p)
	}
	return statValue(&st), nil
}

func posixFstat(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	fd, err := fdFunc(t, "fstat", args, kw)
	if err != nil {
		return Value{}, err
	}
	var st syscall.Stat_t
	if err := retryEINTR(func() error { return syscall.Fstat(fd, &st) }); err != nil {
		return Value{}, goOSError(err)
	}
	return statValue(&st), nil
}

func statvfsValue(st *unix.Statfs_t) Value {
	fsid := uint64(uint32(st.Fsid.Val[0])) | uint64(uint32(st.Fsid.Val[1]))<<32
	return makeStructSeq(statvfsResultType, 10, []Value{
		Int(st.Bsize), Int(st.Frsize), uintValue(st.Blocks), uintValue(st.Bfree), uintValue(st.Bavail),
		uintValue(st.Files), uintValue(st.Ffree), uintValue(st.Ffree), Int(st.Flags &^ 0x20 /* ST_VALID, kernel-internal */), Int(st.Namelen),
		uintValue(fsid)})
}

func posixStatvfs(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("statvfs", args, kw, []string{"path"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "statvfs", "path", a[0], true, false)
	if err != nil {
		return Value{}, err
	}
	var st unix.Statfs_t
	if p.isFD {
		err = unix.Fstatfs(p.fd, &st)
	} else {
		err = unix.Statfs(p.path, &st)
	}
	if err != nil {
		return Value{}, pathErr(err, p)
	}
	return statvfsValue(&st), nil
}

func posixFstatvfs(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("fstatvfs", args, kw, 1); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	var st unix.Statfs_t
	if err := unix.Fstatfs(fd, &st); err != nil {
		return Value{}, goOSError(err)
	}
	return statvfsValue(&st), nil
}

// uintValue is the Python int of an unsigned C value.
func uintValue(u uint64) Value {
	if u <= 1<<63-1 {
		return Int(int64(u))
	}
	return IntFromBig(new(big.Int).SetUint64(u))
}

// bigMulAdd is a*m+b without overflow (nanosecond timestamps).
func bigMulAdd(a, m, b int64) *big.Int {
	r := big.NewInt(a)
	r.Mul(r, big.NewInt(m))
	return r.Add(r, big.NewInt(b))
}

// fstatat is fstatat(2) into syscall's Stat_t, which has the layout of
// x/sys/unix's (both are the kernel's struct stat).
func fstatat(dirfd int, path string, st *syscall.Stat_t, flags int) error {
	return unix.Fstatat(dirfd, path, (*unix.Stat_t)(unsafe.Pointer(st)), flags)
}
