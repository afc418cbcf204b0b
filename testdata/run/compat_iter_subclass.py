# Subclasses of enumerate, map, reversed and the itertools types.
import itertools
class E(enumerate):
    def __init__(self, it, start=0):
        self.tag = "t"
e = E("ab", 1)
print(type(e).__name__, list(e), e.tag, e.__dict__, isinstance(e, enumerate))
class M(map): pass
print(list(M(abs, [-1, -2])), type(M(abs, [])).__name__)
class R(reversed): pass
print(type(R([1, 2])).__name__, list(R((1, 2, 3))))
class C(itertools.chain):
    x = 5
c = C("ab", "cd"); c.y = 1
print(list(c), c.x, c.y, type(c).__name__)
class Cnt(itertools.count):
    __slots__ = ("a",)
k = Cnt(5); k.a = 3
print(next(k), k.a)
try:
    k.b = 1
except AttributeError as ex:
    print(ex)


class WithInit(itertools.takewhile):
    def __init__(self, *args, newarg=None):
        self.newarg = newarg


w = WithInit(lambda x: x < 3, [1, 2, 3, 1], newarg=7)
print(list(w), w.newarg)


class Plain(itertools.takewhile):
    pass


try:
    Plain(bool, [1], newarg=3)
except TypeError as ex:
    print("TypeError", ex)
