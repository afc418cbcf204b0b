# bytearray mutation: item/slice assignment and deletion, +=, *=, methods.
def tr(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'hello')
ba[0] = 72
ba[-1] = ord('O')
print(ba, len(ba))
ba[1:3] = b'EY'
print(ba)
ba[1:3] = b''
print(ba)
ba[1:1] = [120, 121, 122]
print(ba)
ba[::2] = b'___'
print(ba)
ba[5:] = bytearray(b'!!')
print(ba)
ba[0:0] = ba
print(ba)
del ba[0]
print(ba)
del ba[-2:]
print(ba)
del ba[::3]
print(ba)
del ba[100:]
print(ba)
def s(key, val):
    ba[key] = val
    return ba
def d(key):
    del ba[key]
    return ba
tr(s, 0, 256)
tr(s, 0, -1)
tr(s, 0, 'a')
tr(s, 0, b'a')
tr(s, 50, 1)
tr(s, 'x', 1)
tr(s, slice(0, 2), 5)
tr(s, slice(0, 2), 'xy')
tr(s, slice(0, 2), [1, 'a'])
tr(s, slice(0, 2), [1, 999])
tr(s, slice(None, None, 2), b'x')
tr(d, 50)
tr(d, -50)
tr(d, 'x')
ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba.extend([103, 104])
ba.extend(bytearray(b'i'))
ba.extend(x for x in [106])
print(ba)
tr(ba.append, 256)
tr(ba.append, 'a')
tr(ba.append, b'a')
tr(ba.extend, 5)
tr(ba.extend, 'ab')
tr(ba.extend, [1, 300])
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
tr(ba.pop, 100)
tr(bytearray().pop)
ba.insert(0, 65)
ba.insert(100, 90)
ba.insert(-1, 89)
ba.insert(-100, 64)
print(ba)
tr(ba.insert, 0, 256)
tr(ba.insert, 'a', 1)
ba.remove(65)
print(ba)
tr(ba.remove, 65)
tr(ba.remove, 300)
c = ba.copy()
ba.reverse()
print(ba, c, c is ba)
ba.clear()
print(ba, len(ba))
x = bytearray(b'ab')
y = x
x += b'cd'
x += bytearray(b'e')
print(x, y, x is y)
x *= 2
print(x, y is x)
x *= 0
print(x)
try:
    x += 'str'
except TypeError as e:
    print('TypeError', e)
try:
    x += [1]
except TypeError as e:
    print('TypeError', e)
b = b'ab'
b2 = b
b += b'cd'
print(b, b2, b is b2)
b *= 2
print(b)
z = bytearray(5)
for i in range(5):
    z[i] = i * 50
print(z, list(z), bytes(z), z == bytes(z))
w = bytearray(b'xyz')
it = iter(w)
print(next(it))
w[1] = 65
print(next(it), list(it))
print(bytearray(b'abc') + b'd', bytearray(b'a') * 3, bytes(bytearray(b'q')) + bytearray(b'r'))
