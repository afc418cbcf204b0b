# Edge cases of the fast paths: overflow, underflow to subnormals and zero,
# signs of zero, subnormal and huge arguments, for math.pow and ** alike.
import math
cases = [(10.0, 400.0), (10.0, 308.0), (-10.0, 309.0), (2.0, -1075.0), (-2.0, -1075.0), (-2.0, -1074.0),
         (-0.0, 3.0), (-0.0, 2.0), (0.0, -1.0), (-0.0, -3.0), (1.0, 1e308), (-1.0, 1e308), (-1.0, 3.0),
         (0.5, 1e308), (2.0, 1e308), (1.0000001, 1e10), (0.9999999, 1e12), (1e-310, 0.5), (5e-324, -1.0),
         (1e300, 2.0), (1e-300, 2.0), (1e-170, 2.0), (3.0, 64.0), (3.0, 65.0), (-3.0, 65.0), (2.0, 0.5),
         (1e308, 1.0000001), (7.0, -64.0), (0.1, 0.1), (123.456, -0.5)]
for x, y in cases:
    for f in (math.pow, lambda a, b: a ** b):
        try:
            print(repr(f(x, y)), end=' ')
        except Exception as e:
            print(type(e).__name__, e, end=' ')
    print()
for x in [5e-324, 1e-310, 2.2250738585072014e-308, 1.7976931348623157e308]:
    print(repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.atan(x)), repr(math.atan2(x, 3.0)),
          repr(math.atan2(3.0, x)), repr(math.hypot(x, x)), repr(math.asin(min(x, 0.5))), repr(math.acos(min(x, 0.5))))
for x in [709.78, 709.79, 710.0, -708.4, -708.5, -745.0, -745.2, -746.0]:
    try:
        print(repr(math.exp(x)), repr(math.cosh(x)))
    except Exception as e:
        print(type(e).__name__, e)
