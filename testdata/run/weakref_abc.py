# abc (through _py_abc, which needs _weakrefset) and WeakSet while every
# member is alive.
import abc
from _weakrefset import WeakSet


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "C(%d)" % self.n


a, b, c = C(1), C(2), C(3)
s = WeakSet([a, b])
print(len(s), a in s, c in s, 1 in s)
s.add(c)
s.discard(a)
print(len(s), a in s, sorted(x.n for x in s))
t = WeakSet([a, c])
print(sorted(x.n for x in s | t), sorted(x.n for x in s & t))
print(s == WeakSet([b, c]), s.issubset([a, b, c]), bool(WeakSet()))
s.remove(b)
try:
    s.remove(b)
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(sorted(x.n for x in s.copy()), s.pop() is c, len(s))


class Base(abc.ABC):
    @abc.abstractmethod
    def f(self):
        ...

    @classmethod
    def __subclasshook__(cls, other):
        if cls is Base and hasattr(other, "quack"):
            return True
        return NotImplemented


class Impl(Base):
    def f(self):
        return 1


class Duck:
    def quack(self):
        pass


print(Impl().f(), isinstance(Impl(), Base), issubclass(int, Base))
Base.register(int)
print(isinstance(3, Base), issubclass(int, Base), issubclass(str, Base))
print(issubclass(Duck, Base), isinstance(Duck(), Base), issubclass(Impl, Base))
try:
    Base()
except TypeError as e:
    print(e)


class Meta(abc.ABCMeta):
    pass


class Other(metaclass=Meta):
    @abc.abstractmethod
    def g(self):
        ...


Other.register(list)
print(isinstance([], Other), isinstance((), Other), Other.__abstractmethods__)
