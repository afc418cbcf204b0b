# cmath: constants, argument conversion, errors, isclose, polar/rect.
import cmath
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * cmath.pi), cmath.log(-1), cmath.log(8, 2), cmath.log10(100j))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0), cmath.rect(-0.0, 0))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 0.25
class I:
    def __index__(self):
        return 3
print(cmath.sqrt(C()), cmath.exp(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.sqrt(2 ** 40))
for f, args in [(cmath.sqrt, ("x",)), (cmath.sqrt, ()), (cmath.sqrt, (1, 2)), (cmath.log, (0,)), (cmath.log, (1, 1)), (cmath.log, (1, 0)),
                (cmath.log, (1, "x")), (cmath.log, ()), (cmath.atanh, (1,)), (cmath.atanh, (-1,)), (cmath.exp, (1000,)), (cmath.cosh, (1000 + 1j,)),
                (cmath.sinh, (complex(1, float('inf')),)), (cmath.rect, (1, float('inf'))), (cmath.rect, ("a", 1)), (cmath.rect, (1,)),
                (cmath.polar, (complex(1e308, 1e308),)), (cmath.sqrt, (2 ** 2000,)), (cmath.phase, (complex(1e300, 1e-300),)), (cmath.tanh, (complex(0, float('inf')),))]:
    try:
        print(f.__name__, args, f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, args, type(e).__name__, e)
print(cmath.isclose(1, 1 + 1e-10), cmath.isclose(1j, 1.001j, rel_tol=0.01), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(cmath.inf, cmath.inf))
print(cmath.isclose(cmath.nan, cmath.nan), cmath.isclose(complex(cmath.inf, 0), complex(-cmath.inf, 0)), cmath.isclose(1, 2, rel_tol=1))
for args, kw in [((1, 2, 3), {}), ((1,), {}), ((1, 2), {"rel_tol": -1}), ((1, 2), {"foo": 1})]:
    try:
        cmath.isclose(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(cmath.isfinite(1j), cmath.isfinite(cmath.infj), cmath.isinf(complex(1, -cmath.inf)), cmath.isnan(cmath.nanj), cmath.isnan(1))
print(cmath.__name__, cmath.__doc__)
