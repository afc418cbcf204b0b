# Calls of Python functions inlined into JIT traces: guards that fail
# inside the callee resume before the call, so the interpreter redoes it
# (results, exceptions and tracebacks as without the JIT); the callee is
# rebound, its __code__ replaced and its arguments change type mid-loop.
import math
import traceback

def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def times_row(i, u):
    total = 0.0
    for j in range(len(u)):
        total += eval_a(i, j) * u[j]
    return total

u = [1.0] * 40
print([round(times_row(i, u), 12) for i in range(5)])

def sq(x):
    return x * x

def hyp(a, b):
    return math.sqrt(sq(a) + sq(b))

def sum_hyp(pairs):
    s = 0.0
    for a, b in pairs:
        s += hyp(a, b)
    return s

print(sum_hyp([(3.0, 4.0), (5.0, 12.0), (1, 1), (8, 15.0)] * 5))

def inv(x):
    if x > 100:
        return 0.0
    return 1.0 / x

def sum_inv(xs):
    s = 0.0
    for x in xs:
        s += inv(x)
    return s

print(sum_inv([1.0, 2.0, 4.0, 8.0, 1000.0, 16.0, 5, 0.5]))
try:
    sum_inv([1.0, 2.0, 4.0, 8.0, 0.0, 16.0])
except ZeroDivisionError as e:
    print(e, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])

def add(a, b):
    return a + b

def sum_add(n):
    s = 0
    for i in range(n):
        s = add(s, i)
    return s

print(sum_add(100))
saved = add
add = lambda a, b: a - b
print(sum_add(100))
add = saved
print(sum_add(10))
add.__code__ = (lambda a, b: a * 2 + b).__code__
print(sum_add(10))

def overflow(n):
    s = 2 ** 62
    for i in range(n):
        s = saved(s, 2 ** 60)
    return s

print(overflow(10))

def kinds(xs):
    out = 0
    for x in xs:
        out = out + sq(x)
    return out

print(kinds([1, 2, 3, 4, 5, 1.5, 2, 3, 10 ** 10, 10 ** 10, 7]))
try:
    kinds([1, 2, 3, 4, "s"])
except TypeError as e:
    print("TypeError:", e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def sum_fact(n):
    s = 0
    for i in range(n):
        s += fact(i % 6)
    return s

print(sum_fact(50))

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm2(self):
        return self.dot(self)

def total_norm(vs):
    s = 0.0
    for v in vs:
        s += v.norm2()
    return s

vs = [Vec(float(i), 1.0) for i in range(20)]
print(total_norm(vs))
vs[5].norm2 = lambda: 1000.0          # shadowed on one instance
print(total_norm(vs))
Vec.dot = lambda self, other: 1.0      # the class changes
print(total_norm(vs))
vs[7].x = "x"
del Vec.dot
try:
    total_norm(vs)
except AttributeError as e:
    print("AttributeError:", e)
