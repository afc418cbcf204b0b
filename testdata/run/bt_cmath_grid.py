# cmath on a grid of special and ordinary points, against CPython's tables and branch cuts.
import cmath, math
inf, nan = float('inf'), float('nan')
xs = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -3.25, 1e-300, 1e300, 1e-320, 0.71, 1.7, 10.0, 1e154, 710.0, -710.0, 800.0, inf, -inf, nan]
pts = [complex(x, y) for x in xs for y in xs]
fns = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isnan", "isinf"]
bad = 0
out = []
for name in fns:
    f = getattr(cmath, name)
    for z in pts:
        try:
            r = f(z)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__
        out.append("%s(%r) = %r" % (name, z, r))
for x in xs:
    for y in xs:
        try:
            r = cmath.rect(x, y)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__
        out.append("rect(%r, %r) = %r" % (x, y, r))
for z in pts[::7]:
    for b in [2, 10, 1j, 0.5, 1, 0]:
        try:
            r = cmath.log(z, b)
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            r = type(e).__name__
        out.append("log(%r, %r) = %r" % (z, b, r))
print("\n".join(out))
