# StringIO and BytesIO state for copy and pickle (restored by hand while
# the copy module does not import).
import io

s = io.StringIO("ab\r\nc", newline=None)
s.read(1)
s.x = 1
print(s.__getstate__())
print(io.StringIO("q", newline="").__getstate__(), io.StringIO("q").__getstate__())
print(io.StringIO("q", newline="\r").__getstate__())
b = io.BytesIO(b"xyz")
b.read(1)
print(b.__getstate__())
b.y = 2
print(b.__getstate__())
c = io.StringIO()
c.__setstate__(s.__getstate__())
print(repr(c.getvalue()), c.tell(), c.x, c.newlines)
d = io.BytesIO()
d.__setstate__(b.__getstate__())
print(d.getvalue(), d.tell(), d.y)
t = io.StringIO()
t.__setstate__(("hello", None, 2, None))
print(t.read())

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: t.__setstate__((1, 2)))
err(lambda: t.__setstate__(("a", None, -1, None)))
err(lambda: t.__setstate__(("a", None, "x", None)))
err(lambda: t.__setstate__(("a", None, 0, 5)))
err(lambda: b.__setstate__((b"a", 0)))
err(lambda: b.__setstate__((b"a", -1, None)))
err(lambda: b.__setstate__((b"a", 0, [])))
b.close()
err(lambda: b.__getstate__())
