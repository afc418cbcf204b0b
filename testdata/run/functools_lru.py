import functools
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info().currsize, fib.cache_parameters())

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info(), calls)
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__.__name__, sq.__name__, sq.__qualname__, sq.cache_parameters())
print(sq(2), sq.cache_info())

@lru_cache(maxsize=0)
def z(x):
    return x + 1
print(z(1), z(1), z.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg(1), neg.cache_info())

@cache
def g(a, b=1):
    """doc of g"""
    return a + b
print(g(1), g(1, b=2), g(1, 2), g(a=1, b=2), g(1), g.cache_info(), g.__doc__, g.__module__)

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t("1"), t.cache_info())
@lru_cache()
def u(x):
    return repr(x)
print(u(1), u(1.0), u.cache_info())

# unhashable arguments
try:
    g([1])
except TypeError as e:
    print("TypeError", e)

# exceptions are not cached
n = 0
@lru_cache
def boom(x):
    global n
    n += 1
    raise ValueError(x)
for _ in range(2):
    try:
        boom(1)
    except ValueError as e:
        print("ValueError", e, n)
print(boom.cache_info())

# methods
class C:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def m(self, x):
        return x * self.k
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        return self.k == other.k
a, b = C(2), C(3)
print(a.m(5), b.m(5), a.m(5), C.m.cache_info(), C.m(a, 5))

# LRU order
@lru_cache(maxsize=3)
def ident(x):
    calls.append(x)
    return x
calls.clear()
for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    ident(x)
print(calls, ident.cache_info())

# wrapper attributes
print(type(fib).__name__, callable(fib), hasattr(fib, "__wrapped__"), isinstance(fib.__dict__, dict))
print(fib.__copy__() is fib, fib.__deepcopy__({}) is fib, fib.__reduce__())
wrapped = functools._lru_cache_wrapper(len, 10, False, functools._CacheInfo)
print(wrapped("abc"), wrapped("abc"), wrapped.cache_info())
for fn in [lambda: functools._lru_cache_wrapper(1, 1, 1, 1), lambda: functools._lru_cache_wrapper(print, "a", 1, 1),
           lambda: lru_cache(maxsize="a"), lambda: fib.cache_info(1)]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

# memoized recursion benchmark-ish
@lru_cache(maxsize=128)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info())

# keys whose __eq__/__hash__ call the cached function again
class Reent:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        if self.v > 0:
            twice(Reent(self.v - 1), 0)
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Reent) and self.v == other.v
@lru_cache(maxsize=None)
def twice(r, k):
    return r.v * 2 + k
print(twice(Reent(3), 1), twice(Reent(3), 1), twice(Reent(2), 1), twice.cache_info())

@lru_cache(maxsize=4)
def grid(i, j, *, scale=1):
    return (i * 10 + j) * scale
print([grid(i, j) for i in range(3) for j in range(2)], grid(1, 1, scale=2), grid(1, 1, scale=2), grid.cache_info())
@lru_cache(maxsize=None, typed=True)
def tk(a, b=0):
    return (type(a).__name__, b)
print(tk(1), tk(1.0), tk(1, b=2), tk(True), tk.cache_info())
import heapq, operator, math
print(len.__module__, heapq.heappush.__module__, operator.add.__module__, math.sqrt.__module__, [].append.__module__)
cl = lru_cache(len)
print(cl.__module__, cl.__name__, cl.__wrapped__ is len, cl("abc"))
