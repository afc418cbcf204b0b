import marshal

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# Values held in variables (so CPython's reference counts are above one,
# as pyjit assumes for every object).
a_list = [1, 2, 'abc', 'hello world', 2.5, None, True, False]
a_tuple = (1, (2, 3), 'x')
a_dict = {'a': 1, 'b': [1, 2], 3: 'three'}
a_set = {3, 1, 2, 'z', 'a'}
a_fset = frozenset({5, 4, 'q'})
big = 2**100
neg_big = -3**50
s_uni = 'héllo wörld'
s_astral = 'x\U0001f600y'
b = b'bytes\x00\xff'
f = -0.0
long_str = 'q' * 300
long_ident = 'a' * 300
empty_str = ''
shared = [1, 2]
nested = [shared, shared, (shared,)]
mixed = ['abc', 'abc', 1.5, 1.5, big, big]
values = [None, True, False, Ellipsis, StopIteration, 0, 1, -1, 255, 256, 1000, -1000, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
          2**62, big, neg_big, 1.5, f, 1e300, float('inf'), 'abc', empty_str, s_uni, s_astral, long_str, long_ident,
          b, bytearray(b'ba'), a_list, a_tuple, a_dict, a_set, a_fset, nested, mixed, (), [], {}, set(), frozenset()]
for v in values:
    for version in (4, 3, 2, 1, 0):
        d = marshal.dumps(v, version)
        back = marshal.loads(d)
        same = back == v or (v != v)
        print(version, d.hex(), same, type(back).__name__)

n = marshal.loads(marshal.dumps(nested))
print(n, n[0] is n[1], n[2][0] is n[0])
nan = marshal.loads(marshal.dumps(float('nan')))
print(nan != nan)
print(marshal.version)
print(marshal.loads(b'i\x05\x00\x00\x00extra'))
print(marshal.loads(bytearray(marshal.dumps(a_dict))))
t(lambda: marshal.dumps(object()))
t(lambda: marshal.dumps([1, object()]))
t(lambda: marshal.loads(b''))
t(lambda: marshal.loads(b'i\x01'))
t(lambda: marshal.loads(b'?'))
t(lambda: marshal.loads(b'r\x05\x00\x00\x00'))
t(lambda: marshal.loads(b'[\x02\x00\x00\x00N'))
t(lambda: marshal.loads(b'l\x01\x00\x00\x00\xff\xff'))
t(lambda: marshal.loads('abc'))
t(lambda: marshal.dumps(1, 2.5))
t(lambda: marshal.loads(b'0'))

class W:
    def __init__(self):
        self.data = b''
    def write(self, b):
        self.data += b
    def read(self, n):
        r, self.data = self.data[:n], self.data[n:]
        return r
    def readinto(self, buf):
        n = len(buf)
        r, self.data = self.data[:n], self.data[n:]
        buf[:len(r)] = r
        return len(r)
w = W()
marshal.dump(a_list, w)
marshal.dump(a_dict, w, 2)
print(w.data.hex())
print(marshal.load(w), marshal.load(w))
t(lambda: marshal.load(w))
