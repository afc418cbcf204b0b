# memoryview over bytes and bytearray.
b = b"hello world"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), m.tolist()[:3], m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m.readonly, m.obj is b, m.suboffsets, m.c_contiguous, m[::2].contiguous, m[::-1].tobytes(), m[::-1].strides, m[2:2].tobytes())
print(m.hex(), m.hex(":"), m.hex("-", 2), m[:4].hex(" ", -3), m == b, m == b"hello", m != b, m == bytearray(b), m == "hello world", m == m[:])
print(hash(m) == hash(b), hash(m[1:3]) == hash(b"el"), list(m[:3]), [x for x in memoryview(b"ab")])
ba = bytearray(b"abcdef")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"XY"
print(ba, mv.readonly, mv.tobytes())
sub = mv[2:5]
sub[0] = ord("z")
print(ba, sub.tobytes(), sub.obj is ba)
mv[::2] = b"123"
print(ba, bytes(mv), bytearray(mv), b"".join([mv[:2], b"-", mv[4:]]), b"x" + mv[:2])
ro = mv.toreadonly()
print(ro.readonly, ro.tobytes())
for bad in [lambda: ro.__setitem__(0, 1), lambda: m.__setitem__(0, 1), lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(0, -1),
            lambda: mv.__setitem__(0, "a"), lambda: mv.__setitem__(slice(0, 2), b"abc"), lambda: mv.__setitem__(slice(0, 2), [1, 2]),
            lambda: mv[10], lambda: mv[-10], lambda: mv["a"], lambda: mv.__delitem__(0), lambda: hash(mv), lambda: memoryview("abc"),
            lambda: memoryview(5), lambda: memoryview(), lambda: mv < mv, lambda: mv.cast("i"), lambda: mv.cast("xx"), lambda: mv.cast(1),
            lambda: mv[::2].cast("c"), lambda: memoryview(b"abcd").cast("i").cast("h"), lambda: hash(memoryview(b"abcd").cast("i")),
            lambda: mv.tobytes("X")]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
c = memoryview(b"ab").cast("c")
print(c[0], c.tolist(), c.format, memoryview(b"\xff\x01").cast("b").tolist())
i = memoryview(bytearray(b"\x01\x00\x00\x00\xff\xff\xff\xff")).cast("i")
print(i.tolist(), i.format, i.itemsize, len(i), i.nbytes, i.strides, i[1], i.cast("B").tolist()[:4])
i[0] = 1000
print(i.tolist(), bytes(i.obj))
for bad in [lambda: i.__setitem__(0, 2 ** 31), lambda: i.__setitem__(0, 1.5), lambda: i.__setitem__(0, "x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for fmt in ["B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "?", "@B", "P"]:
    mm = memoryview(bytes(range(250, 256)) + bytes(range(10))).cast(fmt) if 16 % memoryview(b"").cast(fmt).itemsize == 0 else None
    print(fmt, mm.tolist() if mm is not None else None)
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = 7
print(d.tolist())
f = memoryview(bytearray(8)).cast("f")
f[0] = 0.1
print(f.tolist(), f == memoryview(bytearray(f.obj)).cast("f"))
with memoryview(b"abc") as r:
    print(r[1])
print(repr(r).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
for op in [lambda: r[0], lambda: len(r), lambda: r.tobytes(), lambda: r.format, lambda: bytes(r)]:
    try:
        print(op())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(r == r, r == memoryview(b"abc"))
m2 = memoryview(m)
print(m2.obj is b, m2.tobytes() == b, memoryview(m[2:5]).tobytes())
m.release()
m.release()
print(memoryview(b"a") == memoryview(bytearray(b"a")), memoryview(b"ab").cast("c") == b"ab", memoryview(b"\x01").cast("b") == b"\x01")
print(type(memoryview(b"").__iter__()).__name__, isinstance(memoryview(b""), memoryview))
v = memoryview(b"spam eggs")
print(str(v, "ascii"), b"spam eggs".startswith(v[:4]), bytes(v).find(v[5:]), v[:4] in [b"spam"], bytearray(b"x") + v[:2])
ba2 = bytearray(b"12")
ba2 += v[:3]
print(ba2, b"-".join([v[:1], v[1:2]]), v[:4].tobytes().upper(), int.from_bytes(v[:2], "big"), bytes(v[:4]).decode())
