package interp

// This file implements posix.listdir and posix.scandir with its DirEntry
// objects. Directories are read with getdents64 directly so that entries
// keep the kernel's order, inode number and d_type, which DirEntry uses
// to answer is_dir() and friends without a stat call, as CPython does.

import (
	"encoding/binary"
	"fmt"
	"syscall"

	"golang.org/x/sys/unix"
)

var (
	dirEntryType     = Type{Name: "DirEntry"}
	scandirIterType  = Type{Name: "ScandirIterator"}
	dirEntryTypeOnce bool
)

// rawDirent is one directory entry as getdents64 returned it.
type rawDirent struct {
	name  string
	ino   uint64
	dtype uint8
}

// dirReader reads a directory's entries in kernel order.
type dirReader struct {
	fd     int
	buf    []byte
	pos, n int
	closed bool
}

func openDirReader(path string) (*dirReader, error) {
	var fd int
	err := retryEINTR(func() error {
		var e error
		fd, e = syscall.Open(path, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
		return e
	})
	if err != nil {
		return nil, err
	}
	return &dirReader{fd: fd, buf: make([]byte, 8192)}, nil
}

// next returns the next entry other than . and ..; ok is false at the
// end.
func (d *dirReader) next() (rawDirent, bool, error) {
	for {
		if d.closed {
			return rawDirent{}, false, nil
		}
		if d.pos >= d.n {
			n, err := syscall.ReadDirent(d.fd, d.buf)
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				return rawDirent{}, false, err
			}
			if n <= 0 {
				d.close()
				return rawDirent{}, false, nil
			}
			d.pos, d.n = 0, n
		}
		rec := d.buf[d.pos:d.n]
		if len(rec) < 19 {
			d.pos = d.n
			continue
		}
		reclen := int(binary.LittleEndian.Uint16(rec[16:18]))
		if reclen < 19 || reclen > len(rec) {
			d.pos = d.n
			continue
		}
		d.pos += reclen
		name := rec[19:reclen]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		s := string(name)
		if s == "." || s == ".." {
			continue
		}
		return rawDirent{name: s, ino: binary.LittleEndian.Uint64(rec[0:8]), dtype: rec[18]}, true, nil
	}
}

func (d *dirReader) close() {
	if !d.closed {
		d.closed = true
		_ = syscall.Close(d.fd)
	}
}

func posixListdir(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("listdir", args, kw, []string{"path"}, 0, 1)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "listdir", "path", a[0], true, true)
	if err != nil {
		return Value{}, err
	}
	path := p.path
	if p.isFD {
		// Read a duplicate so the caller's descriptor keeps its offset
		// semantics and stays open.
		fd2, err := syscall.Dup(p.fd)
		if err != nil {
			return Value{}, pathErr(err, p)
		}
		defer syscall.Close(fd2)
		path = fmt.Sprintf("/proc/self/fd/%d", fd2)
	}
	d, err := openDirReader(path)
	if err != nil {
		return Value{}, pathErr(err, p)
	}
	defer d.close()
	var out []Value
	for {
		e, ok, err := d.next()
		if err != nil {
			return Value{}, pathErr(err, p)
		}
		if !ok {
			break
		}
		out = append(out, p.result(e.name))
	}
	return NewListValue(out), nil
}

// scandirIter is the iterator scandir returns.
type scandirIter struct {
	Object
	d    *dirReader
	path pathArg
}

// dirEntry is an os.DirEntry.
type dirEntry struct {
	Object
	name, path  Value
	kpath       string // the path as the kernel gets it, relative to dirfd
	dirfd       int    // AT_FDCWD, or the fd scandir was given
	ino         uint64
	dtype       uint8
	stat, lstat Value
}

func setupDirEntryType() {
	if dirEntryTypeOnce {
		return
	}
	dirEntryTypeOnce = true
	initBuiltinType(&scandirIterType, "")
	scandirIterType.Module = "posix"
	scandirIterType.Slots = Slots{
		Iter: func(t *Thread, v Value) (Value, error) { return v, nil },
		Next: scandirNext,
		New: func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
			return Value{}, NewError(&TypeErrorType, "cannot create 'posix.ScandirIterator' instances")
		},
	}
	closeIt := func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		objectAs[scandirIter](self.ref).d.close()
		return None, nil
	}
	addMethod(&scandirIterType, "close", noArgMethod("close", closeIt))
	addMethod(&scandirIterType, "__enter__", noArgMethod("__enter__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return self, nil
	}))
	addMethod(&scandirIterType, "__exit__", closeIt)

	initBuiltinType(&dirEntryType, "")
	dirEntryType.Module = "posix"
	dirEntryType.Slots = Slots{
		Repr: func(t *Thread, v Value) (Value, error) {
			r, err := ReprString(t, objectAs[dirEntry](v.ref).name)
			if err != nil {
				return Value{}, err
			}
			return StrValue("<DirEntry " + r + ">"), nil
		},
		New: func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
			return Value{}, NewError(&TypeErrorType, "cannot create 'posix.DirEntry' instances")
		},
	}
	addGetSet(&dirEntryType, "name", func(t *Thread, v Value) (Value, error) { return objectAs[dirEntry](v.ref).name, nil }, nil)
	addGetSet(&dirEntryType, "path", func(t *Thread, v Value) (Value, error) { return objectAs[dirEntry](v.ref).path, nil }, nil)
	addMethod(&dirEntryType, "__fspath__", noArgMethod("__fspath__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return objectAs[dirEntry](self.ref).path, nil
	}))
	addMethod(&dirEntryType, "inode", noArgMethod("inode", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return uintValue(objectAs[dirEntry](self.ref).ino), nil
	}))
	addMethod(&dirEntryType, "is_symlink", noArgMethod("is_symlink", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		b, err := objectAs[dirEntry](self.ref).isSymlink(t)
		return Bool(b), err
	}))
	follow := func(name string, args []Value, kw []string) (bool, error) {
		a, err := clinicArgs(name, args, kw, []string{"follow_symlinks"}, 0, 0)
		if err != nil {
			return false, err
		}
		return boolArg(nil, a[0], true)
	}
	addMethod(&dirEntryType, "stat", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		f, err := follow("stat", args, kw)
		if err != nil {
			return Value{}, err
		}
		return objectAs[dirEntry](self.ref).fetchStat(t, f)
	})
	for _, m := range []struct {
		name  string
		dtype uint8
		mode  uint32
	}{{"is_dir", syscall.DT_DIR, syscall.S_IFDIR}, {"is_file", syscall.DT_REG, syscall.S_IFREG}} {
		m := m
		addMethod(&dirEntryType, m.name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			f, err := follow(m.name, args, kw)
			if err != nil {
				return Value{}, err
			}
			b, err := objectAs[dirEntry](self.ref).testMode(t, f, m.dtype, m.mode)
			return Bool(b), err
		})
	}
	addMethod(&dirEntryType, "__class_getitem__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Value{}, notImplemented("DirEntry[...]")
	})
	for _, tp := range []*Type{&scandirIterType, &dirEntryType} {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

func (e *dirEntry) isSymlink(t *Thread) (bool, error) {
	if e.dtype != syscall.DT_UNKNOWN {
		return e.dtype == syscall.DT_LNK, nil
	}
	st, err := e.fetchStat(t, false)
	if err != nil {
		if x := AsException(err); x.typ.IsSubtype(&FileNotFoundErrorType) {
			return false, nil
		}
		return false, err
	}
	return statMode(st)&syscall.S_IFMT == syscall.S_IFLNK, nil
}

// testMode is DirEntry_test_mode: d_type when it answers, else stat.
func (e *dirEntry) testMode(t *Thread, follow bool, dtype uint8, mode uint32) (bool, error) {
	isLink := e.dtype == syscall.DT_LNK
	if e.dtype == syscall.DT_UNKNOWN || (follow && isLink) {
		st, err := e.fetchStat(t, follow)
		if err != nil {
			if x := AsException(err); x.typ.IsSubtype(&FileNotFoundErrorType) {
				return false, nil
			}
			return false, err
		}
		return statMode(st)&syscall.S_IFMT == mode, nil
	}
	return e.dtype == dtype, nil
}

func statMode(st Value) uint32 {
	return uint32(objectAs[structSeq](st.ref).items[0].AsInt())
}

func (e *dirEntry) fetchStat(t *Thread, follow bool) (Value, error) {
	if !follow {
		return e.fetchLstat()
	}
	if e.stat.IsNull() {
		link, err := e.isSymlink(t)
		if err != nil {
			return Value{}, err
		}
		if !link {
			st, err := e.fetchLstat()
			if err != nil {
				return Value{}, err
			}
			e.stat = st
		} else {
			var st syscall.Stat_t
			if err := fstatat(e.dirfd, e.kpath, &st, 0); err != nil {
				return Value{}, goOSError(err, e.path)
			}
			e.stat = statValue(&st)
		}
	}
	return e.stat, nil
}

func (e *dirEntry) fetchLstat() (Value, error) {
	if e.lstat.IsNull() {
		var st syscall.Stat_t
		if err := fstatat(e.dirfd, e.kpath, &st, unix.AT_SYMLINK_NOFOLLOW); err != nil {
			return Value{}, goOSError(err, e.path)
		}
		e.lstat = statValue(&st)
	}
	return e.lstat, nil
}

func posixScandir(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("scandir", args, kw, []string{"path"}, 0, 1)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "scandir", "path", a[0], true, true)
	if err != nil {
		return Value{}, err
	}
	var d *dirReader
	if p.isFD {
		// fdopendir(dup(fd)) and rewinddir, as CPython: the duplicate
		// shares the offset, which starts again from the beginning.
		fd2, err := unix.FcntlInt(uintptr(p.fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return Value{}, pathErr(err, p)
		}
		if _, err := syscall.Seek(fd2, 0, 0); err != nil {
			syscall.Close(fd2)
			return Value{}, pathErr(err, p)
		}
		d = &dirReader{fd: fd2, buf: make([]byte, 8192)}
	} else if d, err = openDirReader(p.path); err != nil {
		return Value{}, pathErr(err, p)
	}
	it := &scandirIter{Object: Object{typ: &scandirIterType}, d: d, path: p}
	return FromObject(&it.Object), nil
}

func scandirNext(t *Thread, v Value) (Value, error) {
	it := objectAs[scandirIter](v.ref)
	raw, ok, err := it.d.next()
	if err != nil {
		it.d.close()
		return Value{}, pathErr(err, it.path)
	}
	if !ok {
		return Value{}, nil
	}
	kpath := raw.name
	dirfd := unix.AT_FDCWD
	switch {
	case it.path.isFD:
		dirfd = it.path.fd
	case it.path.obj.IsNone():
		kpath = "./" + raw.name
	case it.path.path != "" && it.path.path[len(it.path.path)-1] == '/':
		kpath = it.path.path + raw.name
	default:
		kpath = it.path.path + "/" + raw.name
	}
	e := &dirEntry{Object: Object{typ: &dirEntryType}, name: it.path.result(raw.name),
		path: it.path.result(kpath), kpath: kpath, dirfd: dirfd, ino: raw.ino, dtype: raw.dtype}
	return FromObject(&e.Object), nil
}
