# math functions and constants (results compared bit for bit via repr).
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
vals = [0.0, 0.5, 1.0, 2.0, 3.7, 10.0, 100.0, 1e-10, 12345.678, -0.5, -2.5, 0.1, 0.3, 1e300, 7.0, -0.0]
for name in ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "cosh", "tanh", "asinh", "acosh", "atanh", "log1p", "fabs", "degrees", "radians",
             "floor", "ceil", "trunc", "isfinite", "isinf", "isnan"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
for a, b in [(2, 10), (2.5, 3.1), (0, -1), (-1, 0.5), (10, 400), (1.0001, 12345.0), (0.0, 0.0), (-2, 3), (-8, 1/3)]:
    for name in ["pow", "atan2", "hypot", "copysign", "fmod", "log"]:
        try:
            print(name, a, b, repr(getattr(math, name)(a, b)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            print(name, a, b, type(e).__name__, e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
print(math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)), math.fsum([math.inf, 1.0]))
print(math.gcd(12, 18, 30), math.gcd(), math.gcd(-4, 6), math.gcd(2**100, 2**80 * 3), math.lcm(4, 6), math.lcm())
print(math.factorial(0), math.factorial(30), math.factorial(True))
print(math.comb(50, 25), math.comb(5, 7), math.perm(10, 3), math.perm(5), math.perm(5, None), math.isqrt(10**20 + 5))
print(math.prod(range(1, 20)), math.prod([1.5, 2]), math.prod([], start=3), math.prod([2, 3], start=0.5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.log(2**2000), math.log2(2**1500), math.log10(10**400), math.log(8, 2), math.log(100, 10), math.log(10**30, 10**10))
print(math.hypot(3, 4, 12), math.hypot(), math.hypot(-5), math.hypot(math.inf, math.nan), math.hypot(1e300, 1e300))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(2**70), type(math.floor(2.0)).__name__)
class F:
    def __float__(self):
        return 2.25
    def __floor__(self):
        return "floored"
print(math.sqrt(F()), math.floor(F()), math.exp(True))
