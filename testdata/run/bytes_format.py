# printf-style bytes formatting (PEP 461).
def tr(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

print(b'%s and %s' % (b'x', bytearray(b'y')), b'%b' % b'z', b'%%', b'100%%' % (), b'%d%%' % 5)
print(b'%5d|%-5d|%05d|%x|%X|%o|%r|%a|%c|%c|%5s|%-5s|%.2s|%%|%b' % (42, 42, 42, 255, 255, 8, b'q', 'é', 65, b'z', b'ab', b'ab', b'abc', b'xy'))
print(b'%(a)s %(b)d %(a)s' % {b'a': b'x', b'b': 3})
print(b'%+d %#x %#o %e %f %g %i %u %+.2f %E %G %F' % (5, 255, 8, 1.5, 2.25, 3.0, 7, 8, 3.14159, 12345.678, 1e20, 2.5))
print(b'%s' % bytearray(b'z'), b'%r' % 'é', b'%5.1f' % 2.345, b'%*d' % (4, 2), b'%-*d|' % (4, 2), b'%.*f' % (2, 1.23456))
print(b'%d %d %d' % (True, -7, 10**20), b'%x' % -255, b'%d' % 3.99, b'% d' % 5, b'%s' % b'')
print(bytearray(b'%d-%s') % (1, b'a'), b'%s' % (b'single',), b'%r' % [1, b'a'], b'%a' % 'x\n')
print(b'no args' % (), b'%s' % {b'k': 1} if False else b'ok', b'%c%c' % (b'a', 98))
class BB:
    def __bytes__(self):
        return b'BB!'
print(b'[%s]' % BB(), b'[%b]' % (BB(),))
tr(lambda: b'%d' % 'x')
tr(lambda: b'%x' % 1.5)
tr(lambda: b'%s' % 'x')
tr(lambda: b'%s' % 5)
tr(lambda: b'%s %s' % (b'a',))
tr(lambda: b'%s' % (b'a', b'b'))
tr(lambda: b'%y' % 1)
tr(lambda: b'%' % ())
tr(lambda: b'abc %' % 1)
tr(lambda: b'%c' % 300)
tr(lambda: b'%c' % b'ab')
tr(lambda: b'%c' % 'a')
tr(lambda: b'%f' % 'x')
tr(lambda: b'%(a)s' % (1,))
tr(lambda: b'%(a)s' % {b'b': 1})
tr(lambda: b'%s' % ())
tr(lambda: 5 % b'x')
tr(lambda: b'x' % 5)
print(b'x' % [1], b'x' % {b'a': 1})
tr(lambda: b'%s' % [1])
