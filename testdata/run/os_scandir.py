import os, stat
base = "/tmp/pyjit_os_scandir_" + str(os.getpid())
os.mkdir(base)
try:
    os.mkdir(os.path.join(base, "dir"))
    fd = os.open(os.path.join(base, "file"), os.O_CREAT | os.O_WRONLY, 0o644)
    os.write(fd, b"12345")
    os.close(fd)
    os.symlink("file", os.path.join(base, "link"))
    os.symlink("dir", os.path.join(base, "dlink"))
    os.symlink("nothing", os.path.join(base, "broken"))
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, os.path.basename(e.path), e.path == os.path.join(base, e.name))
        print("  dir", e.is_dir(), e.is_dir(follow_symlinks=False), "file", e.is_file(), e.is_file(follow_symlinks=False), "link", e.is_symlink())
        print("  inode", e.inode() == os.lstat(e.path).st_ino, "fspath", os.fspath(e) == e.path)
        try:
            st = e.stat()
            print("  stat", stat.S_IFMT(st.st_mode), st.st_size if stat.S_ISREG(st.st_mode) else "-")
        except FileNotFoundError as ex:
            print("  stat FileNotFoundError", ex.errno)
        print("  lstat", stat.S_ISLNK(e.stat(follow_symlinks=False).st_mode))
    print(type(entries[0]).__name__, type(entries[0]))
    it = os.scandir(base.encode())
    names = sorted(e.name for e in it)
    print(names)
    it.close()
    it.close()
    it = os.scandir(base)
    next(it)
    it.close()
    print(list(it))
    old = os.getcwd()
    os.chdir(base)
    try:
        print(sorted(e.path for e in os.scandir()))
        print(sorted(os.listdir()))
    finally:
        os.chdir(old)
    try:
        os.scandir(os.path.join(base, "nope"))
    except FileNotFoundError as ex:
        print("FileNotFoundError", ex.errno, os.path.basename(ex.filename))
    try:
        os.scandir(os.path.join(base, "file"))
    except NotADirectoryError as ex:
        print("NotADirectoryError", ex.errno)
    try:
        os.DirEntry()
    except TypeError as ex:
        print("TypeError", ex)
    fd = os.open(base, os.O_RDONLY)
    print(sorted(os.listdir(fd)))
    os.close(fd)
finally:
    for n in ("file", "link", "dlink", "broken"):
        os.unlink(os.path.join(base, n))
    os.rmdir(os.path.join(base, "dir"))
    os.rmdir(base)
