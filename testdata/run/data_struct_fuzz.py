# Random struct formats: unpack random bytes, repack, print everything
# (values, NaN payloads, errors) for comparison with CPython.
import struct, _random
r = _random.Random(11)
codes = 'xcbB?hHiIlLqQnNefdsp'
out = []
for n in range(600):
    pre = '@=<>!'[int(r.random() * 5)]
    fmt = pre
    for k in range(int(r.random() * 5) + 1):
        c = codes[int(r.random() * len(codes))]
        if pre != '@' and c in 'nN':
            c = 'i'
        cnt = int(r.random() * 4)
        fmt += (str(cnt) if cnt != 1 else '') + c
    try:
        s = struct.Struct(fmt)
    except struct.error as e:
        out.append('E' + str(e)); continue
    vals = []
    for code in fmt[1:]:
        pass
    # build values by unpacking random bytes, then repack
    data = bytes(int(r.random() * 256) for _ in range(s.size))
    try:
        v = s.unpack(data)
    except Exception as e:
        out.append('U' + type(e).__name__ + str(e)); continue
    try:
        p = s.pack(*v)
        out.append(fmt + ':' + repr(v) + ':' + p.hex())
    except Exception as e:
        out.append(fmt + ':' + type(e).__name__ + str(e))
import binascii
print('\n'.join(out))

