# Small programs combining collections, functools, operator, heapq, bisect.
import heapq
import bisect
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
from functools import lru_cache, partial, reduce, cmp_to_key, total_ordering
from operator import itemgetter, attrgetter, methodcaller, mul, add

# Dijkstra
graph = defaultdict(list)
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3), ("C", "E", 10)]:
    graph[a].append((b, w))
    graph[b].append((a, w))
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
print(sorted(dijkstra("A").items()))

# sliding window maximum with a deque
def window_max(xs, k):
    q, out = deque(), []
    for i, x in enumerate(xs):
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(xs[q[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

# edit distance with lru_cache
def edit(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return go(i + 1, j + 1)
        return 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
    r = go(0, 0)
    return r, go.cache_info().currsize
print(edit("kitten", "sitting"), edit("intention", "execution"))

# records
Emp = namedtuple("Emp", "name dept salary")
emps = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cid", "eng", 100), Emp("dee", "ops", 95), Emp("eve", "hr", 70)]
by_dept = defaultdict(list)
for e in emps:
    by_dept[e.dept].append(e)
for dept in sorted(by_dept):
    people = sorted(by_dept[dept], key=attrgetter("salary"), reverse=True)
    print(dept, [p.name for p in people], sum(map(attrgetter("salary"), people)))
print([e.name for e in sorted(emps, key=itemgetter(1, 0))])
print(max(emps, key=attrgetter("salary")).name, heapq.nsmallest(2, emps, key=itemgetter(2)))
print(Counter(e.dept for e in emps).most_common())

# running median with two heaps
lo, hi, meds = [], [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(lo, -heapq.heappushpop(hi, x))
    if len(lo) > len(hi):
        heapq.heappush(hi, -heapq.heappop(lo))
    meds.append(hi[0] if len(hi) > len(lo) else (hi[0] - lo[0]) / 2)
print(meds)

# bisect-based sorted container
class SortedList:
    def __init__(self):
        self.items = []
    def add(self, x):
        bisect.insort(self.items, x)
    def count_range(self, lo, hi):
        return bisect.bisect_right(self.items, hi) - bisect.bisect_left(self.items, lo)
sl = SortedList()
for x in [5, 1, 9, 3, 7, 3, 8]:
    sl.add(x)
print(sl.items, sl.count_range(3, 7), sl.count_range(10, 20))

# functional bits
print(reduce(mul, range(1, 11)), reduce(add, map(partial(pow, 2), range(10))))
print(list(map(methodcaller("title"), ["ab cd", "x"])), sorted(["b10", "a2", "a10"], key=cmp_to_key(lambda x, y: (x > y) - (x < y))))
inc = partial(add, 1)
print(list(map(inc, [1, 2, 3])), partial(sorted, key=len)(["ccc", "a", "bb"]))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"))

# LRU page cache simulation with OrderedDict and deque history
cache, hist, faults = OrderedDict(), deque(maxlen=4), 0
for page in [1, 2, 3, 1, 4, 5, 2, 1, 6, 3]:
    hist.append(page)
    if page in cache:
        cache.move_to_end(page)
    else:
        faults += 1
        cache[page] = True
        if len(cache) > 3:
            cache.popitem(last=False)
print(faults, list(cache), list(hist))

# topological sort (Kahn) with deque and defaultdict
deps = {"b": ["a"], "c": ["a", "b"], "d": ["c"], "e": ["b", "d"], "a": []}
indeg = defaultdict(int)
users = defaultdict(list)
for n, ds in deps.items():
    indeg[n] += 0
    for d in ds:
        indeg[n] += 1
        users[d].append(n)
q = deque(sorted(n for n in indeg if indeg[n] == 0))
order = []
while q:
    n = q.popleft()
    order.append(n)
    for u in sorted(users[n]):
        indeg[u] -= 1
        if indeg[u] == 0:
            q.append(u)
print(order)
