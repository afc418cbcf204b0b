# LOAD_ATTR / STORE_ATTR on __slots__ members go through a shape-guarded
# cache; these cases change the objects and classes under a warmed-up
# site and check the answers and errors against CPython.


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class W(V):
    __slots__ = ("z",)


class D(V):
    pass  # has a __dict__ as well


def getx(o):
    return o.x


def sety(o, v):
    o.y = v


vs = [V(i, -i) for i in range(300)]
print(sum(getx(v) for v in vs))
for v in vs:
    sety(v, 1)
print(sum(v.y for v in vs))
w = W(1, 2)
w.z = 3
d = D(4, 5)
d.extra = 6
print(getx(w), getx(d), w.z, d.extra)
sety(w, 7), sety(d, 8)
print(w.y, d.y)
# A member that was never set, then deleted.
u = V.__new__(V)
try:
    getx(u)
except AttributeError as e:
    print("AttributeError:", e)
sety(u, 9)
print(u.y)
del vs[0].x
try:
    getx(vs[0])
except AttributeError as e:
    print("AttributeError:", e)
vs[0].x = 11
print(getx(vs[0]), getx(vs[1]))
# Setting in a different order gives a different layout.
a = V.__new__(V)
a.y = 1
a.x = 2
print(getx(a), a.y)
try:
    a.q = 1
except AttributeError as e:
    print("AttributeError:", e)
# Replace the descriptor with a property after the sites warmed up.
V.x = property(lambda self: "prop")
print(getx(vs[5]), getx(w))


class Other:
    x = "class attr"


print(getx(Other()))
try:
    sety(3, 1)
except AttributeError as e:
    print("AttributeError:", e)
