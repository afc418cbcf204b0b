# bytes in the wider language: builtins, f-strings, dunders, errors.
def tr(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

b = b'abc'
print(list(reversed(b)), list(enumerate(b'xy')), sorted([b'b', b'a', b'ab']), b'a' in [b'a'], b'a' in {b'a': 1})
print(f'{b}', f'{b!r}', '{}'.format(b), format(b, ''), str(b), repr(bytearray(b'"\'')))
tr(format, b, '5')
def setb():
    b[0] = 1
def delb():
    del b[0]
tr(setb)
tr(delb)
tr(lambda: b.foo)
print(b.__len__(), b.__getitem__(0), b.__contains__(97), b.__eq__(b'abc'), b.__eq__('abc'))
print(bytes.__name__, bytearray.__name__, bytes.__doc__.splitlines()[0], type(bytes.fromhex), type(b.decode).__name__)
print(bytes.maketrans(b'a', b'b')[97], b.maketrans(b'', b'')[:3], bytes.decode(b'xy'), bytearray.hex(bytearray(b'\x01')))
print(isinstance(b, (bytes, bytearray)), issubclass(bytearray, bytes), bytes.__mro__, bytearray.__mro__)
print([x for x in b if x > 97], {x for x in b'aab'}, dict.fromkeys(b'ab'))
print(b'a b c'.split()[::-1], b'-'.join(sorted(b'c b a'.split())), max([b'a', b'bb', b'ab']))
print(int.from_bytes(b'\x01\x00', 'big') if hasattr(int, 'from_bytes') else 256)
x = [b'x'] * 3
print(x, x.count(b'x'), x.index(b'x'), (b'a', 1) < (b'b', 0), b'' or b'empty', b'full' and b'and')
s = 'héllo'
e = s.encode()
print(e, len(e), e.decode() == s, s.encode('latin-1').decode('latin-1') == s, bytes(s, 'utf-8') == e)
tr(bytes.__new__, int)
print(bytearray(b'abc') == bytearray(b'abc'), bytearray(b'a') != b'a', bytearray(b'b') > b'a', b'a' < bytearray(b'b'))
t = (b'k', bytearray(b'v'))
print(t, [t], {b'k': t})
