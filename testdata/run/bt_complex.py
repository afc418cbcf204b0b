# The complex type: construction, parsing, repr, arithmetic, errors.
vals = [0j, 1j, -1j, 1+2j, -1.5-2.5j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
        complex(1e300, 1e-300), complex(float('inf'), 0), complex(0, float('nan')), complex(-float('inf'), float('nan')),
        complex(123456789012345678, 1), 1e16j, 1e-5j, complex(0.1, 0.2)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), bool(v), v == v, hash(v) if v == v else 'nan')
for s in ["1", "1j", "-1j", "+j", "j", "J", "1+j", "1-j", "1.5e3-2.5E-3j", " ( 1+2j ) ", "(1+2j)", "inf", "-inf-infj",
          "nan+nanj", "NaNj", "Infinity", ".5j", "5.j", "1_000j", "1e+3j", "-0", "-0j", "0-0j", "  7  "]:
    print(repr(s), complex(s))
for s in ["", "j+1", "1+2", "1 +2j", "(1+2j", "1+2j)", "()", "1jj", "1e", "1__0", "_1", "1_", "--1", "+-1j", "1+2jx", "i", "1..2", "ja"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1j, 1j), complex(1+1j, 2), complex(real=3, imag=4), complex(imag=2))
class C:
    def __complex__(self):
        return 5+6j
class Fl:
    def __float__(self):
        return 2.5
class Ix:
    def __index__(self):
        return 7
print(complex(C()), complex(Fl()), complex(Ix()), complex(Fl(), Ix()), complex(C(), 1))
class BadC:
    def __complex__(self):
        return 1
for args in [("1", 2), (1, "2"), ([],), (1, []), (None,), (BadC(),), (2**2000,)]:
    try:
        print(complex(*args))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print(e)
try:
    complex(foo=1)
except TypeError as e:
    print(e)
a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b, a ** b, a ** 2, a ** -3, a ** 0, a ** 0.5, -a, +a, abs(a))
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, a ** 2.0, 2 ** a, 2.0 ** a, True + a)
print(0j ** 0, 0j ** 2, 1j ** 2, 1j ** 101, 1j ** -101, (1+1j) ** 100, (1+1j) ** 0.5)
for x, y in [(1j, 0), (1j, 0j), (0j, -1), (0j, 1j), (0j, -1.5), (1e200j, 1e200), (1e300 + 1e300j, 2), (10j, 1e6)]:
    for op in ["/", "**"]:
        try:
            print(x, op, y, eval("x %s y" % op))
        except (ZeroDivisionError, OverflowError) as e:
            print(x, op, y, type(e).__name__, e)
for op in ["<", "<=", ">", ">=", "//", "%"]:
    try:
        eval("a %s b" % op)
    except TypeError as e:
        print(e)
try:
    divmod(a, b)
except TypeError as e:
    print(e)
try:
    int(a)
except TypeError as e:
    print(e)
try:
    float(a)
except TypeError as e:
    print(e)
try:
    pow(a, 2, 3)
except ValueError as e:
    print(e)
print(a == 3+4j, a != 3+4j, 1+0j == 1, 1+0j == True, 1j == 1, 2+0j == 2.0, a == "x", 2**53+1 == complex(2**53+1, 0))
print((-8) ** (1/3), (-1) ** 0.5, (-2.0) ** 1.5, 0.5 ** -0.5)
print(hash(1+0j) == hash(1), hash(0.5+0j) == hash(0.5), hash(complex(1, 2)), hash(complex(-1, -1)), hash(-1+0j))
print(abs(-3j), abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(e)
for v, spec in [(1+2j, ""), (1.5-2j, ".2"), (1j, "10"), (1j, "<10"), (-1j, "+"), (1+1j, "^20.3f"), (1e20+1j, "g"),
                (1234.5+6789j, ",.2f"), (1+2j, "e"), (1+2j, "E"), (0.1+0.2j, ".3g"), (complex(-0.0, 1), ""), (1+2j, " "),
                (1j, "*>8"), (3+4j, "#"), (3+4j, "#g"), (complex(float('inf'), float('nan')), ""), (complex(float('inf'), float('nan')), "F"),
                (2j, "n"), (1+2j, "-")]:
    print(repr(spec), "[" + format(v, spec) + "]", f"{v:{spec}}" == format(v, spec))
for spec in ["d", "%", "010", "=10", "x"]:
    try:
        format(1+2j, spec)
    except ValueError as e:
        print(e)
class MyC(complex):
    def extra(self):
        return "x"
m = MyC(1, 2)
m.tag = 5
print(m, type(m).__name__, m.extra(), m.tag, m + 1, type(m + 1).__name__, MyC("3+4j"), m == 1+2j, hash(m) == hash(1+2j))
print(type(complex(m)).__name__, complex(m), (1+2j).__getnewargs__(), (1+2j).__complex__(), isinstance(1j, complex))
print(complex.__name__, type(1j).__mro__)
import numbers
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1, numbers.Complex))
print(sum([1j, 2, 3.5]), [1j, 2j] * 2, {1j: 1}[1j], sorted([3, 1, 2], key=lambda x: abs(x * 1j)))
