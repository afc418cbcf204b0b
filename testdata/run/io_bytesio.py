import io

def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO()
print(b.write(b"hello\n"), b.write(bytearray(b"world\n")), b.write(b""))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(2), b.read1(2), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines(), b.tell())
b.seek(0)
print(list(b))
b.seek(-3, 2)
print(b.tell(), b.read())
print(b.seek(100), b.read(), b.tell())
b.write(b"!")
print(len(b.getvalue()), b.getvalue()[-5:])
print(b.seek(-1000, 1), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
ba = bytearray(3)
print(b.readinto(ba), ba, b.readinto1(ba), ba)
t("readinto bytes", lambda: b.readinto(b"abc"))
t("write str", lambda: b.write("x"))
t("seek neg", lambda: b.seek(-1))
t("whence", lambda: b.seek(0, 7))
t("trunc neg", lambda: b.truncate(-1))
t("read float", lambda: b.read(1.5))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
b.writelines([b"a", b"b"])
print(b.getvalue())
b.close()
print(b.closed)
for name in ["read", "getvalue", "tell", "readline", "readable", "flush", "isatty"]:
    t(name, getattr(b, name))
t("write closed", lambda: b.write(b"x"))
t("seek closed", lambda: b.seek(0))

b = io.BytesIO(b"abc\ndef")
print(b.read(), b.read(), b.getvalue())
b = io.BytesIO(initial_bytes=bytearray(b"xyz"))
print(b.read(-1), b.read(None))
t("init str", lambda: io.BytesIO("abc"))
with io.BytesIO(b"q") as f:
    print(f.read())
print(f.closed)

class B(io.BytesIO):
    pass
x = B(b"sub\nclass\n")
print(x.readlines(), type(x).__name__, isinstance(x, io.BufferedIOBase))
print(io.BytesIO.__mro__)
t("getbuffer-ok", lambda: type(io.BytesIO().getbuffer).__name__)
