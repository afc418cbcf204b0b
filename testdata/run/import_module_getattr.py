# PEP 562 module __getattr__ (concurrent.futures' lazy names).
import concurrent.futures
import types

m = types.ModuleType("m")
m.__getattr__ = lambda n: "dyn:" + n
print(m.foo, getattr(m, "bar"), hasattr(m, "baz"), m.__name__)


def strict(name):
    raise AttributeError(f"module 'm2' has no attribute {name!r} (custom)")


m2 = types.ModuleType("m2")
m2.__getattr__ = strict
print(hasattr(m2, "x"), getattr(m2, "x", "default"))
try:
    m2.x
except AttributeError as e:
    print(e)
print(concurrent.futures.ThreadPoolExecutor.__name__)
try:
    concurrent.futures.Nope
except AttributeError as e:
    print(e)

