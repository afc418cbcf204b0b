# __slots__ semantics.
class S:
    __slots__ = ("a", "__p")

    def __init__(self):
        self.a = 1
        self.__p = 2

    def p(self):
        return self.__p


s = S()
print(s.a, s.p(), hasattr(s, "__dict__"), sorted(k for k in S.__dict__ if not k.startswith("__")))
print(repr(S.a), S.a.__name__, S.a.__objclass__ is S, type(S.a).__name__)
del s.a
try:
    s.a
except AttributeError as e:
    print(e)
try:
    del s.a
except AttributeError as e:
    print(e)
try:
    s.zzz = 1
except AttributeError as e:
    print(e)
try:
    S.a.__get__(1)
except TypeError as e:
    print(e)


class Sub(S):
    pass


u = Sub()
u.zzz = 5
print(u.zzz, u.a, hasattr(u, "__dict__"))


class Sub2(S):
    __slots__ = ("b",)


v = Sub2()
v.b = 3
print(v.b, v.a, hasattr(v, "__dict__"))
try:
    v.c = 1
except AttributeError as e:
    print(e)


class WithDict:
    __slots__ = ("x", "__dict__")


w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y)


class One:
    __slots__ = "only"


o = One()
o.only = "yes"
print(o.only)


class NT(tuple):
    __slots__ = ()


print(NT((1, 2)), hasattr(NT((1,)), "__dict__"))
for bases, ns in [
    ((), {"__slots__": (1,)}),
    ((), {"__slots__": ("1a",)}),
    ((), {"__slots__": ("a",), "a": 1}),
    ((tuple,), {"__slots__": ("a",)}),
    ((int,), {"__slots__": ("a",)}),
    ((), {"__slots__": ("__dict__", "__dict__")}),
    ((), {"__slots__": 3}),
    ((), {"__slots__": ["ok"]}),
]:
    try:
        type("A", bases, ns)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
