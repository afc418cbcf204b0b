from collections import OrderedDict
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(k == {"a", "b", "c"}, k == {"a"}, k != {"a"}, k < {"a", "b", "c", "d"}, k <= {"a", "b", "c"}, k > {"a"}, k >= {"x"})
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k ^ {"a", "z"}), sorted(k - {"a"}), sorted({"a", "q"} - k))
print(sorted({"a", "q"} & k), sorted(["b", "zz"] | k) if False else sorted(k | ["b", "zz"]), type(k & {"a"}).__name__)
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), d.items().isdisjoint([("a", 2)]), d.items().isdisjoint([("a", 1)]))
it = d.items()
print(it == {("a", 1), ("b", 2), ("c", 3)}, sorted(it & {("a", 1), ("b", 5)}), sorted(it - {("c", 3)}))
print(k == d.keys(), k == {"a": 0, "b": 0, "c": 0}.keys(), d.keys() == [1], d.values() == d.values())
print(k == frozenset("abc"), sorted(k | d.keys()), {"a": 1}.keys() < d.keys())
od = OrderedDict(a=1, b=2)
print(od.keys() == {"a", "b"}, sorted(od.keys() & {"b"}), od.items() <= d.items() if False else od.items() == {("a", 1), ("b", 2)})
for f in [lambda: k & 1, lambda: k < 1, lambda: d.values() & {1}, lambda: k.isdisjoint(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# reversed dicts and views
from collections import defaultdict
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["z"] = 26
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({})), type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
it = reversed(d)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = reversed(d)
d["new"] = 0
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
dd = defaultdict(int, x=1, y=2)
print(list(reversed(dd)), list(reversed(dd.items())))

# dict subclasses: | gives a plain dict, |= updates in place
class D(dict):
    pass
print(type(D(a=1) | {"b": 2}).__name__, type({"b": 2} | D(a=1)).__name__)
d = D(a=1)
d |= {"c": 3}
print(type(d).__name__, d)
from collections import Counter
print(type(Counter(a=1) | Counter(b=2)).__name__)
