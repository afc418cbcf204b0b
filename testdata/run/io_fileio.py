# FileIO directly: modes, fds, closefd, opener, reads into buffers.
import io
import time
P = "/tmp/pyjit-test-io-fileio-" + str(time.time_ns()) + "-"
_print = print


def print(*args, **kw):
    _print(*[str(a).replace(P, "P-") for a in args], **kw)


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

f = io.FileIO(P + "a", "w")
print(f, f.mode, f.name, f.closefd, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.write(b"hello world\n"), f.write(bytearray(b"second\n")), f.tell())
t("read on w", lambda: f.read())
t("readinto on w", lambda: f.readinto(bytearray(3)))
print(f.seek(0), f.write(b"J"), f.seek(0, 2), f.seek(-3, 2), f.seek(1, 1))
print(f.truncate(5), f.tell(), f.truncate())
f.close()
print(f.closed, f)
t("write closed", lambda: f.write(b"x"))
t("fileno closed", lambda: f.fileno())
t("mode closed", lambda: f.mode)

g = io.FileIO(P + "a")
print(g.mode, g.read(2), g.readall(), g.read(), g.read(5))
g.seek(0)
buf = bytearray(3)
print(g.readinto(buf), buf, g.readinto(bytearray(10)))
fd = g.fileno()
h = io.FileIO(fd, "r", closefd=False)
print(h.name == fd, h.closefd, h.mode)
h.seek(0)
print(h.read())
h.close()
print(g.closed, g.seek(1), g.read())
g.close()

for mode in ["r", "rb", "w", "wb", "a", "ab", "x", "r+", "w+", "a+", "rb+", "xb+"]:
    try:
        k = io.FileIO(P + "m-" + mode.replace("+", "p"), mode)
        print(mode, k.mode, k.readable(), k.writable())
        k.close()
    except Exception as e:
        print(mode, type(e).__name__, e)
t("bad mode", lambda: io.FileIO(P + "a", "z"))
t("two modes", lambda: io.FileIO(P + "a", "rw"))
t("two plus", lambda: io.FileIO(P + "a", "r++"))
t("float", lambda: io.FileIO(1.5))
t("missing", lambda: io.FileIO(P + "nope"))
t("exists", lambda: io.FileIO(P + "a", "x"))
t("dir", lambda: io.FileIO("/tmp"))

keep = io.FileIO(P + "a")
calls = []
def opener(path, flags):
    calls.append(path == P + "a")
    return keep.fileno()
o = open(P + "a", "rb", opener=opener)
print(calls, o.read(3), o.raw.name == P + "a")
o.close()
t("opener neg", lambda: open(P + "a", opener=lambda p, f: -1))
print(open(P + "a", "rb", buffering=0).read())
with open(P + "a", "ab", 0) as raw:
    print(type(raw).__name__, raw.write(b"!"), raw.tell())
with open(P + "a", "rb") as f2:
    print(f2.read())
w = io.FileIO(P + "s", "w")
for a in [1.5, "x", None]:
    t("seek " + repr(a), lambda: w.seek(a))
t("whence", lambda: w.seek(0, 7))
t("neg seek", lambda: w.seek(-5))
t("neg truncate", lambda: w.truncate(-1))
w.close()
