# Globals, module attributes, instance attributes and builtin calls in JIT
# traces, with globals rebound, builtins shadowed, classes changed and
# attribute layouts switched in the middle of hot loops.
import math

SCALE = 3
OFFSET = 0.5

def use_globals(n):
    total = 0
    for i in range(n):
        total += i * SCALE
    return total

print(use_globals(100))
SCALE = 4
print(use_globals(100))
SCALE = 2.5
print(use_globals(100))

def rebind_inside(n):
    global SCALE
    total = 0
    for i in range(n):
        total += SCALE
        if i == n // 2:
            SCALE = 7
    return total

SCALE = 1
print(rebind_inside(40))

def lengths(rows):
    total = 0
    for row in rows:
        total += len(row)
    return total

print(lengths([[1, 2], (3,), [], (4, 5, 6)] * 10))

def shadowed_len(rows):
    total = 0
    for row in rows:
        total += len(row)
    return total

print(shadowed_len([[1], [2, 3]] * 10))
len = lambda x: 100
try:
    print(shadowed_len([[1], [2, 3]] * 10))
finally:
    del len

def roots(xs):
    total = 0.0
    for x in xs:
        total += math.sqrt(x) + abs(x - 10.0)
    return total

print(roots([float(i) for i in range(30)]))
print(roots([1, 4, 9, 16, 25.0, 36, 49, 64, 81, 100]))
try:
    roots([1.0, 4.0, 9.0, 16.0, 25.0, -1.0])
except ValueError as e:
    print("ValueError:", e)
print(roots([1.0, 4.0, float("nan"), 9.0]))
print(roots([1.0, 4.0, float("inf"), 9.0]))
print(roots([1.0, 4.0, -0.0, 9.0]))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def norm1(points):
    total = 0.0
    for p in points:
        total += abs(p.x) + abs(p.y)
    return total

pts = [Point(float(i), -float(i)) for i in range(20)]
print(norm1(pts))
pts[10].z = 1.0      # another shape in the middle
print(norm1(pts))
Point.x = property(lambda self: 1000.0)   # the class changes
print(norm1(pts))
del Point.x
print(norm1(pts))

class Counter:
    def __init__(self):
        self.n = 0
        self.f = 0.0

def count(c, n):
    for i in range(n):
        c.n = c.n + 1
        c.f += 0.5
    return c.n, c.f

c = Counter()
print(count(c, 50))
c.n = 2 ** 62
print(count(c, 5))
c.n = 2 ** 63 - 3
print(count(c, 5))
c.f = "s"
try:
    count(c, 5)
except TypeError as e:
    print("TypeError:", e, c.n)

def module_attr(n):
    total = 0.0
    for i in range(n):
        total += math.pi * i
    return total

print(module_attr(50))
math.pi = 3
print(module_attr(50))

class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b

def slot_loop(objs):
    s = 0.0
    for o in objs:
        o.a = o.a * 2.0
        s += o.total()
    return s

objs = [Slotted(float(i), 0.5) for i in range(20)]
print(slot_loop(objs))
objs[3].a = 7            # an int where floats were stored
print(slot_loop(objs))
del objs[4].b
try:
    slot_loop(objs)
except AttributeError as e:
    print("AttributeError:", e)
