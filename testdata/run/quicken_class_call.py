# CALL of a class whose __init__ is a Python function runs __init__ as a
# pushed frame; these cases check that the result, the errors and the
# fallbacks (class changed after the call site warmed up) match CPython.


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


class Q(P):
    pass


class R(P):
    __slots__ = ("z",)

    def __init__(self, x):
        P.__init__(self, x)
        self.z = x * 3


def make(cls, *a, **k):
    return cls(*a, **k)


def mk(cls, v):
    return cls(v)


ps = [P(i) for i in range(300)]
print(sum(p.x + p.y for p in ps), type(ps[0]).__name__)
print(vars(P(1, y=5)), vars(Q(7)), R(4).z, R(4).x)
for i in range(100):
    mk(P, i)
# Change __init__ after the site specialized.
def init2(self, v):
    self.v = -v
P.__init__ = init2
print(vars(mk(P, 3)), vars(mk(Q, 4)))
# __new__ added: the fast path must not skip it.
def new(cls, *a):
    o = object.__new__(cls)
    o.made = "by new"
    return o
P.__new__ = new
print(vars(mk(P, 5)))
del P.__new__
del P.__init__
print(vars(P()))
# Other classes through the same site.
for c in (int, str, list, tuple, float):
    print(repr(mk(c, "1" if c in (int, float) else "ab")))


class BadRet:
    def __init__(self, v):
        return v


for i in range(50):
    mk(BadRet, None)
try:
    mk(BadRet, 3)
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, v):
        if v > 40:
            raise ValueError("too big: %d" % v)
        self.v = v


n = 0
for i in range(60):
    try:
        n += mk(Raises, i).v
    except ValueError as e:
        msg = str(e)
print(n, msg)
try:
    mk(Raises)
except TypeError as e:
    print("TypeError:", e)
try:
    make(Raises, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    make(Raises, w=1)
except TypeError as e:
    print("TypeError:", e)
print(make(Raises, v=3).v)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *a):
        return ("meta", a)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(mk(WithMeta, 1))


class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []

    def count(self):
        return 1 + sum(k.count() for k in self.kids)


print(Tree(8).count())
import abc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    def __init__(self, v):
        self.v = v


try:
    mk(A, 1)
except TypeError as e:
    print("TypeError:", e)


class Grow:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


print([len(vars(mk(Grow, n))) for n in (1, 5, 3, 20, 0, 7)])
import traceback


class Deep:
    def __init__(self):
        1 / 0


try:
    Deep()
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print([l.strip() for l in tb if l.strip().startswith(("File", "1 /", "Deep"))][-3:][1:])
