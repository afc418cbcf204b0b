print(repr('%05.3d' % 5), repr('%-6.3x|' % 255), repr('%#.4x' % 255), repr('%+.3d' % -5), repr('%.0d' % 0), repr('%#08.3o' % 8), repr('%.3i' % True))
print(repr('%5c|' % 'x'), repr('%c' % 0x1F600), repr('%-4s|' % 'é'), repr('%.2s' % 'héllo'), repr('%(a)s %(b)r' % {'a': 1, 'b': 'x'}))
for f in ['%c', '%y', '%é', '%(a', '%']:
    try: print(repr(f % 5))
    except Exception as e: print(type(e).__name__, e)
for f, a in [('%c', 'ab'), ('%c', 0x110000), ('%s %s', (1,)), ('%s', (1, 2)), ('ab%éc', (1,)), ('%d', 'x'), ('%x', 1.5), ('%f', 'x'), ('%b', 1), ('%(x)s', 1)]:
    try: print(repr(f % a))
    except Exception as e: print(type(e).__name__, e)
print('%s' % [1], '%s' % ((1,2),), '%r' % 'a', '%a' % 'é', '%5.1f|%-8.3e|%g' % (3.14159, 1234.5, 1e20), '%x %X %o' % (255, 255, 8), '%%' % ())
print('%s' % {'a':1}, '%d%%' % 50, '%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 3.14159), '%d' % 3.99, '%s-%s' % ('é', 'ü'), '%-5d|% d|%+d' % (3, 4, 5))
print('%d' % (10**30), '%x' % -(10**20), '%#X' % 255, '%e' % 0.0, '%G' % 1e-10, '%i' % -0, "%s" % None, "%.3r" % "abcdef")
print(b'%s %d %x %c %c %r' % (b'ab', 5, 255, 65, b'z', 'q'), b'%(k)s' % {b'k': b'v'}, b'%5.2s|' % b'xyz')
