import io

def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.write("x"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(list(s))
s.seek(2)
print(s.write("ZZ"), repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("end")
print(repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.tell())
t("seek cur", lambda: s.seek(1, 1))
t("seek end", lambda: s.seek(-1, 2))
t("seek neg", lambda: s.seek(-1))
t("whence", lambda: s.seek(0, 3))
t("trunc neg", lambda: s.truncate(-1))
t("write bytes", lambda: s.write(b"x"))
t("read str", lambda: s.read("x"))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering)
print(s.newlines, s.encoding, s.errors)
t("fileno", lambda: s.fileno())
t("detach", lambda: s.detach())

s = io.StringIO("line1\nline2\nline3")
print(s.tell(), s.read(), s.read(), s.tell())
s.seek(0)
print(s.readline(2), s.readline(-1), s.readline(None))
print(s.readlines(1))
s.close()
print(s.closed)
for name in ["read", "getvalue", "tell", "readline", "readable"]:
    t(name, getattr(s, name))
t("write closed", lambda: s.write("x"))
s.close()

# newline handling
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("a\nb\r\nc\rd")
    print(repr(nl), repr(s.getvalue()), s.newlines)
    s.seek(0)
    print(" ", [l for l in s])
    s = io.StringIO("x\r\ny\rz\n", newline=nl)
    print(" ", repr(s.getvalue()), s.readlines())
t("bad newline", lambda: io.StringIO(newline="x"))
t("bad newline type", lambda: io.StringIO(newline=3))
t("bad init", lambda: io.StringIO(3))
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO(initial_value="q", newline=None).getvalue()))

with io.StringIO("ctx") as f:
    print(f.read())
print(f.closed)
t("enter closed", lambda: f.__enter__())

class MyIO(io.StringIO):
    def readline(self, *args):
        return super().readline(*args).upper()
m = MyIO("ab\ncd\n")
print(list(m), isinstance(m, io.TextIOBase), isinstance(m, io.IOBase))
m.extra = 5
print(m.extra, m.__dict__)

# print to StringIO
buf = io.StringIO()
print("a", 1, 2.5, sep="-", end="!\n", file=buf)
print("second", file=buf)
print(repr(buf.getvalue()))
buf.writelines(["x", "y", "z"])
print(repr(buf.getvalue()))
print(io.StringIO.__mro__)
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.StringIO, io.IOBase))
