import os, shutil, stat
base = "/tmp/pyjit_os_shutil_" + str(os.getpid())
os.mkdir(base)
def rel(p):
    return os.path.relpath(p, base)
def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        out.append((rel(root), sorted(files)))
    return out
try:
    src = os.path.join(base, "src")
    os.makedirs(os.path.join(src, "a", "b"))
    with open(os.path.join(src, "f1.txt"), "w") as f:
        f.write("one\n")
    with open(os.path.join(src, "a", "f2.py"), "w") as f:
        f.write("two\n" * 100)
    with open(os.path.join(src, "a", "b", "f3.txt"), "wb") as f:
        f.write(bytes(range(256)))
    os.chmod(os.path.join(src, "f1.txt"), 0o640)
    os.symlink("f1.txt", os.path.join(src, "link"))
    dst = shutil.copyfile(os.path.join(src, "f1.txt"), os.path.join(base, "copy.txt"))
    print(rel(dst), open(dst).read(), oct(stat.S_IMODE(os.stat(dst).st_mode)) != "0o640" or True)
    shutil.copymode(os.path.join(src, "f1.txt"), dst)
    print(oct(stat.S_IMODE(os.stat(dst).st_mode)))
    os.utime(os.path.join(src, "f1.txt"), (1000, 2000))
    d2 = shutil.copy2(os.path.join(src, "f1.txt"), os.path.join(base, "copy2.txt"))
    print(rel(d2), os.stat(d2).st_mtime, oct(stat.S_IMODE(os.stat(d2).st_mode)))
    d3 = shutil.copy(os.path.join(src, "f1.txt"), base)
    print(rel(d3))
    try:
        shutil.copyfile(os.path.join(src, "f1.txt"), os.path.join(src, "f1.txt"))
    except shutil.SameFileError as e:
        print("SameFileError", type(e).__mro__[1].__name__)
    try:
        shutil.copyfile(os.path.join(src, "missing"), os.path.join(base, "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, rel(e.filename))
    t = shutil.copytree(src, os.path.join(base, "dst"))
    print(rel(t), tree(t))
    print(os.path.islink(os.path.join(t, "link")), open(os.path.join(t, "link")).read())
    t2 = shutil.copytree(src, os.path.join(base, "dst2"), symlinks=True, ignore=shutil.ignore_patterns("*.py"))
    print(tree(t2), os.path.islink(os.path.join(t2, "link")))
    try:
        shutil.copytree(src, os.path.join(base, "dst"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    shutil.copytree(src, os.path.join(base, "dst"), dirs_exist_ok=True)
    m = shutil.move(os.path.join(base, "dst2"), os.path.join(base, "moved"))
    print(rel(m), sorted(os.listdir(base)))
    shutil.rmtree(os.path.join(base, "dst"))
    print(sorted(os.listdir(base)))
    try:
        shutil.rmtree(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    shutil.rmtree(os.path.join(base, "nope"), ignore_errors=True)
    errs = []
    shutil.rmtree(os.path.join(base, "nope"), onerror=lambda f, p, e: errs.append((f.__name__, rel(p), e[0].__name__)))
    print(errs)
    print(shutil.which("sh") is not None, shutil.which("no-such-binary-xyz"), shutil.which("sh", path="/nonexistent"))
    print(os.path.basename(shutil.which("ls", path="/usr/bin:/bin")))
    du = shutil.disk_usage(base)
    print(type(du).__name__, du.total >= du.used >= 0, du.free > 0)
    print(shutil.get_terminal_size((80, 24)))
    with open(os.path.join(src, "f1.txt"), "rb") as fi, open(os.path.join(base, "obj"), "wb") as fo:
        shutil.copyfileobj(fi, fo)
    with open(os.path.join(base, "obj")) as fi:
        print(fi.read())
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
