# __new__/__init__ of builtin subclasses: which __new__ is safe, conversions, layout conflicts.
class T(tuple):
    pass


class I(int):
    pass


class F(float):
    pass


class S(str):
    pass


class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])


class Dd(dict):
    def __init__(self, **kw):
        super().__init__(kw)
        self.n = len(kw)


print(L(1, 2), Dd(a=1, b=2), Dd(a=1).n)
for f, args in [(object.__new__, (T,)), (int.__new__, (F,)), (tuple.__new__, (I,)), (str.__new__, (T,)),
                (float.__new__, (I,)), (int.__new__, (I, "12")), (float.__new__, (F, "1.5")),
                (str.__new__, (S, 5)), (tuple.__new__, (T, "ab")), (object.__new__, (I,)),
                (list.__new__, (T,)), (object.__new__, (L,))]:
    try:
        r = f(*args)
        print(type(r).__name__, r)
    except TypeError as e:
        print(e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
try:
    class X(int, str):
        pass
except TypeError as e:
    print(e)
try:
    class Y(T, list):
        pass
except TypeError as e:
    print(e)
print(I(True), type(I(True)).__name__, I(2.9), I("ff", 16), F(3), S(1.5), S(b"x"[0]), T(range(3)))
i = I(10**30)
print(i, type(i).__name__, i + 1, i // 7, str(i)[:5])
print(str(S("abc")) is not None, type(str(S("abc"))).__name__, S("abc").__str__(), type(S("a").__str__()).__name__)
print(int(I(4)) + 0, type(+I(4)).__name__, type(-I(4)).__name__, type(abs(I(-4))).__name__, type(I(4).__index__()).__name__)
print(I(3) == I(3), I(3) < 4.5, {I(3): "x"}[3], hash(S("q")) == hash("q"), T((1,)) < (2,), max(T((1, 9))))


class E(Exception):
    pass


class E2(E):
    def __new__(cls, *a):
        return super().__new__(cls, *a)


class T3(tuple):
    def __new__(cls):
        return object.__new__(cls)


for f in [lambda: object.__new__(E2), T3]:
    try:
        f()
    except TypeError as e:
        print(e)
print(type(E2("x")).__name__, E2("x").args)
