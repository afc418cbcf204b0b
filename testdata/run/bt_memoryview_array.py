# memoryview over array.array: typed items, shared memory, casts.
import array
a = array.array("i", [1, -2, 3, 400000])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.readonly, m.tolist(), m[1], m[-1], m.obj is a, m.shape, m.strides)
m[0] = 99
print(a, m[1:3].tolist(), m[::-1].tolist(), m[::2].strides)
b = m.cast("B")
print(len(b), b.format, b[:4].tolist(), b.tobytes() == a.tobytes())
b[0] = 7
print(a[0], m.tobytes() == a.tobytes(), m == a, m == array.array("i", [7, -2, 3, 400000]), m == [7, -2, 3, 400000])
for code, vals in [("b", [-1, 2]), ("B", [255, 0]), ("h", [-300, 300]), ("H", [65535]), ("l", [-2**40]), ("L", [2**63]), ("q", [-5]), ("Q", [2**64 - 1]), ("f", [0.5, -1.25]), ("d", [1e300, -0.0])]:
    mv = memoryview(array.array(code, vals))
    print(code, mv.format, mv.itemsize, mv.tolist(), bytes(mv) == array.array(code, vals).tobytes())
d = memoryview(array.array("d", [1.0, 2.0]))
d[1] = 2.5
print(d.obj, d.cast("B").cast("d").tolist())
for bad in [lambda: m.__setitem__(0, 2**40), lambda: m.__setitem__(0, 1.5), lambda: m.cast("h"), lambda: hash(m), lambda: d.__setitem__(0, "x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
