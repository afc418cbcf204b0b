# zlib decoding streams that CPython's C zlib produced (pyjit's encoder
# writes different but equally valid deflate data, so interop matters).
import zlib

data = b''.join(b'%d: the quick brown fox\n' % i for i in range(200))
Z = bytes.fromhex('78da75d8c94905410045d1bd51fc10ead55c86a3288aa0288a866f027db66f77e8e95697fbdbf7cbd3edf3e7f5f1edf6f0f5f1fb7e7bfef8bbcbf55cafe7763df7eb795ccff37a5ed7f3be9e0f38053b9c01349006d4c01a60036dc00dbc15deaaeb0a6f85b7c25be1adf056782bbc15de066f83b7e94686b7c1dbe06df036781bbc0dde0e6f87b7c3dbf5e4c2dbe1edf076783bbc1dde01ef8077c03be01d7a55c13be01df00e7807bc13de09ef8477c23be19d7a37c33be19df04e7817bc0bde05ef8277c1bbe05dfa18c1bbe05df06e7837bc1bde0def8677c3bbe1ddfafac2bbe13df01e780fbc07de03ef81f7c07be03dca0df68682a3a8388a92a3a8398aa2a3a83a8ab2a3a83b8ac2a348eed4929cb1c5da626eb1b7185c2c2e26979a2b8aae5456a6e4eaae28bca2f28ad22b6aaf28bea2fa8af22beaaf3406b6e44ab0a8c1a2088b2a2ccab0a8c3a2108b4a2c4ab1749e2d24578d453916f5581464519145491635591465519565f05825b9c22c2ab328cda2368be22caab328cfa23e8b022d93274ac9d56851a4459516655ad46951a845a516a55ad46a593c4c4bae5c8b7a2d0ab6a8d8a2648b9a2d8ab6a8daa26ccbe67f04c9556e51ba45ed16c55b546f51be45fd16055c547039fc8502f93fee79519f')
RAW = bytes.fromhex('75d6bb8d15410000419f285e08d3fb9d211cd0211012271008c227812db7bdf27a7c7cfdfefaf6faf9e7dbe7efaf4fbfdefffe787d79fff7a1e7bc3de7fd391fcff97cced773be9ff37cceeb3937d0e10cd0200dd4600dd8a00ddce0dde0dde0dde0dde0dde0dde0dde0dde0dde0dde0dde1dde1dde1dde1dde1dde1dde1dde1dde1dde13de03de03de03de03de03de03de03de03de03de03de13de13de13de13de13de13de13de13de13de1bde0bde0bde0bde0bde0bde0bde0bde0bde0bde0bde1bde1bde1bde1bde1bde1bde1bde1bde1bde19df04e7827bc13de09ef8477c23be19df04e7817bc0bde05ef8277c1bbe05df02e7817bc0bde06c00d881b2037606e00dd80ba017603ee06e00dc9bd5a9273b6785bdc2dfe16878bc7c5e5d273a5e94ad795b62b7d571aaf745e69bdd27ba5f94af795f62bfd571ab0746069c1d283a5094b1796362c7d581ab1746269c5d28ba5194b3796762cfd581ab2746469c9d293a5294b5796b62c7d591ab3746669cdd29ba5394b7796f62cfd591ab4746869d1d2a3a5494b9796362d7d5a1ab5746a69d5d2aba5594bb796762dfd5a1ab6746c69d9d2b3a5694bd796b62d7d5b1ab7746e69ddd2bba5794bf796f62dfd5b1ab8747069e1d2c3fd07')
GZ = bytes.fromhex('1f8b080000000000020375d8c94905410045d1bd51fc10ead55c86a3288aa0288a866f027db66f77e8e95697fbdbf7cbd3edf3e7f5f1edf6f0f5f1fb7e7bfef8bbcbf55cafe7763df7eb795ccff37a5ed7f3be9e0f38053b9c01349006d4c01a60036dc00dbc15deaaeb0a6f85b7c25be1adf056782bbc15de066f83b7e94686b7c1dbe06df036781bbc0dde0e6f87b7c3dbf5e4c2dbe1edf076783bbc1dde01ef8077c03be01d7a55c13be01df00e7807bc13de09ef8477c23be19d7a37c33be19df04e7817bc0bde05ef8277c1bbe05dfa18c1bbe05df06e7837bc1bde0def8677c3bbe1ddfafac2bbe13df01e780fbc07de03ef81f7c07be03dca0df68682a3a8388a92a3a8398aa2a3a83a8ab2a3a83b8ac2a348eed4929cb1c5da626eb1b7185c2c2e26979a2b8aae5456a6e4eaae28bca2f28ad22b6aaf28bea2fa8af22beaaf3406b6e44ab0a8c1a2088b2a2ccab0a8c3a2108b4a2c4ab1749e2d24578d453916f5581464519145491635591465519565f05825b9c22c2ab328cda2368be22caab328cfa23e8b022d93274ac9d56851a4459516655ad46951a845a516a55ad46a593c4c4bae5c8b7a2d0ab6a8d8a2648b9a2d8ab6a8daa26ccbe67f04c9556e51ba45ed16c55b546f51be45fd16055c547039fc8502f93f947980781a130000')
FLAGGED = bytes.fromhex('1f8b081e00000000000303006162636e616d652e74787400636f6d6d656e740066244bcb494c4f4f4d51c84dcd4d4a2d0200c56a00840e000000')
ZD = bytes.fromhex('78bb2e3305d333b05228c94885b0a1e269f9155c86d8858db00b1b631736c12e6c8a5dd80cbbb03976610becc29638bc83cb9b38fc6988d5a3008be0655d')

print(zlib.decompress(Z) == data, zlib.decompress(Z, 0) == data, zlib.decompress(Z, 47) == data)
print(zlib.decompress(RAW, -15) == data, zlib.decompress(GZ, 31) == data, zlib.decompress(GZ, 47) == data)
print(zlib.decompress(FLAGGED, 31), zlib.decompress(FLAGGED + GZ, 31))
d = zlib.decompressobj(31)
print(d.decompress(FLAGGED + GZ), d.eof, len(d.unused_data), d.unused_data == GZ)
d = zlib.decompressobj(zdict=b'fox brown quick')
print(d.decompress(ZD) == data[:300], d.eof)
try:
    zlib.decompress(ZD)
except zlib.error as e:
    print('error', e)
# byte-by-byte feeding, as a network reader might
d = zlib.decompressobj(-15)
out = b''.join(d.decompress(RAW[i:i + 1]) for i in range(len(RAW)))
print(out == data, d.eof, d.unused_data)
# gzip member by hand, like gzip._GzipReader: raw inflate after the header
d = zlib.decompressobj(-15)
body = GZ[10:]
got = b''
while not d.eof:
    chunk = d.decompress(body, 1000)
    assert len(chunk) <= 1000
    got += chunk
    body = d.unconsumed_tail
    if not body and not d.eof:
        body = b''
        if not chunk:
            break
print(got == data, d.eof, len(d.unused_data), zlib.crc32(got) == int.from_bytes(d.unused_data[:4], 'little'))
# truncated input: flush returns what there is, one-shot decompress raises
d = zlib.decompressobj()
part = d.decompress(Z[:len(Z) // 2])
rest = d.flush()
print(data.startswith(part + rest), d.eof)
try:
    zlib.decompress(Z[:len(Z) // 2])
except zlib.error as e:
    print('error', e)
# what pyjit compresses, C zlib (here: pyjit itself, and CPython when the
# test runs under it) must read back
for level in range(-1, 10):
    for wbits in (15, -15, 31):
        assert zlib.decompress(zlib.compress(data, level, wbits), wbits) == data
print('ok')
