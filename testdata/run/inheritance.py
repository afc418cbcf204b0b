class A:
    def who(self): return "A"
    def hello(self): return "hello from " + self.who()
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), D().hello(), [k.__name__ for k in D.__mro__], D.mro()[1].__name__)
print(super(B, D()).who(), isinstance(D(), C), issubclass(D, (int, A)))
class Base:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw
class Child(Base):
    def __init__(self, x, **kw):
        super().__init__(x, x, **kw)
c = Child(1, k=2)
print(c.args, c.kw)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, isinstance(WithMeta, type))
class Counter:
    instances = 0
    def __init_subclass__(cls, **kw):
        cls.registered = True
class Sub(Counter): pass
print(Sub.registered)
try:
    class X(A, A): pass
except TypeError as e:
    print(e)
class O1: pass
class O2(O1): pass
try:
    class Bad(O1, O2): pass
except TypeError as e:
    print(e)
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3])
l.append(4)
l.extra = "yes"
print(l, l.total(), len(l), l.extra, type(l).__name__, isinstance(l, list))
class DD(dict):
    def __missing__(self, k): return k * 2
dd = DD(a=1)
print(dd["a"], dd["zz"], dd)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("m", 3)
except E as e:
    print(e, e.code, e.args)
