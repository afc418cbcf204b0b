# Class-creation protocols: metaclass selection and conflicts, __prepare__,
# __init_subclass__, __set_name__, __class_getitem__, descriptor precedence.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Base(metaclass=Meta, flag=1):
    x = 1
print(Base.injected, type(Base).__name__)

class Sub(Base):
    y = 2
print(type(Sub).__name__)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)

class Plugin:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.registry.append(cls.__name__)
class P1(Plugin, tag="one"): pass
class P2(P1): pass
print(Plugin.registry, P1.tag, P2.tag)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else "value of " + self.name
class Owner:
    a = Named()
    b = Named()
print(Owner().a, Owner.b.name)

class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen["x"])

class DataDesc:
    def __get__(self, obj, t=None): return "data"
    def __set__(self, obj, v): print("set", v)
class NonData:
    def __get__(self, obj, t=None): return "nondata"
class D:
    d = DataDesc()
    n = NonData()
o = D()
o.__dict__["d"] = "inst"
o.__dict__["n"] = "inst"
print(o.d, o.n)
o.d = 5

class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    print(s.b)
except AttributeError as e:
    print(e)

class GA:
    def __getattr__(self, name):
        return "missing:" + name
    def __setattr__(self, name, v):
        print("setattr", name, v)
        object.__setattr__(self, name, v)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
g = GA(); g.z = 1; print(g.z, g.q); del g.z; print(g.z)

class GAB:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
print(GAB().secret)

class Eq:
    def __eq__(self, o): return True
try:
    hash(Eq())
except TypeError as e:
    print(e)
print(Eq.__hash__)

class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o):
        print("reflected gt")
        return self.v > o.v
print(R(1) < R(2))
try:
    object() < object()
except TypeError as e:
    print(e)

class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())

class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass
print([c.__name__ for c in W.__mro__])
try:
    class Bad2(X, Y): pass
except TypeError as e:
    print(e)

class Coop:
    def hello(self): return ["Coop"]
class L1(Coop):
    def hello(self): return ["L1"] + super().hello()
class L2(Coop):
    def hello(self): return ["L2"] + super().hello()
class L3(L1, L2):
    def hello(self): return ["L3"] + super(L3, self).hello()
print(L3().hello())

class Inst(type):
    def __instancecheck__(cls, obj): return obj == 7
    def __subclasscheck__(cls, sub): return sub is int
class Checker(metaclass=Inst): pass
print(isinstance(7, Checker), isinstance(8, Checker), issubclass(int, Checker))

def deco(cls):
    cls.decorated = True
    return cls
@deco
class Dec: pass
print(Dec.decorated)

class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], bin(Idx()), range(10)[Idx()])

class Truth:
    def __len__(self): return 0
class Truth2:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Truth()), bool(Truth2()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
