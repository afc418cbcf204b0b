# type(name, bases, dict), __init_subclass__, __set_name__, __class_getitem__, __slots__.
C = type("C", (), {"x": 1, "f": lambda self: self.x + 1})
print(C().x, C.__name__, C().f(), C.__bases__)
D = type("D", (C,), {})
print(D().f(), D.__mro__)


class Base:
    registry = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))


class X(Base, tag="x"):
    pass


class Y(X):
    pass


print(Base.registry)
try:
    class Z(Base, bad=1):
        pass
except TypeError as e:
    print(e)


class Named:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + "." + name


class H:
    a = Named()
    b = Named()


print(H.a.where, H.b.where)


class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class G2(G):
    pass


print(G[int], G2[str, int])


class Sl:
    __slots__ = ("a", "b")


s = Sl()
s.a = 1
print(s.a)
try:
    s.c = 2
except AttributeError as e:
    print(e)
