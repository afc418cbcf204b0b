# cmath on pseudo-random points (a fixed LCG: random needs _sre), ordinary and huge/tiny magnitudes.
# Printed to 15 significant digits: glibc's log and tan are not always correctly rounded, pyjit's are,
# so a last-bit difference remains possible on ordinary points (the exact grid test is bt_cmath_grid).
import cmath
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state / 2 ** 64
def show(r):
    if isinstance(r, tuple):
        return "(%s)" % ",".join(show(x) for x in r)
    if isinstance(r, complex):
        return "(%.15g%+.15gj)" % (r.real, r.imag)
    return "%.15g" % r
def uni(a, b):
    return a + (b - a) * rnd()
pts = [complex(uni(-4, 4), uni(-4, 4)) for _ in range(120)]
pts += [complex((1 if rnd() < 0.5 else -1) * 10 ** uni(-10, 10), (1 if rnd() < 0.5 else -1) * 10 ** uni(-10, 10)) for _ in range(80)]
pts += [complex(uni(-1.2, 1.2), 0.0) for _ in range(10)] + [complex(0.0, uni(-1.2, 1.2)) for _ in range(10)]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar"]:
    f = getattr(cmath, name)
    res = []
    for z in pts:
        try:
            res.append(show(f(z)))
        except (ValueError, OverflowError) as e:
            res.append(type(e).__name__)
    print(name, " ".join(res))
print(" ".join(show(z ** w) for z, w in zip(pts[:60], pts[60:120])))
print(" ".join(show(cmath.rect(abs(z), cmath.phase(z))) for z in pts[:50]))
