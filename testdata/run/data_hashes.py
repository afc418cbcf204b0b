import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

inputs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 5, b'a' * 1000000]
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
for c in ctors:
    h = c()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for data in inputs:
        print(' ', len(data), c(data).hexdigest())
    # incremental updates in odd chunk sizes, copy() independence
    h = c()
    for i in range(0, 3000, 37):
        h.update(bytes(range(i % 256, min(i % 256 + 37, 256))))
    h2 = h.copy()
    h2.update(b'more')
    print('  inc', h.hexdigest(), h2.hexdigest()[:16], h.digest() == bytes.fromhex(h.hexdigest()))
    h.update(bytearray(b'xyz'))
    print('  ba', h.hexdigest()[:20])

for c in [_sha3.shake_128, _sha3.shake_256]:
    h = c(b'abc')
    print(h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(0), len(h.digest(300)), h.hexdigest(40))
    print(h._capacity_bits, h._rate_bits, h._suffix)
print(_sha3.sha3_256()._capacity_bits, _sha3.sha3_256()._rate_bits, _sha3.sha3_256()._suffix)

# blake2 parameters
B, S = _blake2.blake2b, _blake2.blake2s
print(B(b'abc', digest_size=20).hexdigest(), S(b'abc', digest_size=7).hexdigest())
print(B(b'abc', key=b'secret').hexdigest())
print(S(b'abc', key=b'k' * 32).hexdigest())
print(B(key=b'k').hexdigest()[:32], B(b'x' * 128, key=b'k').hexdigest()[:32])
print(B(b'abc', salt=b'salty', person=b'me').hexdigest()[:32])
print(S(b'abc', salt=b'12345678', person=b'abcdefgh').hexdigest())
print(B(b'abc', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest()[:32])
print(S(b'abc', fanout=0, depth=255, leaf_size=1, node_offset=2**48 - 1, node_depth=255, inner_size=32, last_node=True).hexdigest())
print(S(b'x' * 64).hexdigest(), S(b'x' * 65).hexdigest()[:16], B(b'y' * 128).hexdigest()[:16])
print(B.SALT_SIZE, B.PERSON_SIZE, B.MAX_KEY_SIZE, B.MAX_DIGEST_SIZE, S.SALT_SIZE, S.MAX_DIGEST_SIZE)
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, B(digest_size=5).digest_size)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: _md5.md5('abc'))
t(lambda: _md5.md5(5))
t(lambda: _md5.md5(string=b'a').hexdigest())
t(lambda: _md5.md5(data=b'a').hexdigest())
t(lambda: _sha256.sha256(b'a', usedforsecurity=False).hexdigest())
t(lambda: _sha3.sha3_256(data=b'a').hexdigest())
t(lambda: _sha1.sha1().update('x'))
t(lambda: _sha1.sha1().update())
t(lambda: _sha1.sha1(b'a', b'b'))
t(lambda: _sha3.shake_128(b'a').digest())
t(lambda: _sha3.shake_128(b'a').digest(-1))
for kw in [dict(digest_size=70), dict(digest_size=0), dict(key=b'x' * 65), dict(salt=b'x' * 17), dict(fanout=256),
           dict(depth=0), dict(leaf_size=2**32), dict(leaf_size=-1), dict(node_offset=2**48), dict(node_offset=-1),
           dict(node_depth=256), dict(inner_size=65), dict(person=b'x' * 17), dict(key='ab'), dict(salt=5),
           dict(digest_size='a'), dict(bogus=1), dict(data=b'a')]:
    for c in [B, S]:
        try:
            print(c(**kw).hexdigest()[:8])
        except Exception as e:
            print(kw, type(e).__name__, e)
print(_sha256.SHA256Type is type(_sha256.sha256()), _md5.MD5Type.__name__)
