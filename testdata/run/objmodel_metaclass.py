# Metaclasses: __prepare__ with a dict-subclass namespace, __new__/__init__/__call__, type() errors.
class NS(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("set", k)
        super().__setitem__(k, v)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return NS()

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, dict(ns), **kw)
        cls.extra = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print("init", name)

    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        return super().__call__(*a, **k)

    def __getitem__(cls, k):
        return (cls.__name__, k)

    def __len__(cls):
        return 3

    def __iter__(cls):
        return iter([1, 2])

    def __repr__(cls):
        return "<M " + cls.__name__ + ">"


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()


class C(Base, metaclass=Meta, flag=True):
    a = 1

    def f(self):
        return 2


print(C, C.extra, C().f(), C["k"], len(C), list(C), type(C), isinstance(C, Meta))


class D(C):
    b = 2


print(D, type(D), D.a, D.extra)
E = Meta("E", (), {"z": 1})
print(E, E.z)
print(type.__new__(Meta, "F", (), {}))
try:
    type.__new__(int, "G", (), {})
except TypeError as e:
    print(e)
try:
    type("H", (1,), {})
except TypeError as e:
    print(e)
try:
    type("H", (bool,), {})
except TypeError as e:
    print(e)
try:
    type("H", (), {}, 1)
except TypeError as e:
    print(e)
try:
    type(1, (), {})
except TypeError as e:
    print(e)
