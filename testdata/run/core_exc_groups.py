# Exception groups and except*, __notes__, sys.exception, exc_info.
import sys

def show(eg, indent=0):
    print(" " * indent + f"{type(eg).__name__}({eg.args[0]!r})" if isinstance(eg, BaseExceptionGroup) else " " * indent + repr(eg))
    if isinstance(eg, BaseExceptionGroup):
        for e in eg.exceptions:
            show(e, indent + 2)

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as g:
    print("values:"); show(g)
except* TypeError as g:
    print("types:"); show(g)
except* KeyError:
    print("key", sys.exception().__class__.__name__)

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), OSError("c")])])
    except* TypeError:
        print("handled TypeError")

try:
    nested()
except ExceptionGroup as eg:
    show(eg)

eg = ExceptionGroup("x", [ValueError(1), TypeError(2)])
m, rest = eg.split(ValueError)
show(m); show(rest)
print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(e)

try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        e.add_note("note one")
        e.add_note("note two")
        raise
except ValueError as e:
    print(e.__notes__)

try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.exc_info(), sys.exception())

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("from handler")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__)

try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
except* TypeError as g:
    print("caught", g.exceptions)

def f():
    try:
        raise ExceptionGroup("final", [ValueError("unhandled"), OSError("os")])
    except* OSError:
        print("os handled")
f()

print("--- API")
for args in [(), ("m",), (1, [ValueError()]), ("m", ValueError()), ("m", []), ("m", [1]), ("m", [ValueError()], 3)]:
    try:
        BaseExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [ValueError()], extra=1)
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "*", excs)
eg = MyEG("mine", [ValueError(1), TypeError(2)])
eg.add_note("hello")
m, r = eg.split(ValueError)
print(type(m).__name__, m.message, m.__notes__, m.__notes__ is eg.__notes__, type(r).__name__)
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(lambda e: False))
print(eg.split(lambda e: isinstance(e, TypeError)))
try:
    eg.split(3)
except TypeError as e:
    print(e)
try:
    eg.split((ValueError, 3))
except TypeError as e:
    print(e)
print(repr(eg), str(eg), eg.args)
print(ExceptionGroup[int], BaseExceptionGroup.__mro__)
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5
try:
    BadDerive("x", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(e)
class MyBase(BaseExceptionGroup): pass
print(type(MyBase("x", [ValueError()])).__name__)
try:
    class MyExc(ExceptionGroup): pass
    MyExc("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
e1 = ExceptionGroup("a", (ValueError(1),))
print(e1.args, e1.exceptions, type(e1.exceptions).__name__)
import copy, pickle
print(repr(copy.copy(e1)), repr(pickle.loads(pickle.dumps(e1))))
