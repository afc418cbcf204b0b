import math
specials = [float('nan'), float('inf'), float('-inf'), 0.0, -0.0, 1e308, -1e308, 5e-324, 1.0, -1.0, 0.5, 2.0, 1e20, -1e-20]
# cbrt, erf and erfc come from Go's fdlibm ports, which differ from glibc
# in the last bit (README, known differences).
names = sorted(n for n in dir(math) if not n.startswith('_') and callable(getattr(math, n)) and n not in ('cbrt', 'erf', 'erfc'))
for name in names:
    f = getattr(math, name)
    out = []
    for x in specials:
        for args in ((x,), (x, 2.0), (2.0, x), (x, x)):
            try:
                r = f(*args)
                out.append(repr(r))
            except (ValueError, OverflowError, TypeError) as e:
                out.append(type(e).__name__)
    print(name, ' '.join(out))
