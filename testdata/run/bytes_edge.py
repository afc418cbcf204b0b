# bytes edge cases: odd indices, huge sizes, self-referential mutation.
def tr(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'abcdef')
class Shrink:
    def __index__(self):
        ba.clear()
        return 65
def s1():
    ba[3] = Shrink()
tr(s1)
print(ba)
ba = bytearray(b'abcdef')
def gen():
    ba.clear()
    yield 1
def s2():
    ba[1:4] = gen()
    return ba
tr(s2)
ba = bytearray(b'abc')
ba[0:0] = ba
ba.extend(ba)
ba += bytes(ba)
print(ba)
print(b'\x01\x02\x03'.hex(':', 100), b'\x01\x02\x03'.hex(':', -100), b'\x01\x02\x03'.hex(':', 2**30), b'\x01\x02'.hex(':', -2**31))
tr(b'\x01'.hex, ':', 2**31)
tr(b'\x01'.hex, ':', -2**70)
tr(b'ab'.ljust, 2**62)
tr(b'ab'.zfill, 2**62)
tr(b'ab'.center, 2**70)
tr(bytes, 2**70)
tr(bytes, -2**70)
tr(lambda: b'%*d' % (2**40, 1))
tr(lambda: b'ab' * 2**62)
tr(lambda: b'abc'[2**70])
tr(lambda: b'abc'[2**70:])
tr(lambda: b'abc'[::0])
print(b'abcdef'[-100:100:3], b'abcdef'[10:-10:-2], b'abc'[True], bytearray(b'xyz')[::-1])
tr(b'abc'.find, b'b', 2**70)
tr(b'abc'.count, b'', -2**70, 2**70)
print(b'abc'.startswith(b'', 3), b'abc'.startswith(b'', 4), b'abc'.endswith(b'c', -2**70, 2**70), b'abc'.find(b'', 3))
tr(bytearray(b'a').pop, 2**70)
tr(bytearray(b'a').insert, 2**70, 1)
tr(b'a\tb'.expandtabs, 2**62)
tr(lambda: b'%.*s' % (2, b'abcdef'))
tr(lambda: b'%-*s|' % (-4, b'ab'))
tr(lambda: b'%s %(x)s' % {b'x': 1})
