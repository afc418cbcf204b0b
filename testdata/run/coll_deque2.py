from collections import deque
import collections.abc
import weakref

d = deque("abc")
d.extend(d)
print(d)
d.extendleft(d)
print(d)
d += d
print(len(d), d.count("a"))
d *= 0
print(d)
e = deque()
e.rotate(5)
e.rotate(-3)
print(e)
e = deque([1])
e.rotate(7)
print(e)
f = deque(range(5))
f.__init__([9, 8], 3)
print(f, f.maxlen)
f.__init__()
print(f, f.maxlen)
print(deque("abc") == "abc", deque("abc") == deque("abc"), deque() == deque(maxlen=3))
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence))
print(issubclass(deque, collections.abc.Reversible), isinstance(deque(), collections.abc.Hashable))
try:
    {deque()}
except TypeError as e:
    print("TypeError", e)
try:
    deque([1]) < deque(["a"])
except TypeError as e:
    print("TypeError", e)
r = weakref.ref(d)
print(r() is d)
print(deque(range(10)).index(3, 5, 2) if False else "skip")
try:
    deque(range(10)).index(3, 5, 2)
except ValueError as e:
    print("ValueError", e)
print(deque(range(10)).index(8, -3), deque(range(10)).index(2, -100, 3))

class D(deque):
    def __init__(self, x, y):
        super().__init__([x, y], maxlen=5)
        self.extra = x + y
dd = D(1, 2)
dd.append(3)
print(dd, dd.extra, dd.maxlen, len(dd), dd == deque([1, 2, 3]))
try:
    dd.copy()
except TypeError as e:
    print("TypeError", e)

class Eq(deque):
    def __eq__(self, other):
        return "custom"
print(Eq() == deque(), deque() == Eq())
print(deque([1, 2, 3]) * 2 == deque([1, 2, 3, 1, 2, 3]))
m = deque([1, 2, 3], maxlen=4)
m *= 3
print(m)
m2 = deque([1, 2, 3], maxlen=2)
print(m2 + deque([4]), (m2 + deque([4])).maxlen)
print(bool(deque()), bool(deque([0])), len(deque(range(100000), maxlen=7)))
lst = list(deque(range(20)))
print(lst[::3])
print(sum(deque(range(1000))), max(deque([3, 9, 1])), sorted(deque([3, 1, 2])))
x = deque([1, 2, 3, 4, 5])
del x[2]
x.remove(5)
x[0] = 10
print(x, x[-1], 10 in x)
q = deque()
for i in range(50):
    q.append(i)
    if len(q) > 5:
        q.popleft()
print(q)
q.reverse()
print(q, list(reversed(q)))

# iterators written in Python, subclasses returning non-deques, __slots__
class StopNow:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class Three:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(deque(StopNow()), deque(Three()), deque(c for c in "123"))
dq = deque([0])
dq.extend(Three())
dq.extendleft(Three())
print(dq)
class X(deque):
    pass
xd = X([1])
X.__new__ = lambda cls, *a, **k: [42]
for f in [lambda: xd * 2, lambda: xd + deque([1]), lambda: xd.copy()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class Slotted(deque):
    __slots__ = ("tag",)
sd = Slotted([1, 2])
sd.tag = "t"
print(sd, sd.tag)
try:
    sd.other = 1
except AttributeError as e:
    print("AttributeError", e)
