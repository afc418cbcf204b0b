# list.sort: stability, reverse, runs, key errors, mutation during sort.
import random

rng = random.Random(12345)

def check(data, **kw):
    a = list(data)
    a.sort(**kw)
    return a

for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 1000, 5000]:
    data = [rng.randrange(n // 3 + 1) for _ in range(n)]
    pairs = [(v, i) for i, v in enumerate(data)]
    s = check(pairs, key=lambda p: p[0])
    stable = all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1])
                 for i in range(len(s) - 1))
    r = check(pairs, key=lambda p: p[0], reverse=True)
    rstable = all(r[i][0] > r[i + 1][0] or (r[i][0] == r[i + 1][0] and r[i][1] < r[i + 1][1])
                  for i in range(len(r) - 1))
    print(n, stable, rstable, s[:3], r[:3], sum(v * i for i, (v, _) in enumerate(s)))

# structured inputs: ascending, descending, sawtooth, organ pipe, few distinct
for name, data in [
    ("asc", list(range(300))),
    ("desc", list(range(300, 0, -1))),
    ("saw", [i % 17 for i in range(500)]),
    ("pipe", list(range(200)) + list(range(200, 0, -1))),
    ("few", [rng.choice("abc") for _ in range(400)]),
    ("floats", [rng.random() for _ in range(700)]),
    ("mixed", [rng.choice([1, 2.5, True, -3, 0.0]) for _ in range(300)]),
    ("strs", ["%05d" % rng.randrange(10**5) for _ in range(600)]),
    ("runs", sorted(rng.sample(range(10000), 300)) + sorted(rng.sample(range(10000), 300))),
]:
    a = check(data)
    print(name, a == sorted(data, key=lambda x: x), a[:5], a[-5:])

# descending runs with equal elements must stay stable
data = [(3, 'a'), (3, 'b'), (2, 'c'), (2, 'd'), (1, 'e')] * 20
print(check(data, key=lambda p: p[0])[:8])
print(check(data, key=lambda p: p[0], reverse=True)[:8])

class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("boom %d" % self.v)
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v

items = [Boom(v) for v in rng.sample(range(100), 100)]
try:
    items.sort()
except ValueError as e:
    print("raised", type(e).__name__)
print(sorted(b.v for b in items) == list(range(100)), len(items))

lst = [5, 3, 1, 4]
def key(x):
    return x
try:
    lst.sort(key=lambda x: (lst.append(x), x)[1])
except ValueError as e:
    print(e)
print(sorted(lst))

class Meddle:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        victim.append(1)
        return self.v < other.v
victim = [Meddle(i) for i in (3, 1, 2)]
try:
    victim.sort()
except ValueError as e:
    print(e)

try:
    [3, "a", 1].sort()
except TypeError as e:
    print(e)
try:
    [].sort(1)
except TypeError as e:
    print(e)
try:
    [].sort(cmp=None)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], reverse=1), sorted("hello"), sorted({3: 1, 1: 2}))

# a resize that leaves the list empty again is still detected
from functools import cmp_to_key
for undo in ("pop", "del", "clear"):
    L = [1, 2]
    def mutating_cmp(x, y):
        L.append(3)
        if undo == "pop":
            L.pop()
        elif undo == "del":
            del L[:]
        else:
            L.clear()
        return (x > y) - (x < y)
    try:
        L.sort(key=cmp_to_key(mutating_cmp))
        print(undo, "not detected", L)
    except ValueError as e:
        print(undo, e, L)
