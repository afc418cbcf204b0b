# Inline caches must give the same answers when types, shapes, class
# attributes, globals and builtins change after a site was specialized.
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

class B:
    def __init__(self, v):
        self.w = 0
        self.v = v
    def get(self):
        return -self.v

def read(objs):
    out = []
    for o in objs:
        out.append(o.v)
        out.append(o.get())
    return out

a, b = A(1), B(2)
print(read([a] * 5 + [b] * 3 + [a]))
# Replace a method on the class after specializing.
A.get = lambda self: self.v * 100
print(read([a, a, a]))
# Shadow the method with an instance attribute.
a.get = lambda: "instance"
print(read([a, A(3)]))
# Delete an attribute: the instance falls back to a dict.
c = A(4)
c.extra = 1
del c.extra
print(read([c, c]))
# A property added later takes precedence over the instance value.
A.v = property(lambda self: "prop")
print(read([A(5), A(6)]))
del A.v
print(read([A(7)]))
# __getattr__ added later answers for missing attributes.
def missing(o):
    out = []
    for i in range(3):
        try:
            out.append(o.nothere)
        except AttributeError as e:
            out.append(str(e))
    return out
print(missing(A(1)))
A.__getattr__ = lambda self, name: "getattr:" + name
print(missing(A(1)))
# __slots__ descriptors.
class S:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
def sread(objs):
    out = []
    for o in objs:
        try:
            out.append(o.y)
        except AttributeError as e:
            out.append(type(e).__name__)
        o.y = o.x * 2
        out.append(o.y)
    return out
print(sread([S(1), S(2), S(3)]))
# Stores that add attributes in different orders.
def build(n):
    objs = []
    for i in range(n):
        o = A(i)
        if i % 2:
            o.p = i
            o.q = -i
        else:
            o.q = -i
            o.p = i
        objs.append((o.p, o.q, o.v))
    return objs
print(build(6))
# Globals and builtins.
G = 1
def useg():
    return [G + 1 for _ in range(3)]
print(useg())
G = 10
print(useg())
del G
try:
    useg()
except NameError as e:
    print(e)
def uselen():
    return [len("abc") for _ in range(3)]
print(uselen())
len = lambda x: 42
print(uselen())
del len
print(uselen())
import builtins
orig = builtins.abs
builtins.abs = lambda x: "patched"
print([abs(-1) for _ in range(2)])
builtins.abs = orig
print([abs(-1) for _ in range(2)])
# Module attributes.
import math
def usemath():
    return [math.pi > 3 for _ in range(2)]
print(usemath())
math.pi = 1
print(usemath())
del math.pi
try:
    usemath()
except AttributeError as e:
    print(e)
# Class attribute through instances, then changed.
class K:
    scale = 2
def scaled(objs):
    return [o.scale for o in objs]
k = K()
print(scaled([k, k]))
K.scale = 3
print(scaled([k, k]))
k.scale = 4
print(scaled([k, K()]))
# Polymorphic sites: several receiver types through one instruction,
# then a class of the group changes.
class Base:
    def __init__(self, v):
        self.v = v
    def f(self):
        return "base"
class S1(Base):
    def f(self):
        return "s1"
class S2(Base):
    pass
class S3(Base):
    def __init__(self, v):
        self.pad = 0
        self.v = v
class S4(Base):
    f = lambda self: "s4"
class S5(Base):
    pass
objs = [Base(1), S1(2), S2(3), S3(4), S4(5), S5(6)]
def poly(objs):
    return [(o.v, o.f()) for o in objs]
for _ in range(3):
    print(poly(objs))
S2.f = lambda self: "s2 patched"
Base.f = lambda self: "base patched"
print(poly(objs))
objs[3].v = "changed"
del objs[0].v
try:
    poly(objs)
except AttributeError as e:
    print(e)
print(poly(objs[1:]))
# Polymorphic stores: one STORE_ATTR site, several layouts.
class P1:
    pass
class P2:
    __slots__ = ("w",)
class P3:
    def __init__(self):
        self.a = 1
class P4(P3):
    @property
    def w(self):
        return "prop"
    @w.setter
    def w(self, v):
        self._w = v * 2
def setw(objs, v):
    for o in objs:
        o.w = v
    return [getattr(o, "_w", None) or o.w for o in objs]
ps = [P1(), P2(), P3(), P4(), P1()]
for i in range(3):
    print(setw(ps, i))
d = P3()
d.x = 1
del d.x
print(setw([d, P1()], 9))
