import binascii as ba

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

datas = [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), b'hello world\n' * 5, bytearray(b'\x00\xff')]
for d in datas:
    h = ba.hexlify(d)
    print(h[:40], ba.b2a_hex(d)[:10], ba.unhexlify(h) == d, ba.a2b_hex(h.decode()) == d)
    e = ba.b2a_base64(d)
    print(e[:60], ba.b2a_base64(d, newline=False)[-4:], ba.a2b_base64(e) == d, ba.a2b_base64(e.decode()) == d)
    print(ba.crc32(d), ba.crc32(d, 12345), ba.crc32(d, -1), ba.crc32(d, 2**40 + 3), ba.crc_hqx(d, 0), ba.crc_hqx(d, 0xffff))
    if len(d) <= 45:
        u = ba.b2a_uu(d)
        print(u, ba.b2a_uu(d, backtick=True), ba.a2b_uu(u) == d)
    q = ba.b2a_qp(d)
    print(q[:80], ba.a2b_qp(q) == d)

print(ba.hexlify(b'\x01\x02\x03\x04\x05', '-'), ba.hexlify(b'\x01\x02\x03\x04\x05', b':', 2), ba.hexlify(b'\x01\x02\x03\x04\x05', sep='_', bytes_per_sep=-2))
t(lambda: ba.unhexlify(b'abc'))
t(lambda: ba.unhexlify(b'zz'))
t(lambda: ba.unhexlify('é0'))
t(lambda: ba.unhexlify(5))
t(lambda: ba.hexlify('abc'))
t(lambda: ba.hexlify(b'ab', 'xy'))
print(ba.unhexlify('ABCdef'))

# lenient and strict base64
for s in [b'YWJj', b'YW Jj\n', b'YWI=', b'YWI=junk', b'YQ==', b'YQ=', b'YQ', b'Y', b'YWJjZ', b'=YWJj', b'YW=Jj', b'YWJj====', b'Y!W@J#j', b'', b'YQ==YWJj', b'YWJjZA==', b'YWJj=YWJj', b'YWJj=', b'YW==']:
    for strict in (False, True):
        try:
            print(s, strict, ba.a2b_base64(s, strict_mode=strict))
        except ba.Error as e:
            print(s, strict, 'Error', e)
t(lambda: ba.a2b_base64('YWJj\u00e9'))

# uu
print(ba.a2b_uu(b''), ba.a2b_uu(b' \n'), ba.a2b_uu(b'#86)C\n'), ba.a2b_uu(b'#86)C'), ba.a2b_uu(b'$86)C'))
t(lambda: ba.a2b_uu(b'#8\x016)C'))
t(lambda: ba.a2b_uu(b'!86)Cxyz'))
t(lambda: ba.b2a_uu(b'x' * 46))
print(ba.b2a_uu(b'x' * 45))

# quoted printable
for s in [b'hello=world', b'tab\tend\t', b'space at end ', b'line1\nline2  \nline3', b'crlf\r\nline\r\n',
          b'\x00\x01\xff\x80', b'a' * 100, b'a' * 74 + b'=', b'.\n.x\n', b'under_score and space', b'x' * 75 + b'\n' + b'y' * 80]:
    print(ba.b2a_qp(s), ba.b2a_qp(s, quotetabs=True), ba.b2a_qp(s, istext=False), ba.b2a_qp(s, header=True))
for s in [b'a=3Db', b'a=3db', b'soft=\nbreak', b'soft=\r\nbreak', b'bad=zz', b'x==y', b'end=', b'a_b', b'=4', b'=\rq\nz']:
    print(ba.a2b_qp(s), ba.a2b_qp(s, header=True), ba.a2b_qp(s.decode()))

print(issubclass(ba.Error, ValueError), issubclass(ba.Incomplete, Exception), ba.Error.__module__, ba.Incomplete.__name__)
t(lambda: ba.crc32())
t(lambda: ba.crc32('abc'))
t(lambda: ba.crc32(b'abc', 1.5))
t(lambda: ba.crc_hqx(b'abc'))
try:
    ba.a2b_base64(b'abcde')
except ValueError as e:
    print('ValueError caught', type(e).__name__)
