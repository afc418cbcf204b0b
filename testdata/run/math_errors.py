# math error messages.
import math
tests = [
    lambda: math.sqrt("x"), lambda: math.sqrt(1, 2), lambda: math.sqrt(), lambda: math.sqrt(x=1),
    lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.factorial("3"),
    lambda: math.log(0), lambda: math.log(-1.5), lambda: math.log(1, 1), lambda: math.log(0, 10), lambda: math.log(),
    lambda: math.log(-(2**2000)), lambda: math.exp(1000), lambda: math.floor(math.inf), lambda: math.ceil(math.nan),
    lambda: math.comb(-1, 2), lambda: math.comb(3, -1), lambda: math.comb(3), lambda: math.perm(1, 2, 3),
    lambda: math.trunc("a"), lambda: math.gcd(1.5), lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum(5),
    lambda: math.sqrt(-1), lambda: math.pow(0, -1), lambda: math.pow(-1, 0.5), lambda: math.pow(10, 400),
    lambda: math.ceil(None), lambda: math.asin(2), lambda: math.acosh(0), lambda: math.atanh(1),
    lambda: math.cosh(1000), lambda: math.sin(math.inf), lambda: math.isqrt(-1), lambda: math.fmod(1, 0),
    lambda: math.fmod(math.inf, 1), lambda: math.sqrt(2**2000), lambda: math.prod(3), lambda: math.hypot("a"),
    lambda: math.isclose(1), lambda: math.copysign(1),
]
for i, f in enumerate(tests):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
