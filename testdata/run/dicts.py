d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
del d["b"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 4
print(d, d.pop("a"), d, d.setdefault("q", []), d)
for k, v in d.items():
    print(k, v)
print(d.keys(), d.values(), d.items())
d2 = dict(x=1, y=2)
d2.update({"z": 3}, w=4)
print(d2, dict([(1, 2), (3, 4)]), dict(d2) == d2, {} == {}, {1: 2} != {1: 3})
print({i: i * i for i in range(5)}, dict.fromkeys("ab", 0))
print(d2.popitem(), d2)
nested = {"k": {"n": [1, 2]}, 1: "int", 2.5: "float", (1, 2): "tuple", None: 0}
print(nested, nested[(1, 2)], nested[1.0])
e = {}
e[e.__class__] = 1
print(len(e))
r = {}
r["self"] = r
print(r)
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex)
try:
    {[1]: 2}
except TypeError as ex:
    print(ex)
try:
    for k in d:
        d["new" + str(k)] = 1
except RuntimeError as ex:
    print(ex)
print({1: 'a', True: 'b', 1.0: 'c'})
