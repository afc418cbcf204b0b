# _weakref: creation, calling while alive, equality, hashing, errors,
# subclassing, proxies. Nothing here depends on when objects die.
import _weakref
from _weakref import ref, proxy, getweakrefcount, getweakrefs


class C:
    pass


c = C()
r = ref(c)
print(r() is c, r.__callback__, type(r), type(r).__name__, type(r).__module__)
print(r is ref(c), r == ref(c), r != ref(c), hash(r) == hash(c))
print(repr(r).startswith("<weakref at 0x"), "; to 'C' at 0x" in repr(r))
print(getweakrefcount(c), getweakrefs(c) == [r])
print(getweakrefcount(1), getweakrefs("x"))


def f():
    return 42


rf = ref(f)
print(repr(rf).endswith(" (f)>"), "to 'function'" in repr(rf), rf()())
print(repr(ref(C)).endswith(" (C)>"), "to 'type'" in repr(ref(C)))


def cb(w):
    print("callback", w)


r2 = ref(c, cb)
print(r2 is not r, r2 == r, r2.__callback__ is cb, getweakrefcount(c))
r3 = ref(c, None)
print(r3 is r)

d = C()
rd = ref(d)
print(rd == r, rd != r, {r: 1}[ref(c)])


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, E) and self.v == o.v

    def __hash__(self):
        return hash(self.v)


e1, e2 = E(1), E(1)
print(ref(e1) == ref(e2), hash(ref(e1)) == hash(1), len({ref(e1), ref(e2)}))

for args in [(), (c, None, 1), (1,), ("s",), ((),), (None,), (1.5,), ([],), ({},),
             (b"",), (object(),), (True,), (2 ** 80,)]:
    try:
        ref(*args)
    except TypeError as ex:
        print("TypeError", ex)
for bad in [lambda: ref(c, callback=None), lambda: r(1), lambda: r < r,
            lambda: getweakrefcount(), lambda: proxy(), lambda: proxy(3),
            lambda: hash(proxy(c)), lambda: _weakref._remove_dead_weakref({}, 1, 2),
            lambda: _weakref._remove_dead_weakref(1, 1)]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError", str(ex).replace("weakref.", ""))

for ok in [set(), frozenset(), C, int, f, len, e1.__eq__, (x for x in ())]:
    print(type(ok).__name__, ref(ok)() is ok)


class T(tuple):
    pass


class L(list):
    pass


class S(str):
    pass


class N:
    __slots__ = ()


class W:
    __slots__ = ("__weakref__",)


for cls in (T, L, S, N, W):
    try:
        o = cls()
        print(cls.__name__, ref(o)() is o)
    except TypeError as ex:
        print(cls.__name__, ex)


class KeyedRef(ref):
    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


g = C()
print(getweakrefcount(g), getweakrefs(g))
rg = ref(g)
k = KeyedRef(g, cb, "kk")
print(k.key, k() is g, type(k).__name__, k == rg, isinstance(k, ref), k is not rg)
print(getweakrefcount(g), getweakrefs(g) == [rg, k])
pg = proxy(g)
print(getweakrefcount(g), {id(x) for x in getweakrefs(g)} == {id(rg), id(k), id(pg)}, pg is proxy(g))

p = proxy(c)
c.x = 5
print(p.x, type(p).__name__, p is proxy(c))
p.y = 3
print(c.y, p == c, p != c)
del p.y
print(hasattr(c, "y"))
pf = proxy(f)
print(type(pf).__name__, pf())
lst = L([3, 1, 2])
pl = proxy(lst)
print(len(pl), pl[0], 2 in pl, list(pl), str(pl), bool(pl))
pl[0] = 9
print(lst)
print(repr(pl).startswith("<weakproxy at 0x"), " to L at 0x" in repr(pl))
print(ref.__class_getitem__(int))
print(sorted(n for n in dir(_weakref) if not n.startswith("__")))
print(_weakref.ReferenceType is ref, _weakref.ProxyType, _weakref.CallableProxyType)
