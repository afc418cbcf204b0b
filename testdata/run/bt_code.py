# Code object attributes (what inspect reads).
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    x = a + b
    def inner():
        return x + c
    return inner
co = f.__code__
for n in ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_varnames", "co_cellvars", "co_freevars",
          "co_names", "co_name", "co_qualname", "co_firstlineno", "co_flags"]:
    print(n, getattr(co, n))
ic = f(1).__code__
print(ic.co_freevars, ic.co_varnames, ic.co_qualname, ic.co_argcount, ic.co_flags & 0x10 != 0)
def gen():
    yield 1
print(gen.__code__.co_flags & 0x20 != 0, (lambda: 0).__code__.co_name, (lambda q: q).__code__.co_varnames)
class K:
    def m(self):
        return __class__
print(K.m.__code__.co_freevars, K.m.__code__.co_qualname)
print(None in co.co_consts, 1 in f.__code__.co_consts or True)
lines = list(co.co_lines())
print(type(lines[0]).__name__, len(lines[0]), all(isinstance(s, int) and isinstance(e, int) and s < e for s, e, _ in lines))
print(sorted({l for _, _, l in lines if l is not None}) == sorted({p[0] for p in co.co_positions() if p[0] is not None}))
print(min(l for _, _, l in lines if l is not None) >= co.co_firstlineno)
import inspect
print(inspect.signature(f), inspect.getfullargspec(f).args)
