import array
from array import array as A

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)
vals = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [0, 65535], 'i': [-2**31, 2**31 - 1],
        'I': [0, 2**32 - 1], 'l': [-2**63, 2**63 - 1], 'L': [0, 2**64 - 1], 'q': [-2**63, 5], 'Q': [2**64 - 1, 7],
        'f': [1.5, 0.1, -2.0], 'd': [0.1, -1e300, float('inf')], 'u': ['a', 'é', '\U0001f600']}
for c, vs in vals.items():
    a = A(c, vs)
    print(a, a.typecode, a.itemsize, len(a), a.tolist(), a.tobytes().hex())
    b = A(c)
    b.frombytes(a.tobytes())
    print(' ', b == a, list(a) == a.tolist(), a[0], a[-1], a[::-1], a * 2 == a + a)
    s = A(c, a.tobytes())
    s.byteswap()
    print(' ', s.tobytes().hex())

a = A('i', range(10))
print(a[2:5], a[::3], a[8:2:-2], a[100:], len(a[:]))
a[2:5] = A('i', [20, 30])
print(a)
a[::2] = A('i', [0] * 5)
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
del a[0]
print(a)
a.append(7)
a.extend([8, 9])
a.extend(A('i', [10]))
a.insert(0, -1)
a.insert(-1, 99)
a.insert(100, 100)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(a[1])
print(a, a.index(8), a.count(9), 9 in a, 42 in a, a.index(9, 1))
a.reverse()
print(a)
a += A('i', [1, 1])
a *= 2
print(a, a.count(1))
a.fromlist([5, 6])
print(a.tolist())
u = A('u', 'hello')
u.fromunicode(' world')
print(u, u.tounicode(), u[1], u[1:3])
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) == A('d', [1.0, 2.0]), A('b', [1]) != A('b', [1]),
      A('i') == A('i'), A('i', [2]) >= A('i', [1, 5]))
print(A('d', A('i', [1, 2])), A('i', A('i', [3])), A('b', b'\x01\xff'), A('B', bytearray(b'\x01\xff')))
print(A('i', (x * x for x in range(4))), 3 * A('h', [1, 2]), A('i', [1]) * -1, A('d'), repr(A('u')))
it = iter(A('h', [4, 5]))
print(type(it).__name__, next(it), list(it), list(it))
print(type(A('i').buffer_info()), A('i', [1, 2]).buffer_info()[1])
print(A('i', [1, 2]).__reduce_ex__(2))
c = A('i', [1, 2])
c2 = c.__copy__()
c2.append(3)
print(c, c2, c.__deepcopy__({}))

class MyArray(A):
    def total(self):
        return sum(self)
m = MyArray('i', [1, 2, 3])
m.tag = 'x'
print(m, m.total(), m.tag, type(m[0:2]).__name__, isinstance(m, A))

class F:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(b)
f = F()
A('h', [1, 2, 3]).tofile(f)
print(f.chunks)

for c in 'bBhHiIlLqQ':
    for v in [2**64, -2**64, 2**63, 2**40, -1, 300, -300, 70000, 1.5, 'x', None]:
        try:
            A(c, [v])
        except Exception as e:
            print(c, v, type(e).__name__, e)
for c in 'fdu':
    for v in [1, 'x', 'xy', None, 10**400]:
        try:
            print(c, v, A(c, [v]))
        except Exception as e:
            print(c, type(e).__name__, e)
t(lambda: A(5))
t(lambda: A('z'))
t(lambda: A('ii'))
t(lambda: A('i', 'abc'))
t(lambda: A('b', A('u', 'a')))
t(lambda: A('u', A('b', [1])))
t(lambda: A('i', [1]).extend(A('d', [1])))
t(lambda: A('i').pop())
t(lambda: A('i', [1]).pop(5))
t(lambda: A('i', [1]).remove(5))
t(lambda: A('i', [1]).index(5))
t(lambda: A('i', [1]).frombytes(b'abc'))
t(lambda: A('i', [1]).fromlist((1,)))
t(lambda: A('i', [1]).fromunicode('a'))
t(lambda: A('i', [1]).tounicode())
t(lambda: A('i', [1]) + [1])
t(lambda: A('i', [1]) + A('d'))
t(lambda: A('i', [1])[5])
t(lambda: A('i', [1])['a'])
def f1():
    a = A('i', [1, 2, 3]); a[0:2] = [1]
def f2():
    a = A('i', [1, 2, 3]); a[0:2] = A('d', [1])
def f3():
    a = A('i', [1, 2, 3]); a[::2] = A('i', [1])
def f4():
    a = A('i', [1, 2, 3]); a[5] = 1
def f5():
    a = A('i', [1, 2, 3]); a[0] = 'x'
for f in [f1, f2, f3, f4, f5]:
    t(f)
t(lambda: hash(A('i')))
try:
    A('i', [1]) < [2]
except TypeError:
    print('TypeError for array < list')
t(lambda: A('i', [1]).index(1, 5))
t(lambda: A('i', [1, 2, 3]).count('x'))
t(lambda: 'x' in A('i', [1]))
a = A('i', [1, 2])
try:
    a.extend([3, 'x', 4])
except TypeError as e:
    print(e, a)

# pickling support: CPython's pickles of protocol 3+ call
# _array_reconstructor with these machine format codes
rec = array._array_reconstructor
mformats = {'b': 1, 'B': 0, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12, 'L': 10, 'q': 12, 'Q': 10, 'f': 14, 'd': 16, 'u': 20}
for c in 'bBhHiIlLqQfdu':
    a = A(c, 'ab' if c == 'u' else [1, 2, 3])
    print(c, rec(A, c, mformats[c], a.tobytes()) == a, a.__reduce_ex__(2)[1])
print(rec(A, 'i', 9, b'\x00\x00\x00\x01\x00\x00\x00\x02'), rec(A, 'd', 15, b'?\x80\x00\x00'),
      rec(A, 'q', 11, b'\xff' * 8), rec(A, 'u', 18, b'a\x00b\x00'), rec(A, 'u', 21, b'\x00\x00\x00c\x00\x00\x00d'), rec(A, 'b', 0, b'\xff'),
      rec(A, 'h', 1, b'\xff\x01'), rec(MyArray, 'b', 1, b'\x05'))
for bad in [lambda: rec(5, 'i', 8, b''), lambda: rec(int, 'i', 8, b''), lambda: rec(A, 'z', 8, b''),
            lambda: rec(A, 'i', 99, b''), lambda: rec(A, 'i', 8, 'x'), lambda: rec(A, 'i', 9, b'abc'), lambda: rec(A, 'B', 14, b'\x00\x00\x80?')]:
    t(bad)

# an empty array assigned to an extended slice deletes it
e = A('h', range(8))
e[::3] = A('h')
print(e)
e[1:1:2] = A('h')
print(e)
a = A('i', [1])
print(a.__add__(A('i', [2])), a.__mul__(3), a.__rmul__(2), a.__iadd__(a), a.__imul__(2), a)
import pickle
for proto in range(1, 4):
    for a in [A('d', [1.5, 2.5]), A('u', 'hi'), A('Q', [2**64 - 1])]:
        print(proto, pickle.loads(pickle.dumps(a, proto)) == a)
