import os, glob, fnmatch
base = "/tmp/pyjit_os_glob_" + str(os.getpid())
os.makedirs(os.path.join(base, "sub", "deep"))
for n in ("a.py", "b.py", "c.txt", ".hidden.py", "sub/d.py", "sub/deep/e.py", "sub/f.txt"):
    open(os.path.join(base, n), "w").close()
try:
    r = lambda ps: sorted(os.path.relpath(p, base) for p in ps)
    print(r(glob.glob(os.path.join(base, "*.py"))))
    print(r(glob.glob(os.path.join(base, "*"))))
    print(r(glob.glob(os.path.join(base, "**", "*.py"), recursive=True)))
    print(r(glob.glob(os.path.join(base, "**"), recursive=True)))
    print(r(glob.glob(os.path.join(base, "?.txt"))), r(glob.glob(os.path.join(base, "[ab].py"))))
    print(sorted(glob.glob("*.py", root_dir=base)), sorted(glob.glob("**/*.txt", root_dir=base, recursive=True)))
    print(r(glob.iglob(os.path.join(base, "sub", "*"))), glob.glob(os.path.join(base, "nothing*")))
    print(glob.escape("a*b?[c]"), glob.has_magic("x*"), glob.has_magic("plain"))
    print(fnmatch.fnmatch("x.py", "*.py"), fnmatch.fnmatch("x.PY", "*.py"), fnmatch.fnmatchcase("x.PY", "*.py"))
    print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.p[yw]"))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(base, ".*"))))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for x in dirs:
            os.rmdir(os.path.join(root, x))
    os.rmdir(base)
