# bytes and bytearray basics: literals, repr, construction, indexing,
# slicing, iteration, membership, operators, comparisons, hashing.
def tr(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

print(b'', b'abc', b"it's", b'"q"', b'\'"', b'\x00\x7f\x80\xff\t\n\r\\')
print(repr(b'abc'), str(b'x'), bytearray(b'ab\x01'), bytearray())
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b'xy'), bytes(bytearray(b'q')))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes('é', 'latin-1'))
print(bytearray(3), bytearray([1, 2]), bytearray('ab', 'ascii'), bytearray(b'zz'))
print(bytes((x for x in [104, 105])), bytes({7}), bytes(source=[1]))
tr(bytes, 'abc')
tr(bytes, -1)
tr(bytes, [256])
tr(bytes, [-1])
tr(bytes, ['a'])
tr(bytes, 1.5)
tr(bytearray, 1.5)
tr(bytes, 5, 'utf-8')
tr(bytes, 'x', 'nope')
tr(lambda: bytes('x', errors='strict'))
tr(bytes, [1], 2)
tr(bytes, 'é', 'ascii')
tr(bytearray, -3)
tr(lambda: bytes(x=1))
class B:
    def __bytes__(self):
        return b'from dunder'
print(bytes(B()))
b = b'hello world'
print(len(b), b[0], b[-1], b[1:4], b[::-1], b[::2], b[100:], b[-3:])
tr(lambda: b[11])
tr(lambda: b[-12])
tr(lambda: b['x'])
tr(lambda: bytearray(b'a')[5])
tr(lambda: bytearray(b'a')['x'])
print(list(b'abc'), [c for c in bytearray(b'xy')], tuple(iter(b'')))
print(104 in b, 0 in b, b'lo w' in b, b'' in b, bytearray(b'wor') in b, b'z' in bytearray(b'xyz'))
tr(lambda: 'h' in b)
tr(lambda: 300 in b)
tr(lambda: None in b)
print(b'ab' + b'cd', b'ab' + bytearray(b'c'), bytearray(b'a') + b'b', b'ab' * 3, 2 * b'x', b'ab' * 0, b'q' * -1)
print(bytearray(b'ab') * 2, 3 * bytearray(b'z'))
tr(lambda: b'a' + 'x')
tr(lambda: 'x' + b'a')
tr(lambda: b'a' + 1)
tr(lambda: b'a' * 'x')
tr(lambda: bytearray(b'a') + 'b')
print(b'a' == b'a', b'a' == bytearray(b'a'), b'a' != b'b', b'a' < b'b', b'ab' < b'a', b'' <= b'', b'b' > b'abc', b'a' >= b'a')
print(b'a' == 'a', b'a' != 'a', bytearray(b'x') == b'x', bytearray(b'a') < bytearray(b'b'), b'a' == 97)
tr(lambda: b'a' < 'a')
tr(lambda: b'a' < 1)
print(hash(b'abc') == hash(b'abc'), hash(b'') == 0, hash(b'x') == hash(bytes([120])))
d = {b'k': 1, b'j': 2}
print(d[b'k'], d.get(bytes(b'j')), b'k' in d, {b'a', b'a', b'b'} == {b'a', b'b'})
tr(hash, bytearray(b'x'))
tr(lambda: {bytearray(b'x'): 1})
print(bool(b''), bool(b'\x00'), bool(bytearray()), not bytearray(b'a'))
print(type(b''), type(bytearray()), type(b'a'[0]), type(b'ab'[:1]), type(bytearray(b'ab')[:1]))
print(isinstance(b'', bytes), isinstance(bytearray(), bytes), type(iter(b'')).__name__, type(iter(bytearray())).__name__)
print(max(b'hello'), min(b'hello'), sum(b'\x01\x02'), sorted(b'cab'), b'abc'.__len__())
x = b'const'
y = b'const'
print(x == y, [b'a', b'b'], (b'x',), {b'k': b'v'})
print(hash(b'abc'), hash(b''), hash(bytes(range(20))), hash(b'\xff' * 100))
