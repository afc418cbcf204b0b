# math.gamma and math.lgamma: CPython's Lanczos approximation over the C
# library's exp, pow, log, sin and cos; values, special cases and errors.
import math

state = 777


def rnd():
    global state
    state = (state * 25214903917 + 11) % (1 << 48)
    return state / (1 << 48)


def show(f, x):
    try:
        return repr(f(x))
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ': ' + str(e)


inf, nan = math.inf, math.nan
specials = [0.0, -0.0, 1.0, 2.0, 3.0, 0.5, -0.5, -1.0, -2.0, 23.0, 24.0, 170.5, 171.0, 171.7, 200.0,
            201.0, -200.5, -201.5, 1e-20, 1e-21, -1e-21, 1e-320, -1e-320, 1e-300, inf, -inf, nan,
            -170.5, -171.5, -180.5, 1e308, -1e308, 140.0, 139.9, 141.3, -140.5, 5.0, 4.9999, 5.5]
for x in specials:
    print(x, show(math.gamma, x), show(math.lgamma, x))

xs = [rnd() * 40 - 20 for _ in range(400)] + [rnd() * 400 - 200 for _ in range(300)]
xs += [rnd() * 6 for _ in range(300)] + [(rnd() - 0.5) * 2.0 ** int(-rnd() * 60) for _ in range(100)]
for name, f in [('gamma', math.gamma), ('lgamma', math.lgamma)]:
    h = 0
    for i, x in enumerate(xs):
        r = show(f, x)
        if i % 25 == 0:
            print(name, x, r)
        for ch in r:
            h = (h * 131 + ord(ch)) % 2305843009213693951
    print(name, len(xs), 'values, checksum', h)
