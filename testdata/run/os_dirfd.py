import os, stat
base = "/tmp/pyjit_os_dirfd_" + str(os.getpid())
os.mkdir(base)
dfd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
try:
    print(os.stat in os.supports_dir_fd, os.open in os.supports_dir_fd, os.scandir in os.supports_fd,
          os.stat in os.supports_follow_symlinks, os.chmod in os.supports_follow_symlinks, os.listdir in os.supports_fd)
    fd = os.open("f.txt", os.O_CREAT | os.O_WRONLY, 0o600, dir_fd=dfd)
    os.write(fd, b"abcdef")
    os.close(fd)
    print(os.stat("f.txt", dir_fd=dfd).st_size, os.path.exists(os.path.join(base, "f.txt")))
    os.mkdir("sub", dir_fd=dfd)
    os.symlink("f.txt", "ln", dir_fd=dfd)
    print(os.readlink("ln", dir_fd=dfd), stat.S_ISLNK(os.stat("ln", dir_fd=dfd, follow_symlinks=False).st_mode))
    print(os.access("f.txt", os.R_OK, dir_fd=dfd), os.access("nope", os.F_OK, dir_fd=dfd))
    os.chmod("f.txt", 0o640, dir_fd=dfd)
    print(oct(stat.S_IMODE(os.stat("f.txt", dir_fd=dfd).st_mode)))
    os.utime("f.txt", (10, 20), dir_fd=dfd)
    print(os.stat("f.txt", dir_fd=dfd).st_mtime)
    os.rename("f.txt", "g.txt", src_dir_fd=dfd, dst_dir_fd=dfd)
    os.link("g.txt", "h.txt", src_dir_fd=dfd, dst_dir_fd=dfd)
    print(sorted(os.listdir(dfd)), sorted(os.listdir(base)))
    with os.scandir(dfd) as it:
        ents = sorted(it, key=lambda e: e.name)
    for e in ents:
        print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat(follow_symlinks=False).st_nlink >= 1)
    try:
        os.stat("missing", dir_fd=dfd)
    except FileNotFoundError as ex:
        print("FileNotFoundError", ex.filename)
    try:
        os.stat(dfd, dir_fd=dfd)
    except ValueError as ex:
        print("ValueError", ex)
    os.unlink("h.txt", dir_fd=dfd)
    os.unlink("ln", dir_fd=dfd)
    os.rmdir("sub", dir_fd=dfd)
    print(sorted(os.listdir(dfd)))
    for root, dirs, files, rfd in os.fwalk(base):
        print(os.path.relpath(root, base), dirs, files, type(rfd))
finally:
    os.close(dfd)
    pass
for n in os.listdir(base):
    os.unlink(os.path.join(base, n))
os.rmdir(base)
print(os.path.exists(base))
