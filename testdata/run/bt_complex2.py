# complex in formatting, containers, dunder calls and error paths.
import math, copy
z = 3+4j
print(f"{z}", f"{z!r}", f"{z:.1f}", "%s %r" % (z, z), str(z), "{0.real} {0.imag}".format(z))
print(copy.copy(z) is z, copy.deepcopy([z]))
for bad in [lambda: round(z), lambda: math.sqrt(z), lambda: math.floor(z), lambda: int(z), lambda: z // 2, lambda: z % 2, lambda: divmod(z, 1), lambda: z < 1, lambda: sorted([1j, 2j]), lambda: complex("1+2j", 1), lambda: float(z), lambda: z.real.__class__(z)]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
print(complex.__doc__[:40])
print(bool(0j), bool(1e-300j), not 0j, z * True, z ** True, z.__class__, z.__eq__(3+4j), z.__eq__("x"), z.__lt__(1), z.__hash__() == hash(z))
print(set([1, 1+0j, 1.0]), {1j: "a", complex(0, 1): "b"}, 0j in [0], [0j].index(0))
print(max([1j, 2j], key=abs), sum([1j] * 3, 0j), (1+1j).__pow__(2), (2).__rpow__(1j) if hasattr(2, "__rpow__") else "")
print(z.__add__(1), z.__radd__(1.5), z.__sub__("x"), z.__truediv__(0.5), z.__rtruediv__(1), z.__neg__(), z.__pos__(), z.__abs__())
print(1j.imag.is_integer(), complex(True, False), complex(-0.0), complex(0, -0.0), -(0j), -complex(0.0, 0.0))
print(2 ** 0.5j, (-1) ** 0.5, (-8.0) ** (1/3), 0.0 ** 0j, 0 ** 0j)
try:
    0 ** -1j
except ZeroDivisionError as e:
    print(e)
print(repr(1e300 * 1e300j), complex(1e308, 1e308) * 10, 1e308j * 1e308j)
print(type(1j).__name__, 1J, 0J, 1_0j, 1e3j, .5j, 1.j)
