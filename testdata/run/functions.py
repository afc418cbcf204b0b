def f(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
print(f(1, 2, d=4))
print(f(1, 2, 3, 4, 5, d=6, x=7, y=8))
print(f(*[1, 2], **{"d": 9, "e": 10}))
def g(a, b, /, c, *, d):
    return a + b + c + d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
def h(x, y=[]):
    y.append(x)
    return y
print(h(1), h(2))
lam = lambda x, y=2: x * y
print(lam(3), lam(3, 4), (lambda: 42)())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
G = 1
def setg():
    global G
    G = 2
setg()
print(G)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner()
    return mid()
print(outer())
print(f.__name__, lam.__name__, counter.__qualname__, c.__qualname__)
def doc():
    "docstring here"
print(doc.__doc__, f.__defaults__, f.__kwdefaults__)
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, b=2, c=3, d=4),
    lambda: f(1, 2, d=3, a=5),
    lambda: lam(),
    lambda: lam(1, 2, 3),
    lambda: rec(1, z=2),
    lambda: (lambda a, b, c: 0)(),
    lambda: (lambda a, *, k, j: 0)(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b=1: 0)(1, 2, 3),
    lambda: (lambda a, *, k=1: 0)(1, 2, k=3),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
