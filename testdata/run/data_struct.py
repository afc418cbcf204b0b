import struct
from struct import pack, unpack, calcsize, Struct, error

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# sizes and alignment
for f in ['', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'e', 'f', 'd',
          'ci', 'ic', 'cd', 'bhb', '@c0i', '3s', '5p', 'c3sh', '2x3h', 'hhl', ' i  h ', '0s', 'lc0l', '10x']:
    print(repr(f), calcsize(f), end=' ')
    for pre in '=<>!':
        if any(c in f for c in 'nNP'):
            continue
        print(calcsize(pre + f.lstrip('@')), end=' ')
    print()

# round trips
vals = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [0, 65535],
        'i': [-2**31, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**63, 2**63 - 1], 'L': [0, 2**64 - 1],
        'q': [-2**63, 2**63 - 1, -1], 'Q': [0, 2**64 - 1, 12345678901234], '?': [True, False],
        'e': [0.0, 1.0, -2.5, 65504.0, 6.1e-05, 5.96e-08, 1/3], 'f': [0.0, 1.5, -3.25, 1e30, 1/3],
        'd': [0.0, 1e300, -1/3, float('inf')]}
for pre in ['', '<', '>', '=', '!']:
    for c, vs in vals.items():
        if pre and c in 'lL':
            vs = [v for v in vs if -2**31 <= v < 2**31]
        for v in vs:
            b = pack(pre + c, v)
            print(pre + c, v, b.hex(), unpack(pre + c, b))

print(pack('<3h2sxp', 1, 2, 3, b'ab', b'zz'))
print(pack('>i?c5s', -2, [], b'q', b'hi'))
print(unpack('>i?c5s', pack('>i?c5s', -2, [1], b'q', b'hi')))
print(pack('@bq', 1, 2), pack('=bq', 1, 2))
print(pack('5p', b'hello world'), pack('300p', b'x' * 300)[:3], unpack('5p', b'\x09abcd'))
print(pack('0p', b'ab'), pack('1p', b'ab'), pack('2s', b'a'), unpack('0s', b''))
t(lambda: pack('c', bytearray(b'a')))
print(pack('s', bytearray(b'ab')), unpack('i', bytearray(b'abcd')))
print(pack('<e', float('nan')).hex(), pack('<e', -float('nan')).hex(), pack('>e', float('-inf')).hex())
print(pack('<e', 5.960464477539063e-08 / 2).hex(), pack('<e', 5.960464477539063e-08 * 0.51).hex())
print(pack('<e', 65519.99).hex(), pack('<e', 0.1).hex(), pack('<e', 1.0009765625).hex(), pack('<e', 1.00048828125).hex())
print(unpack('<e', b'\x00\x7c'), unpack('<e', b'\x01\x7c'), unpack('<e', b'\x01\x00'), unpack('<e', b'\xff\x03'))
print(pack('<f', float('nan')).hex(), pack('<d', -0.0).hex(), pack('f', 1e300).hex(), pack('<f', 3.4028235e38).hex())
t(lambda: pack('<f', 1e300))
t(lambda: pack('>f', -3.4028236e38))
print(unpack('<?', b'\x05'), unpack('Q', b'\xff' * 8), unpack('<q', b'\xff' * 8), unpack('>H', b'\x01\x02'))
print(pack('i', True), pack('d', 3), pack('f', True))

class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
print(pack('<i', Idx()), pack('<d', Flt()), pack('<d', Idx()))

# errors
for pre in '@<':
    for c in 'bBhHiIlLqQnN':
        if pre == '<' and c in 'nN':
            continue
        for v in [2**70, -2**70, 2**40, -2**40, 300, -300, 70000, -1, 2**63, 2**64]:
            try:
                pack(pre + c, v)
            except error as e:
                print(pre, c, v, e)
for c in 'bBhiQncefds?':
    for v in ['x', 1.5, None, b'ab']:
        try:
            pack(c, v)
        except Exception as e:
            print(c, repr(v), type(e).__name__, e)
t(lambda: pack())
t(lambda: pack(1))
t(lambda: pack('i'))
t(lambda: pack('i', 1, 2))
t(lambda: pack('z'))
t(lambda: pack('3'))
t(lambda: pack('<n', 1))
t(lambda: calcsize('99999999999999999999i'))
t(lambda: calcsize('9999999999999999i'))
t(lambda: unpack('i', b'ab'))
t(lambda: unpack('i', 'abcd'))
t(lambda: struct.unpack_from('i', b'ab'))
t(lambda: struct.unpack_from('i', b'abcdef', 4))
t(lambda: struct.unpack_from('i', b'abcdef', -10))
t(lambda: struct.unpack_from('i', b'abcdef', -2))
t(lambda: struct.unpack_from('i', b'abcdef', offset=-6))
t(lambda: struct.unpack_from('i', buffer=b'abcdef', offset=1))
t(lambda: struct.unpack_from('<h', b'abcdef', 2))
b = bytearray(6)
t(lambda: struct.pack_into('i', b, 4, 1))
t(lambda: struct.pack_into('i', b, -10, 1))
t(lambda: struct.pack_into('i', b, -2, 1))
t(lambda: struct.pack_into('i', b, 2))
t(lambda: struct.pack_into('i', b'abcdef', 0, 1))
t(lambda: (struct.pack_into('<h', b, -2, 5), b))
t(lambda: (struct.pack_into('>h', b, 1, 258), b))
t(lambda: list(struct.iter_unpack('h', b'abcdef')))
t(lambda: struct.iter_unpack('h', b'abcde'))
t(lambda: struct.iter_unpack('', b'abcde'))
it = struct.iter_unpack('<h', b'abcdef')
print(next(it), it.__length_hint__(), type(it).__name__, list(it), it.__length_hint__())
t(lambda: pack('e', 1e10))
t(lambda: pack('<e', 65520.0))
t(lambda: pack('d', 10**400))
t(lambda: calcsize(' 2 i'))
t(lambda: calcsize('2 i'))
t(lambda: calcsize('i\x00'))
t(lambda: calcsize('é'))
t(lambda: calcsize(b'<ihq'))

# Struct objects
s = Struct('<ihb')
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x00\x00\x02\x00\x03'))
print(s.unpack_from(b'xx' + s.pack(-1, -2, -3), 2), s.unpack_from(buffer=s.pack(4, 5, 6)))
print(Struct(b'>q').format, Struct(b'>q').size, list(Struct('B').iter_unpack(b'\x01\x02\x03')))
ba = bytearray(10)
s.pack_into(ba, 3, 7, 8, 9)
print(ba)
t(lambda: s.pack(1, 2))
t(lambda: s.unpack(b''))
t(lambda: Struct())
t(lambda: Struct('i', 'j'))
t(lambda: Struct(5))
t(lambda: Struct('y'))
print(struct.error.__module__, Struct.__module__, issubclass(error, Exception), error.__name__)
print(repr(Struct('i')).startswith('<_struct.Struct object at '))
try:
    pack('b', 1000)
except struct.error as e:
    print('caught', e.args)

# Struct subclasses and re-initialisation
class S(Struct):
    def __init__(self):
        super().__init__('<ih')
        self.tag = 1
s = S()
print(s.size, s.format, s.pack(1, 2), s.tag, type(s).__name__, s.unpack(b'\x01\x00\x00\x00\x02\x00'))
s2 = Struct.__new__(Struct)
print(s2.size, repr(s2.format))
t(lambda: s2.pack())
s3 = Struct('i')
s3.__init__('hh')
print(s3.size, s3.format, s3.pack(1, 2))
t(lambda: Struct(format=5))
print(Struct(format='b').size)
