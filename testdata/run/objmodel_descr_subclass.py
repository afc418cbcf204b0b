# Subclasses of classmethod, staticmethod and property.
class CM(classmethod):
    pass


class SM(staticmethod):
    def __init__(self, f):
        super().__init__(f)
        self.tag = "sm"


class P(property):
    pass


class A:
    @CM
    def f(cls):
        return cls.__name__

    @SM
    def g():
        return 5

    @P
    def h(self):
        return self._h

    @h.setter
    def h(self, v):
        self._h = v * 2


class B(A):
    pass


a = A()
a.h = 4
print(A.f(), B.f(), A.g(), a.g(), a.h)
print(type(A.__dict__["h"]).__name__, type(A.__dict__["f"]).__name__)
print(A.__dict__["g"].tag, A.__dict__["f"].__func__.__name__)
cm = CM(len)
cm.extra = 1
print(cm.extra, cm.__func__ is len)
try:
    classmethod()
except TypeError as e:
    print(e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print(e)
try:
    classmethod(len, x=1)
except TypeError as e:
    print(e)
p = P(lambda self: 1)
p.note = "n"
print(p.note, isinstance(p, property))
p2 = p.setter(lambda self, v: None)
print(type(p2).__name__, p2.fset is not None)


class CachedProp(property):
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return "cached:" + str(super().__get__(obj, typ))


class C:
    @CachedProp
    def x(self):
        return 3


print(C().x, type(C.x).__name__)
