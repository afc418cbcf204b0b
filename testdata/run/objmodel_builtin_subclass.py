# Subclasses of tuple, int, float and str.
class T(tuple):
    pass


t = T((1, 2))
t.attr = "a"
print(t, type(t).__name__, len(t), t[0], t.attr, t + (3,), type(t + (3,)).__name__)
print(T(), T([4, 5]) == (4, 5), isinstance(t, tuple))


class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return "Point({!r}, {!r})".format(*self)


p = Point(1, 2)
print(p, p.x, hash(p) == hash((1, 2)), list(p))


class I(int):
    def double(self):
        return self * 2


i = I(21)
i.name = "i"
print(i, type(i).__name__, i + 1, type(i + 1).__name__, i.double(), i.name, I("7", 8))


class F(float):
    pass


f = F(1.5)
print(f, type(f).__name__, f + 1, 2 * f, f == 1.5, repr(f), F("2.25"), 1.0 + f)


class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("hi")
s.k = 1
print(s, repr(s), s.shout(), s + "x", type(s + "x").__name__, s == "hi", len(s), s.k)
print({s: 1}["hi"], "hi" in {s}, str(s), type(str(s)).__name__)


class Nm(str):
    def __new__(cls, value, extra):
        self = super().__new__(cls, value)
        self.extra = extra
        return self


n = Nm("abc", 5)
print(n, n.extra, n.upper())


class Init(int):
    def __init__(self, v):
        self.orig = v


print(Init(3).orig, Init(3) + 0)
try:
    tuple.__new__(dict)
except TypeError as e:
    print(e)
try:
    T(1)
except TypeError as e:
    print(e)
