import heapq
import _heapq

print(heapq.heappush is _heapq.heappush, heapq.heapify is _heapq.heapify)

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)

data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 11, -3]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -5), data)
print(heapq.heappushpop(data, 100), data)
print(heapq.heappushpop([], 4))

m = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
heapq._heapify_max(m)
print(m)
print(heapq._heappop_max(m), m)
print(heapq._heapreplace_max(m, 0), m)

print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]))
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]))
print(heapq.nlargest(2, ["apple", "fig", "banana", "kiwi"], key=len))
print(heapq.nsmallest(2, ["apple", "fig", "banana", "kiwi"], key=len))
print(heapq.nsmallest(10, [3, 2, 1]))
print(heapq.nlargest(1, [3, 7, 2]), heapq.nsmallest(1, [3, 7, 2]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))

# tuples and priority queue usage
pq = []
for pri, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(pq, (pri, name))
print([heapq.heappop(pq) for _ in range(4)])

# heapsort of floats and strings
fl = [3.5, -1.0, 2.25, 0.0, 10.0]
heapq.heapify(fl)
print([heapq.heappop(fl) for _ in range(len(fl))])
st = ["pear", "apple", "zoo", "mango"]
heapq.heapify(st)
print([heapq.heappop(st) for _ in range(len(st))])

# big heap check
seed = 12345
big = []
for _ in range(500):
    seed = (seed * 1103515245 + 12345) % 2**31
    big.append(seed % 1000)
h = []
for v in big:
    heapq.heappush(h, v)
print(all(h[i] <= h[2 * i + 1] for i in range(len(h) // 2)), [heapq.heappop(h) for _ in range(10)])

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "C" + str(self.v)

h = [Cmp(3), Cmp(1), Cmp(2)]
heapq.heapify(h)
print(h)

class Bad:
    def __lt__(self, other):
        raise ValueError("no compare")

for f in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop(1), lambda: heapq.heappop([]),
          lambda: heapq.heapify(()), lambda: heapq.heappush([]), lambda: heapq.heapreplace([], 1),
          lambda: heapq._heappop_max(3), lambda: heapq.heappushpop(3, 1), lambda: heapq.heappush([Bad()], Bad()),
          lambda: heapq.heappush([1], "a"), lambda: heapq.heapify([1, 2], 3), lambda: heapq.heappop()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Shrink:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True

hh = [1]
try:
    heapq.heappush(hh, Shrink(hh))
except RuntimeError as e:
    print("RuntimeError", e)
