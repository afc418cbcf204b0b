# Files: write, read back, modes, seek/tell, truncate, append, exclusive
# creation, binary and text layers.
import time
# A name per run (several harnesses run this at once); printed as "P-".
P = "/tmp/pyjit-test-io-files-" + str(time.time_ns()) + "-"
_print = print


def print(*args, **kw):
    _print(*[str(a).replace(P, "P-") for a in args], **kw)

def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

with open(P + "a.txt", "w") as f:
    print(type(f).__name__, f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode, f.buffer.name)
    print(f.write("first line\n"), f.write("second\n"), f.write("ünïcödé ✓\n"))
    print(f.writable(), f.readable(), f.seekable(), f.isatty(), f.tell())
    f.writelines(["a\n", "b\n"])
print(f.closed, f.buffer.closed, f.buffer.raw.closed)

with open(P + "a.txt") as f:
    print(repr(f.read()))
with open(P + "a.txt") as f:
    print(f.readline(), end="")
    print(f.tell())
    print(f.readlines())
    print(repr(f.read()), f.tell())
    f.seek(6)
    print(repr(f.read(4)), f.tell())
    f.seek(0)
    print(repr(f.readline(3)), repr(f.readline()))
with open(P + "a.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
    t("tell in loop", lambda: f.tell())
with open(P + "a.txt", "rb") as f:
    print(type(f).__name__, f.name, f.mode, f.raw.name)
    data = f.read()
    print(len(data), data[:10], data.count(b"\n"))
    f.seek(0)
    print(f.read(5), f.read1(3), f.peek(1)[:1], f.tell())
    print(f.readline(), f.tell())
    f.seek(-3, 2)
    print(f.read(), f.tell())
    ba = bytearray(4)
    f.seek(1)
    print(f.readinto(ba), ba)

with open(P + "b.bin", "wb") as f:
    print(f.write(b"0123456789"), f.tell())
    f.seek(2)
    f.write(b"ab")
    print(f.tell())
with open(P + "b.bin", "rb") as f:
    print(f.read())
with open(P + "b.bin", "ab") as f:
    print(f.tell(), f.write(b"XYZ"), f.tell(), f.raw.mode)
with open(P + "b.bin", "r+b") as f:
    print(type(f).__name__, f.read(3), f.tell())
    f.write(b"__")
    print(f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open(P + "b.bin", "w+") as f:
    f.write("hello\nworld\n")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0, 2)
    f.write("more\n")
    f.seek(0)
    print(f.readlines())

with open(P + "c.txt", "w") as f:
    pass
t("x exists", lambda: open(P + "c.txt", "x"))
raw = open(P + "c.txt", "rb", buffering=0)
print(type(raw).__name__, raw.mode, raw.read(), raw.closefd, raw.readable(), raw.writable())
raw.close()
print(raw.closed, repr(raw))
t("read closed", lambda: raw.read())

f = open(P + "c.txt", "w")
f.close()
t("write closed", lambda: f.write("x"))
t("read write-only", lambda: open(P + "c.txt", "w").read())
t("write read-only", lambda: open(P + "c.txt").write("x"))
t("buffered write read-only", lambda: open(P + "c.txt", "rb").write(b"x"))
t("raw read write-only", lambda: open(P + "c.txt", "wb", buffering=0).read())
f = open(P + "c.txt", "rb")
f.close()
t("read closed buffered", lambda: f.read())
t("flush closed", lambda: f.flush())
print(repr(f))
f = open(P + "c.txt", "wb")
f.close()
t("flush closed writer", lambda: f.flush())
t("write closed writer", lambda: f.write(b"x"))
