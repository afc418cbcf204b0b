from collections import defaultdict
import _collections

print(defaultdict is _collections.defaultdict, issubclass(defaultdict, dict))
d = defaultdict(list)
print(d, repr(d), d.default_factory, len(d))
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, dict(d), sorted(d.items()))
print("c" in d, d.get("c"), len(d))
print(d["c"], "c" in d, len(d))

counts = defaultdict(int)
for w in "the quick the lazy the end".split():
    counts[w] += 1
print(counts)
print(isinstance(counts, dict), type(counts).__name__, counts == {"the": 3, "quick": 1, "lazy": 1, "end": 1})

n = defaultdict()
print(n, n.default_factory)
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
n2 = defaultdict(None, {1: 2}, a=3)
print(n2)
print(defaultdict(int, [(1, 2)]), dict(defaultdict(lambda: "dflt", x=1)))
ld = defaultdict(lambda: "dflt")
print(ld["q"], dict(ld))

s = defaultdict(set)
s[1].add(2)
s[1].add(3)
print(s)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))

c = counts.copy()
print(type(c).__name__, c == counts, c is counts, c.default_factory)
c2 = counts.__copy__()
print(c2)
print(d.__missing__("new"), d["new"])
print(d.__reduce__()[:4], list(d.__reduce__()[4]))
print(defaultdict().__reduce__()[:2])

d.default_factory = str
print(d["zz"] == "", d.default_factory)
d.default_factory = None
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)

# | and |=
a = defaultdict(int, {1: 1})
b = {2: 2, 1: 10}
print(a | b, type(a | b).__name__)
print(b | a, type(b | a).__name__)
a |= {3: 3}
print(a)
print({1: 2} | {3: 4}, {1: 2} | {1: 5})
e = {1: 1}
e |= [(2, 2)]
print(e)

# recursive repr
r = defaultdict(list)
r["self"] = r
print(r)
class F:
    def __call__(self):
        return 0
    def __repr__(self):
        return "F()"
print(defaultdict(F(), {1: 2}))

# subclass
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
    def __repr__(self):
        return "Tree" + repr(dict(self))
t = Tree()
t["a"]["b"]["c"] = 1
print(t, type(t["a"]).__name__)
t.attr = 5
print(t.attr)

class Missing(defaultdict):
    def __missing__(self, key):
        return key * 2
m = Missing(int)
print(m[3], m, len(m))

class Sub(defaultdict):
    pass
sd = Sub(list)
sd[1].append(1)
print(sd, sd.copy(), type(sd.copy()).__name__)

for f in [lambda: defaultdict(1), lambda: defaultdict(None, 1), lambda: defaultdict(int) | 1,
          lambda: 1 | defaultdict(int), lambda: defaultdict.__missing__(defaultdict(), 1),
          lambda: defaultdict.__missing__(defaultdict(), 1, 2), lambda: {} | [], lambda: hash(defaultdict())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# group words by length
groups = defaultdict(list)
for w in ["a", "bb", "cc", "ddd", "e"]:
    groups[len(w)].append(w)
print(sorted(groups.items()))

# __class__ assignment needs the same layout
class PlainDict(dict):
    pass
class DD2(defaultdict):
    pass
pd = PlainDict()
try:
    pd.__class__ = DD2
except TypeError as e:
    print("TypeError", e)
s2 = Sub(int)
s2.__class__ = DD2
print(type(s2).__name__, s2["k"], s2)
