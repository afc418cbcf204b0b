# hashlib over pyjit's _md5/_sha*/_blake2 (its fallback path without
# OpenSSL's _hashlib). warnings is stubbed while it imports (written before it imported;
# data_stdlib.py imports the real one); the stub behaves the same under CPython.
import sys

class Stub:
    pass

saved = sys.modules.get('warnings')
w = Stub()
w.warn = lambda *a, **k: None
sys.modules['warnings'] = w
import hashlib
if saved is None:
    del sys.modules['warnings']
else:
    sys.modules['warnings'] = saved

print(sorted(hashlib.algorithms_guaranteed))
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
             'blake2b', 'blake2s']:
    for data in [b'', b'abc', b'x' * 1000]:
        h = hashlib.new(name, data)
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
        assert getattr(hashlib, name)(data).digest() == h.digest()
for name in ['shake_128', 'shake_256']:
    h = hashlib.new(name, b'abc')
    print(name, h.hexdigest(16), len(h.digest(100)))

h = hashlib.sha256()
for part in [b'The quick ', b'brown fox ', bytearray(b'jumps')]:
    h.update(part)
c = h.copy()
c.update(b'!')
print(h.hexdigest(), c.hexdigest())
print(hashlib.md5(b'abc', usedforsecurity=False).hexdigest())
print(hashlib.new('SHA256', b'abc').hexdigest()[:16], hashlib.new('md5').name)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, dklen=20).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'NaCl', 5, 80).hex())
print(hashlib.blake2b(b'msg', key=b'k', digest_size=16, person=b'p').hexdigest())
for bad in [lambda: hashlib.new('nope'), lambda: hashlib.sha256('str')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
