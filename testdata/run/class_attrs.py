class C:
    """doc"""
    a = 1
    def m(self): return self.a
print(C.__name__, C.__doc__, C.a, C().m(), "m" in C.__dict__, C.__module__, C.__qualname__)
C.a = 2
C.new = lambda self: "new"
print(C().m(), C().new())
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, repr(Outer.Inner)[:30], repr(C))
c = C()
c.a = 100
print(c.a, C.a, type(c).a)
del c.a
print(c.a)
class WithEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    __hash__ = object.__hash__
print(WithEq(1) == WithEq(1), len({WithEq(1), WithEq(1)}))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(type(c) is C, C.__bases__, object.__bases__, int.__mro__)
