# The stdlib modules built on the data modules, imported for real.
import base64
import hashlib
import hmac
import io
import random
import struct
import zlib

random.seed(2024)
print(random.random(), random.randint(1, 10**12), random.choice('abcdef'), random.sample(range(50), 4))
r = random.Random('seed string')
print(r.random(), r.gauss(1, 2), r.shuffle(l := list(range(8))), l)
print(random.SystemRandom is not None, isinstance(random.getrandbits(10), int))

print(hashlib.sha256(b'abc').hexdigest(), hashlib.new('blake2s', b'x').hexdigest()[:16])
class Reader:
    # a binary file without getbuffer(): file_digest reads it through readinto
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
print(hashlib.file_digest(Reader(b'file contents ' * 30000), 'sha1').hexdigest())
print(hashlib.file_digest(Reader(b'abc'), hashlib.md5).hexdigest())
print(hmac.new(b'k', b'msg', 'sha256').hexdigest(), hmac.compare_digest(b'a', b'a'))

data = bytes(range(256)) * 3
print(base64.encodebytes(data)[:80], base64.decodebytes(base64.encodebytes(data)) == data)
print(base64.b64encode(memoryview(b'view')), base64.b16decode(b'666F6F'), base64.b32encode(b'xyz'))
try:
    base64.b16decode(b'zz')
except Exception as e:
    print(type(e).__name__, e)

print(struct.unpack('<2h', memoryview(b'\x01\x00\x02\x00')), zlib.crc32(memoryview(b'abc')))
buf = bytearray(6)
struct.pack_into('>hi', memoryview(buf), 0, 1, 2)
print(buf)
try:
    struct.pack_into('>h', memoryview(b'ab'), 0, 1)
except TypeError as e:
    print('TypeError', e)

import pickle
import quopri
import secrets
import tarfile
import uuid

print(quopri.encodestring(b'caf\xe9 = ok \t\nline'), quopri.decodestring(b'caf=E9 =3D ok'))
print(pickle.loads(pickle.dumps({'k': (1, 2.5, 'x', b'y', [None])}, 3)))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'x'))
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(6)))
tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode='w:gz') as tf:
    info = tarfile.TarInfo('hello.txt')
    payload = b'hello tar\n' * 10
    info.size = len(payload)
    info.mtime = 0
    tf.addfile(info, io.BytesIO(payload))
tbuf.seek(0)
with tarfile.open(fileobj=tbuf, mode='r:gz') as tf:
    print(tf.getnames(), tf.extractfile('hello.txt').read()[:20])
