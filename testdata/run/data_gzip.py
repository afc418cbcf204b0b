# gzip over pyjit's zlib and _struct: gzip.compress/decompress and
# GzipFile reading and writing through io.BytesIO.
import gzip
import io
import zlib

data = b''.join(b'line %d: some gzip test data\n' % i for i in range(3000))
c = gzip.compress(data, mtime=0)
print(c[:10], gzip.decompress(c) == data, zlib.decompress(c, 31) == data)
for level in (0, 1, 6, 9):
    c = gzip.compress(data, compresslevel=level, mtime=12345)
    print(level, c[:10], gzip.decompress(c) == data)
print(gzip.decompress(gzip.compress(b'one', mtime=0) + gzip.compress(b'two', mtime=0)))
print(gzip.decompress(gzip.compress(b'')))

# GzipFile writing and reading
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0, filename='') as f:
    for i in range(0, len(data), 1000):
        f.write(data[i:i + 1000])
raw = buf.getvalue()
print(raw[:10], len(raw) < len(data), zlib.decompress(raw, 31) == data)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    head = f.read(100)
    line = f.readline()
    rest = f.read()
print(head[:30], line, head + line + rest == data)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1])
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    f.seek(50000)
    print(f.read(20), f.tell())

# a file written by CPython's gzip with a file name in the header
name_member = gzip.compress(b'x')[:3]
g = io.BytesIO()
with gzip.GzipFile(filename='hello.txt', fileobj=g, mode='wb', mtime=1) as f:
    f.write(b'named member')
print(g.getvalue()[:20])
with gzip.GzipFile(fileobj=io.BytesIO(g.getvalue())) as f:
    print(f.read())

try:
    gzip.decompress(b'not gzip data')
except gzip.BadGzipFile as e:
    print('BadGzipFile', e)
try:
    gzip.decompress(gzip.compress(data)[:-20])
except EOFError as e:
    print('EOFError', e)
