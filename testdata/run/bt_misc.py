# Exception __reduce__/__setstate__/__dict__ and copying exceptions, reversed.__length_hint__,
# function.__builtins__, super.__get__, type.__prepare__/__instancecheck__/__subclasscheck__.
import copy
e = ValueError("x", 2)
print(e.__reduce__(), e.__dict__)
e.note = "n"
print(e.__reduce__(), e.__dict__)
c = copy.copy(e)
print(repr(c), c.args, c.note, c is e)
d = copy.deepcopy(KeyError([1]))
print(repr(d), d.args)
print(StopIteration(5).__reduce__(), StopIteration(5).__dict__, SystemExit(3).__reduce__())
print(repr(copy.copy(StopIteration(7))), copy.copy(StopIteration(7)).value)
ie = ImportError("m", name="mod")
print(ie.__reduce__(), ImportError("m").__reduce__())
s = ValueError()
s.__setstate__({"a": 1, "b": [2]})
print(s.a, s.b, s.__dict__)
s.__setstate__(None)
for bad in [lambda: s.__setstate__(5), lambda: s.__setstate__({1: 2})]:
    try:
        bad()
    except TypeError as ex:
        print(ex)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.extra = a + b
m = copy.copy(MyErr(1, 2))
print(m.args, m.extra, type(m).__name__)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
r2 = reversed("abc")
print(r2.__length_hint__())
def f():
    pass
import builtins
print(f.__builtins__ is builtins.__dict__, f.__builtins__["len"] is len)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
unbound = super(B)
bound = unbound.__get__(B())
print(bound.who(), bound.__get__(B()) is bound, unbound.__get__(None, B) is unbound)
try:
    unbound.__get__(None)
except TypeError as ex:
    print(ex)
print(type.__prepare__("X", ()), type(type.__prepare__()).__name__)
print(type.__instancecheck__(int, 3), type.__instancecheck__(int, "3"), type.__subclasscheck__(int, bool), type.__subclasscheck__(bool, int))
try:
    type.__subclasscheck__(int, 3)
except TypeError as ex:
    print(ex)
class Meta(type):
    def __instancecheck__(cls, inst):
        return True
class Any(metaclass=Meta):
    pass
print(isinstance(3, Any), type.__instancecheck__(Any, 3))
class NA:
    pass
class WA:
    x: int
    y: "str" = "s"
class Sub(WA):
    pass
print(NA.__annotations__, WA.__annotations__, Sub.__annotations__, "__annotations__" in NA.__dict__)
NA.__annotations__ = {"q": 1}
print(NA.__annotations__)
for bad in [lambda: int.__annotations__, lambda: setattr(int, "__annotations__", {})]:
    try:
        bad()
    except (AttributeError, TypeError) as ex:
        print(type(ex).__name__, ex)
import keyword as mod
print("__annotations__" in mod.__dict__)
print(mod.__annotations__, "__annotations__" in mod.__dict__)
print(int.__flags__ & (1 << 9), NA.__flags__ & (1 << 9) != 0, NA.__flags__ & (1 << 10) != 0, bool.__flags__ & (1 << 10))
print([bool(T.__flags__ & (1 << 24)) for T in (int, bool, NA, str)], bool(KeyError.__flags__ & (1 << 30)), bool(type.__flags__ & (1 << 31)))
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
print(bool(Ab.__flags__ & (1 << 20)), bool(NA.__flags__ & (1 << 20)))
