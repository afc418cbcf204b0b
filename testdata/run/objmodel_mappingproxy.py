# types.MappingProxyType and type.__dict__: a read-only live view.
import types
import collections.abc

m = types.MappingProxyType({"b": 2, "a": 1})
print(m, str(m), len(m), m["a"], m.get("z", 0), m.get("a"), list(m), "a" in m, "q" in m)
print(m.keys(), m.items(), m.values(), m.copy(), type(m.copy()).__name__, list(reversed(m)))
print(m == {"b": 2, "a": 1}, m != {}, m | {"c": 3}, {"c": 3} | m)
for f in [lambda: m.__setitem__("a", 1), lambda: types.MappingProxyType([1]), lambda: m["zz"], lambda: hash(m),
          lambda: types.MappingProxyType(), lambda: m.pop("a")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(m) if not n.startswith("__")), type(m).__name__, types.MappingProxyType.__module__)
print(type(int.__dict__) is types.MappingProxyType, isinstance(int.__dict__, dict), isinstance(m, collections.abc.Mapping))


class C:
    x = 1

    def f(self):
        return 2


d = C.__dict__
print(d["x"], "f" in d, type(vars(C)).__name__)
C.y = 3
print(d["y"], sorted(k for k in d if not k.startswith("__")))
try:
    C.__dict__["z"] = 1
except TypeError as e:
    print("TypeError", e)
print(types.MappingProxyType[str, int])
