import os, os.path, posixpath
print(os.path is posixpath, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.devnull, os.name)
for p in ["/a/b/c.txt", "a/b/", "", "/", "//x", "a.tar.gz", ".bashrc", "/a/./b/../c", "a//b"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p),
          os.path.isabs(p), os.path.normpath(p) if p else "")
print(os.path.join("a", "b", "/c", "d"), os.path.join(b"x", b"y"), os.path.join("a", ""))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local/x"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.normcase("AbC"), os.path.splitdrive("/x/y"))
os.environ["PYJIT_TEST_HOME"] = "/home/tester"
print(os.environ["PYJIT_TEST_HOME"], os.getenv("PYJIT_TEST_HOME"), os.environb[b"PYJIT_TEST_HOME"])
old = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester"
print(os.path.expanduser("~/docs"), os.path.expanduser("~"), os.path.expanduser("x~"))
if old is None:
    del os.environ["HOME"]
else:
    os.environ["HOME"] = old
del os.environ["PYJIT_TEST_HOME"]
print("PYJIT_TEST_HOME" in os.environ, os.getenv("PYJIT_TEST_HOME", "dflt"))
print(type(os.environ).__name__, isinstance(os.environ.get("PATH"), str))
print(os.path.exists("/"), os.path.isdir("/"), os.path.isfile("/"), os.path.islink("/"), os.path.ismount("/"))
print(os.path.exists("/nonexistent/zzz"), os.path.isdir("/nonexistent"), os.path.getsize("/dev/null"))
print(os.path.abspath("/a/../b"), os.path.realpath("/"), os.path.samefile("/", "/."))
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.fsencode("\udcff"), os.fsdecode(b"\xff") == "\udcff")
print(callable(os.path.sameopenfile), callable(os.path.getmtime))
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
print(os.supports_follow_symlinks >= set(), os.stat in os.supports_fd)
