from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
for i in range(6):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.extend([10, 11])
d.extendleft((20, 21))
print(d)
d.extend(x * x for x in range(3))
print(d)
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
d.rotate(100)
print(d)
d.rotate(-101)
print(d)
print(d[0], d[-1], d[3], d[-4])
d[0] = "first"
d[-1] = "last"
print(d)
del d[1]
del d[-2]
print(d, len(d))
print(d.count(0), d.count(4), d.count("zz"))
print(d.index("last"), d.index(1), d.index(1, 2), d.index(1, -20, 100))
d.insert(2, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("ins")
print(d)
d.reverse()
print(d)
print(5 in d, "end" in d, "nope" in d)
c = d.copy()
c.append("c")
print(len(c), len(d), c == d, c != d)
c2 = d.__copy__()
print(c2 == d, c2 is d, type(c2))
d.clear()
print(d, len(d))

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30, 31, 32, 33])
print(m)
m2 = deque(maxlen=0)
m2.append(1)
m2.extend([1, 2])
print(m2, len(m2))
print(deque([1, 2, 3], 2), deque(maxlen=5), deque([], 2))
try:
    deque([1, 2], maxlen=2).insert(0, 1)
except IndexError as e:
    print("IndexError", e)

# iteration
d = deque("abcdef")
print(list(d), list(reversed(d)), "".join(d))
it = iter(d)
print(next(it), next(it), it.__length_hint__())
d.append("g")
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
it = reversed(d)
d.pop()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for x in d:
        if x == "c":
            d.appendleft("z")
except RuntimeError as e:
    print("RuntimeError", e)
print(type(iter(d)).__name__, type(reversed(d)).__name__)

# comparisons and operators
a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]), a == [1, 2, 3])
print(deque([1, 2]) < deque([1, 2, 0]), deque() == deque())
print(a + b, a * 2, 2 * a, a * 0, a * -1)
x = deque([1])
y = x
x += [2, 3]
x *= 2
print(x, y is x)
x += x
print(x)
print(deque([1, 2], maxlen=3) * 3, deque([1, 2], maxlen=3) + deque([7, 8, 9]))

# repr recursion
r = deque([1])
r.append(r)
print(r)
r2 = deque([1], maxlen=5)
r2.append(r2)
print(r2)
print(repr(deque([deque([1]), deque()])))

# reduce / pickling support
print(deque([1, 2]).__reduce__()[:3], deque([1], maxlen=3).__reduce__()[:3])
cls, args, state, items = deque([1, "a", (2, 3)], maxlen=7).__reduce__()
p = cls(*args)
p.extend(items)
print(p, p.maxlen, state)

print(deque[int], deque.__class_getitem__(str))

# subclass
class Stack(deque):
    def push(self, x):
        self.append(x)
    def __repr__(self):
        return "Stack" + repr(list(self))

s = Stack([1, 2])
s.push(3)
s.name = "st"
print(s, s.name, len(s), isinstance(s, deque), s.pop(), s)
print(type(s.copy()).__name__, s.copy(), type(s + s).__name__)

class Plain(deque):
    pass
p = Plain("xy", 4)
print(p, p.maxlen, p.__reduce__()[:3])
p.tag = 1
print(p.__reduce__()[2])

# errors
d = deque([1, 2, 3])
for f in [lambda: d[1:2], lambda: d["a"], lambda: d[10], lambda: d[-4], lambda: d.index(9),
          lambda: d.remove(9), lambda: deque().pop(), lambda: deque().popleft(), lambda: d + [1],
          lambda: d * "a", lambda: deque(maxlen=-1), lambda: deque(1), lambda: deque([], 2, 3),
          lambda: deque(foo=1), lambda: d.rotate("a"), lambda: hash(d), lambda: d < [1],
          lambda: d.index(2, 0, 1), lambda: d.index(), lambda: d.count(), lambda: deque(maxlen="a"),
          lambda: d.insert("a", 1), lambda: d.__delitem__(5), lambda: d.__setitem__(5, 1),
          lambda: d.append(), lambda: d.extend(5), lambda: deque([1], maxlen=2**70)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Evil:
    def __eq__(self, other):
        d.append(4)
        return False
d = deque([1, 2, 3])
for f in [lambda: d.count(Evil()), lambda: d.index(Evil()), lambda: Evil() in d, lambda: d.remove(Evil())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# deque as a queue, BFS
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
seen, q, order = {1}, deque([1]), []
while q:
    n = q.popleft()
    order.append(n)
    for m in graph[n]:
        if m not in seen:
            seen.add(m)
            q.append(m)
print(order)
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
