import os, stat
base = "/tmp/pyjit_os_fs_" + str(os.getpid())
os.mkdir(base)
def rel(p):
    return os.path.relpath(p, base) if isinstance(p, str) and p.startswith('/') else p
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if not isinstance(r, os.stat_result) else "stat")
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, rel(e.filename), rel(e.filename2))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p = os.path.join(base, "a.txt")
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd), os.get_inheritable(fd), os.get_blocking(fd))
    print(os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"xyz")))
    os.close(fd)
    st = os.stat(p)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st), st[6])
    print(oct(stat.S_IMODE(st.st_mode)), st.st_nlink, type(st.st_mtime), type(st.st_mtime_ns), type(st[8]))
    print(st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime))
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -3, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
    print(os.fstat(fd).st_size, os.isatty(fd))
    os.close(fd)
    err(os.close, fd)
    err(os.read, 12345, 1)
    os.chmod(p, 0o600)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)))
    os.utime(p, (1000000000, 1200000000.5))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
    os.utime(p, ns=(5 * 10**9 + 7, 6 * 10**9 + 123456789))
    st = os.stat(p)
    print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
    os.truncate(p, 4)
    print(os.stat(p).st_size)
    print(os.access(p, os.R_OK), os.access(p, os.F_OK), os.access(p + "nope", os.F_OK), os.access(p, os.X_OK))
    # directories
    d = os.path.join(base, "sub")
    os.mkdir(d)
    err(os.mkdir, d)
    err(os.rmdir, base)
    err(os.rmdir, p)
    err(os.unlink, d)
    err(os.stat, os.path.join(base, "missing"))
    err(os.lstat, os.path.join(base, "missing", "x"))
    err(os.listdir, p)
    err(os.rename, os.path.join(base, "nope"), os.path.join(base, "other"))
    os.rename(p, os.path.join(d, "b.txt"))
    print(sorted(os.listdir(base)), os.listdir(d))
    os.replace(os.path.join(d, "b.txt"), os.path.join(base, "c.txt"))
    print(sorted(os.listdir(base)), sorted(os.listdir(base.encode())))
    os.link(os.path.join(base, "c.txt"), os.path.join(base, "hard"))
    print(os.stat(os.path.join(base, "hard")).st_nlink)
    os.symlink("c.txt", os.path.join(base, "sym"))
    print(os.readlink(os.path.join(base, "sym")), os.readlink(os.path.join(base, "sym").encode()))
    print(stat.S_ISLNK(os.lstat(os.path.join(base, "sym")).st_mode), stat.S_ISLNK(os.stat(os.path.join(base, "sym")).st_mode))
    print(os.stat(os.path.join(base, "sym"), follow_symlinks=False).st_mode == os.lstat(os.path.join(base, "sym")).st_mode)
    err(os.readlink, os.path.join(base, "c.txt"))
    err(os.symlink, "c.txt", os.path.join(base, "sym"))
    os.symlink("dangling", os.path.join(base, "dang"))
    err(os.stat, os.path.join(base, "dang"))
    print(os.path.exists(os.path.join(base, "dang")), os.path.lexists(os.path.join(base, "dang")))
    # type errors
    err(os.stat, 3.5)
    err(os.mkdir, None)
    err(os.listdir, [1])
    err(os.stat, "a\0b")
    err(os.open, p)
    err(os.rename, "a", b"b")
    print(os.fspath("x"), os.fspath(b"y"))
    class P:
        def __fspath__(self):
            return os.path.join(base, "c.txt")
    print(os.stat(P()).st_size, os.path.getsize(P()))
    err(os.fspath, 3)
    class Bad:
        def __fspath__(self):
            return 3
    err(os.fspath, Bad())
    err(os.stat, Bad())
    # cwd
    old = os.getcwd()
    os.chdir(d)
    print(os.path.basename(os.getcwd()), os.path.basename(os.getcwdb()), type(os.getcwdb()))
    os.chdir(old)
    print(os.getcwd() == old)
    # umask
    prev = os.umask(0o022)
    print(os.umask(prev) == 0o022)
    os.mkdir(os.path.join(base, "m1"), 0o700)
    print(oct(stat.S_IMODE(os.stat(os.path.join(base, "m1")).st_mode)))
    # makedirs / removedirs
    os.makedirs(os.path.join(base, "x", "y", "z"))
    err(os.makedirs, os.path.join(base, "x", "y"))
    os.makedirs(os.path.join(base, "x", "y"), exist_ok=True)
    os.removedirs(os.path.join(base, "x", "y", "z"))
    print(sorted(os.listdir(base)))
    # walk
    os.makedirs(os.path.join(base, "w", "a", "b"))
    for n in ("w/f1", "w/a/f2", "w/a/b/f3", "w/a/f4"):
        os.close(os.open(os.path.join(base, n), os.O_CREAT | os.O_WRONLY))
    for root, dirs, files in os.walk(os.path.join(base, "w")):
        dirs.sort()
        print(rel(root), dirs, sorted(files))
    for root, dirs, files in os.walk(os.path.join(base, "w"), topdown=False):
        print(rel(root), sorted(dirs), sorted(files))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for x in dirs:
            q = os.path.join(root, x)
            if os.path.islink(q):
                os.unlink(q)
            else:
                os.rmdir(q)
    os.rmdir(base)
print(os.path.exists(base))
