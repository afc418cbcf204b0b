# Randomised zlib streaming: compressobj with flushes, decompressobj fed in
# random chunks with random max_length, trailing data. Only format-independent
# results are printed (pyjit's deflate bytes differ from C zlib's).
import zlib, _random
r = _random.Random(4)
res = []
for n in range(40):
    size = int(r.random() * 20000)
    data = bytes(int(r.random() * 8) + 97 for _ in range(size))
    wb = [15, -15, 31, 9][int(r.random() * 4)]
    co = zlib.compressobj(int(r.random() * 11) - 1, zlib.DEFLATED, wb)
    comp = b''
    i = 0
    while i < len(data):
        k = int(r.random() * 3000) + 1
        comp += co.compress(data[i:i + k])
        if r.random() < 0.2:
            comp += co.flush([zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH][int(r.random() * 3)])
        i += k
    comp += co.flush()
    tail = b'TAIL' if r.random() < 0.5 else b''
    do = zlib.decompressobj(wb if wb != 31 else 47)
    out = b''
    j = 0
    stream = comp + tail
    while j < len(stream) and not do.eof:
        k = int(r.random() * 500) + 1
        ml = int(r.random() * 2000) if r.random() < 0.5 else 0
        chunk = do.unconsumed_tail + stream[j:j + k]
        j += k
        got = do.decompress(chunk, ml)
        if ml:
            assert len(got) <= ml
        out += got
    while not do.eof:
        got = do.decompress(do.unconsumed_tail, 100)
        if not got and not do.unconsumed_tail:
            out += do.flush()
            break
        out += got
    res.append((out == data, do.eof, do.unused_data + stream[j:] == tail))
print(res.count((True, True, True)), len(res), [x for x in res if x != (True, True, True)][:5])
