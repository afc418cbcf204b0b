import zlib

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

datas = [b'', b'a', b'hello world', b'abc' * 1000, bytes(range(256)) * 40, bytes((i * 7919) % 251 for i in range(50000))]
for d in datas:
    for level in (-1, 0, 1, 6, 9):
        for wbits in (15, 9, -15, -9, 31, 25):
            c = zlib.compress(d, level, wbits)
            back = zlib.decompress(c, wbits)
            assert back == d, (len(d), level, wbits)
        if len(d) > 1000:
            assert len(zlib.compress(d, level)) < len(d) or level == 0
    c = zlib.compress(d)
    print(len(d), c[:2], zlib.decompress(c) == d, zlib.decompress(c, 0) == d, zlib.decompress(c, 47) == d,
          zlib.decompress(zlib.compress(d, wbits=31), 47) == d, zlib.decompress(bytearray(c)) == d)
    print(' ', zlib.crc32(d), zlib.adler32(d), zlib.crc32(d, 99), zlib.adler32(d, 99), zlib.adler32(d, -1))
    g = zlib.compress(d, 9, 31)
    print(' gzip', g[:10], g[-8:])
    print(' zhdr', zlib.compress(d, 1)[:2], zlib.compress(d, 9)[:2], zlib.compress(d, 3)[:2], zlib.compress(d, 0)[:2], zlib.compress(d, wbits=9)[:2])

# trailing data is ignored by decompress
print(zlib.decompress(zlib.compress(b'hello') + b'junk'))

# streaming
big = b''.join(b'line %d of the data\n' % i for i in range(5000))
co = zlib.compressobj(6, zlib.DEFLATED, 15)
parts = [co.compress(big[i:i + 1000]) for i in range(0, len(big), 1000)]
parts.append(co.flush())
comp = b''.join(parts)
print(comp[:2], zlib.decompress(comp) == big)
do = zlib.decompressobj()
out = []
for i in range(0, len(comp), 77):
    out.append(do.decompress(comp[i:i + 77]))
    if i == 0:
        print('eof early', do.eof)
out.append(do.flush())
print(b''.join(out) == big, do.eof, do.unused_data, do.unconsumed_tail)

# unused_data after the end of the stream
do = zlib.decompressobj()
r = do.decompress(zlib.compress(b'payload') + b'EXTRA')
print(r, do.eof, do.unused_data)
print(do.decompress(b'more'), do.unused_data)

# max_length keeps the rest for later calls
do = zlib.decompressobj()
got = b''
chunk = do.decompress(comp, 100)
print(len(chunk))
got += chunk
while not do.eof:
    chunk = do.decompress(do.unconsumed_tail, 5000)
    assert len(chunk) <= 5000
    got += chunk
print(got == big)

# sync flush lets the receiver decode everything so far
co = zlib.compressobj()
do = zlib.decompressobj()
a = co.compress(b'first part ') + co.flush(zlib.Z_SYNC_FLUSH)
print(do.decompress(a))
b = co.compress(b'second part') + co.flush(zlib.Z_FULL_FLUSH)
print(do.decompress(b))
c = co.flush()
print(do.decompress(c), do.eof)
print(co.flush(zlib.Z_NO_FLUSH))
t(lambda: co.compress(b'x'))
t(lambda: co.flush())

# copies
co = zlib.compressobj()
x = co.compress(b'shared prefix ')
co2 = co.copy()
r1 = x + co.compress(b'one') + co.flush()
r2 = x + co2.compress(b'two') + co2.flush()
print(zlib.decompress(r1), zlib.decompress(r2))
do = zlib.decompressobj()
half = comp[:len(comp) // 2]
p1 = do.decompress(half)
do2 = do.copy()
print((p1 + do.decompress(comp[len(comp) // 2:])) == big, (p1 + do2.decompress(comp[len(comp) // 2:])) == big)

# raw and gzip streams, zdict
zd = b'common words dictionary hello'
co = zlib.compressobj(zdict=zd)
c = co.compress(b'hello common words') + co.flush()
print(c[:2], zlib.decompressobj(zdict=zd).decompress(c))
t(lambda: zlib.decompress(c))
co = zlib.compressobj(wbits=-15)
raw = co.compress(b'raw data') + co.flush()
print(zlib.decompress(raw, -15), zlib.decompressobj(-15).decompress(raw))
co = zlib.compressobj(wbits=31)
gz = co.compress(b'gzip data') + co.flush()
print(gz[:4], zlib.decompress(gz, 31), zlib.decompressobj(47).decompress(gz))

# errors
t(lambda: zlib.decompress(b'abc'))
t(lambda: zlib.decompress(zlib.compress(b'hello')[:-3]))
t(lambda: zlib.decompress(zlib.compress(b'hello')[:-1] + b'x'))
t(lambda: zlib.compress(b'a', 10))
t(lambda: zlib.compress(b'a', wbits=16))
t(lambda: zlib.decompress(b'a', wbits=7))
t(lambda: zlib.compressobj(wbits=99))
t(lambda: zlib.compressobj(level=11))
t(lambda: zlib.decompressobj(wbits=99))
t(lambda: zlib.compress('abc'))
t(lambda: zlib.decompressobj().decompress(b'x', -1))
t(lambda: zlib.decompress(b'\x78\x9c\x03', bufsize=-1))
t(lambda: zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03', wbits=31))
t(lambda: zlib.decompress(b'\x1f\x8b\x09\x00\x00\x00\x00\x00\x00\x03', wbits=31))
t(lambda: zlib.decompress(zlib.compress(b'x'), wbits=31))
t(lambda: zlib.decompress(zlib.compress(b'x', wbits=31)[:-2], wbits=31))
t(lambda: zlib.decompressobj().decompress(b'garbage'))
t(lambda: zlib.crc32('x'))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.DEF_BUF_SIZE, zlib.ZLIB_VERSION[:2])
print(zlib.error.__module__, issubclass(zlib.error, Exception), type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
import zlib
c = zlib.compressobj(); x = c.compress(b'abc'); d = c.__copy__(); e = c.__deepcopy__({})
d.compress(b'd')
print(zlib.decompress(x + d.flush()), zlib.decompress(x + e.flush()), zlib.decompress(x + c.flush()))
o = zlib.decompressobj(); y = o.decompress(zlib.compress(b'hello world')[:5]); p = o.__copy__()
print(y + p.decompress(zlib.compress(b'hello world')[5:]))
