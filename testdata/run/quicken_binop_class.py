# BINARY_OP on two instances of one class runs the Python operator
# method as a pushed frame; results, NotImplemented, errors, in-place
# operators and classes changed after warm-up must match CPython.


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        if o.x == 99:
            return NotImplemented
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, o):
        if o.x < 0:
            raise ValueError("negative")
        return self.x * o.x + self.y * o.y

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def iadd(a, b):
    a += b
    return a


acc = V(0, 0)
for i in range(300):
    acc = acc + V(i, 1)
print(acc, add(V(1, 2), V(3, 4)), sub(V(5, 5), V(1, 2)), V(1, 2) * V(3, 4))
for i in range(50):
    iadd(V(i, i), V(1, 1))
print(iadd(V(1, 1), V(2, 3)))
try:
    sub(V(1, 1), V(99, 0))
except TypeError as e:
    print("TypeError:", e)
try:
    V(1, 1) * V(-1, 0)
except ValueError as e:
    print("ValueError:", e)
# Mixed types take the generic path.
try:
    add(V(1, 1), 5)
except AttributeError as e:
    print("AttributeError:", e)
print(add(1, 2), add("a", "b"), add([1], [2]))


# The method changes after warm-up; the class gains __iadd__.
def newadd(self, o):
    return "newadd"


V.__add__ = newadd
print(add(V(1, 1), V(1, 1)), iadd(V(1, 1), V(1, 1)))
V.__iadd__ = lambda self, o: "iadd"
print(iadd(V(1, 1), V(1, 1)), add(V(1, 1), V(1, 1)))
del V.__iadd__
del V.__add__
try:
    add(V(1, 1), V(1, 1))
except TypeError as e:
    print("TypeError:", e)
try:
    iadd(V(1, 1), V(1, 1))
except TypeError as e:
    print("TypeError:", e)


class NI:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return "radd never runs for the same type"


for i in range(30):
    try:
        add(NI(), NI())
    except TypeError as e:
        msg = str(e)
print(msg)


class Sub(NI):
    def __radd__(self, o):
        return "Sub.__radd__"


print(add(NI(), Sub()), add(Sub(), Sub()) if False else "skip")


class Rec:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return 0
        return 1 + (Rec(self.n - 1) + o)


print(Rec(200) + Rec(0))


class Gen:
    def __add__(self, o):
        yield 1


print(type(Gen() + Gen()).__name__)


class Arity:
    def __add__(self):
        return 1


try:
    Arity() + Arity()
except TypeError as e:
    print("TypeError:", e)


class L(list):
    def __add__(self, o):
        return "L.__add__"


print(L() + L(), [1] * 2)
