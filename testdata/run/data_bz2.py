# _bz2: libbzip2-identical compression at several levels, incremental
# compression and decompression (max_length, eof, unused_data), errors,
# multi-stream data, bz2.open and BZ2File.
import bz2, io, os, tempfile
data = b"".join(b"line %d of the bz2 test, %s\n" % (i, b"x" * (i % 17)) for i in range(5000))
for level in (1, 5, 9):
    z = bz2.compress(data, level)
    print(level, len(z), bz2.decompress(z) == data, z[:10])
print(bz2.compress(b""), bz2.compress(b"a" * 300))
c = bz2.BZ2Compressor(3)
parts = [c.compress(data[i:i + 999]) for i in range(0, len(data), 999)]
parts.append(c.flush())
print([len(p) for p in parts if p], b"".join(parts) == bz2.compress(data, 3))
for f in [lambda: c.flush(), lambda: c.compress(b""), lambda: bz2.BZ2Compressor(0), lambda: bz2.BZ2Compressor("a"),
          lambda: bz2.BZ2Decompressor().decompress(b"xxxxxxxx"), lambda: bz2.decompress(b"BZh9" + b"\0" * 20),
          lambda: bz2.decompress(bz2.compress(data)[:-5])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
d = bz2.BZ2Decompressor()
z = bz2.compress(data) + b"trailing"
print(d.eof, d.needs_input, d.unused_data)
out = d.decompress(z[:100])
print(len(out), d.eof, d.needs_input)
out += d.decompress(z[100:], 1000)
print(len(out), d.eof, d.needs_input)
while not d.eof:
    out += d.decompress(b"", 50000)
print(len(out) == len(data), out == data, d.eof, d.needs_input, d.unused_data)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)
print(bz2.decompress(bz2.compress(b"one") + bz2.compress(b"two")))
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "f.bz2")
    with bz2.open(p, "wt", encoding="utf-8") as f:
        for i in range(100):
            f.write("row %d\n" % i)
    with open(p, "rb") as f:
        raw = f.read()
    print(len(raw), raw[:4])
    with bz2.open(p, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), lines[:2], lines[-1])
    with bz2.BZ2File(p) as f:
        print(f.read(10), f.seek(50), f.read(5), f.tell())
buf = io.BytesIO()
with bz2.BZ2File(buf, "w", compresslevel=1) as f:
    f.write(data)
print(buf.getvalue() == bz2.compress(data, 1))
