from collections import OrderedDict
import _collections

print(OrderedDict is _collections.OrderedDict, issubclass(OrderedDict, dict))
od = OrderedDict(a=1, b=2)
print(od.keys(), od.values(), od.items(), list(reversed(od.items())), list(reversed(od.values())), list(reversed(od)))
print(od, repr(OrderedDict()), od.copy(), type(od.copy()).__name__, od == dict(a=1, b=2))
od2 = OrderedDict(od)
od2.move_to_end("a")
print(od == od2, od != od2, od2, dict(od) == dict(od2), od.__reduce__()[0].__name__, len(od.__reduce__()))
od2.move_to_end("a", last=False)
print(od2, od == od2)
od2.move_to_end("b", False)
print(list(od2), od2.popitem(), od2.popitem(last=False), od2)
for f in [lambda: OrderedDict().popitem(), lambda: od.move_to_end("zz"), lambda: od.pop("zz"), lambda: od["zz"],
          lambda: OrderedDict(1), lambda: OrderedDict([1]), lambda: OrderedDict({1: 2}, {3: 4}),
          lambda: OrderedDict([(1, 2, 3)]), lambda: OrderedDict([(1,)]), lambda: hash(od), lambda: od.move_to_end()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
it = iter(od)
od["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
it = iter(od.items())
next(it)
od["a"] = 100
print(next(it), list(it))
it = reversed(od)
del od["a"]
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
print(od.setdefault("d", 4), od.pop("b"), od, od | {"z": 0}, {"z": 0} | od, OrderedDict.fromkeys("xy", 0))
od |= [("q", 1)]
print(od, type(od | {}).__name__)
r = OrderedDict()
r["self"] = r
print(r)
print(OrderedDict([("x", 1), ("y", 2)]) == OrderedDict([("y", 2), ("x", 1)]), OrderedDict(x=1) == {"x": 1})
o = OrderedDict()
o.attr = 5
print(o.attr, o.__dict__)
o.update({"k": 1}, j=2)
o.update([("m", 3)])
print(o, len(o), "k" in o, o.get("zz", 0))

class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
lg = Logged([("a", 1)], b=2)
lg.update(c=3)
print(lg, type(lg.copy()).__name__)

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get(self, k):
        if k not in self:
            return -1
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)
c = LRU(2)
c.put(1, 1)
c.put(2, 2)
print(c.get(1))
c.put(3, 3)
print(c.get(2), c.get(3), list(c), c)
print(list(OrderedDict.fromkeys("abracadabra")), "".join(OrderedDict.fromkeys("mississippi")))
ks = od.keys()
print(len(ks), "c" in ks, list(ks), type(ks).__name__, type(iter(ks)).__name__, type(reversed(od)).__name__)
import weakref
wr = weakref.ref(od)
print(wr() is od)
o = OrderedDict(a=1)
print(o.pop("a", default=5), o.pop(key="zz", default=6), o.setdefault("k", default=9), o.setdefault("j"))
print(OrderedDict.fromkeys("ab", value=0), OrderedDict.fromkeys(iterable="c"))
class SlotOD(OrderedDict):
    __slots__ = ("x", "y")
so = SlotOD(q=1)
so.x = 1
so.z = "has __dict__"
print(so, so.x, so.z)
