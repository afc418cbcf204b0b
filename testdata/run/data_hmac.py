# hmac over pyjit's hash modules. warnings and _operator are stubbed while
# it imports (written before they imported); the
# stubs behave the same under CPython.
import sys

class Stub:
    pass

names = ('warnings', '_operator')
saved = {k: sys.modules.get(k) for k in names}
w = Stub()
w.warn = lambda *a, **k: None
op = Stub()
op._compare_digest = lambda a, b: a == b
sys.modules['warnings'] = w
sys.modules['_operator'] = op
import hmac
import hashlib
for k, v in saved.items():
    if v is None:
        del sys.modules[k]
    else:
        sys.modules[k] = v

for digest in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    for key in [b'', b'key', b'k' * 200]:
        h = hmac.new(key, b'The quick brown fox', digest)
        print(digest, len(key), h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b'secret', digestmod=hashlib.sha256)
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest(), c.hexdigest())
print(hmac.digest(b'key', b'msg', 'sha256').hex())
print(hmac.compare_digest(b'abc', b'abc'))
try:
    hmac.new(b'key')
except TypeError as e:
    print('TypeError', e)
