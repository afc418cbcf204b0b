# Builtin subclasses: overriding methods, super() into builtin methods, sets, format/round/math.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def __missing__(self, k):
        return "missing:" + k


d = D()
d["a"] = 1
print(d, d["a"], d["zz"], type(d).__name__, len(d), d.get("zz"))


class L(list):
    def append(self, x):
        super().append(x + 1)

    def __getitem__(self, i):
        return ("L", super().__getitem__(i))


l = L([1, 2])
l.append(5)
print(l, l[0], len(l), list(l), l + [1], type(l + [1]).__name__)


class MyInt(int):
    def __repr__(self):
        return "MyInt({})".format(int(self))

    def __add__(self, o):
        return MyInt(int(self) + int(o))


m = MyInt(3)
print(repr(m), m + 1, repr(m + 1), 1 + m, str(m), f"{m}", m == 3, hash(m) == hash(3), int(m), type(int(m)).__name__)


class E(int):
    pass


print(E(5) * 2, -E(5), abs(E(-5)), E(5) // 2, E(7) % 3, divmod(E(7), 2), E(10) > 3, [0, 1, 2][E(1)], E(2) ** 3)
print(bool(E(0)), float(E(3)), round(E(7)), E(5) << 1, E(5) & 3, format(E(5), "03d"))


class FS(frozenset):
    pass


class St(set):
    def extra(self):
        return len(self)


s = St([1, 2])
s.tag = 1
print(sorted(s), s.extra(), s.tag, type(s | {3}).__name__, type(s.copy()).__name__, isinstance(s, set))
fs = FS([1])
print(sorted(fs), type(fs).__name__, hash(fs) == hash(frozenset([1])))


class Str2(str):
    def __str__(self):
        return "custom"


x = Str2("raw")
print(x, str(x), repr(x), "", f"{x}", x + "!", x.upper(), len(x), x[0], type(x[0]).__name__)
print(Str2("a") < "b", sorted([Str2("b"), "a"]), "-".join([Str2("p"), "q"]), "ra" in x)


class T2(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __getnewargs__(self):
        return tuple(self)


t = T2(1, 2)
print(t, t[1], t == (1, 2), t[:1], type(t[:1]).__name__, tuple(t), type(tuple(t)).__name__, sorted(T2(3, 1)))
a, b = t
print(a, b, *t, t.count(1), t.index(2))


class F2(float):
    def __new__(cls, v, unit):
        self = super().__new__(cls, v)
        self.unit = unit
        return self


f = F2(2.5, "m")
print(f, f.unit, f * 2, int(f), round(f), f > 2, str(f), -f, abs(F2(-1.0, "s")), hash(f) == hash(2.5))
print(isinstance(f, float), float(f), type(float(f)).__name__, "", format(f, ".2f"))
import math
print(math.floor(F2(2.5, "x")), math.ceil(F2(2.5, "x")), math.trunc(F2(2.5, "x")), F2(2.5, "x").is_integer(), round(F2(2.567, "r"), 2))
print(math.floor(E(3)), math.sqrt(E(4)), [1,2,3][E(0):E(2)], sum([E(1), E(2)]), max(E(1), E(5)), str(E(12)), repr(E(12)), E(12).bit_length(), hex(E(255)))
