import functools
import _functools
from functools import partial, reduce, cmp_to_key

print(functools.partial is _functools.partial, functools.reduce is _functools.reduce)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 7), reduce(lambda a, b: a + b, ["x"]), reduce(max, iter([3, 9, 2])))
print(reduce(lambda acc, s: acc + s.upper(), "abc", ""))

p = partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords, p("11", base=10))

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

q = partial(f, 1, d=7)
print(q(2), q(2, 5), q(2, d=9), q.args, q.keywords)
qq = partial(q, 2)
print(qq(), qq.func is f, qq.args, qq.keywords)
qqq = partial(qq, c=10, d=11)
print(qqq(), qqq.args, qqq.keywords)
print(repr(partial(max, 1, key=abs)), repr(partial(len)))
print(partial(max, key=abs)(-5, 3), partial(sorted, reverse=True)([1, 3, 2]))
print(partial(print, "x", sep="-")("y"))

# not a method descriptor
class C:
    pm = partial(f, 0)
    def meth(self, x):
        return x
c = C()
print(c.pm(1), C.pm(2), hasattr(partial, "__get__"))
pm = partial(C.meth, c)
print(pm(5))

# attributes and __dict__
p2 = partial(f, 1)
p2.attr = "hello"
print(p2.attr, p2.__dict__, p2.__reduce__()[2][3])
p3 = partial(p2, 2)
print(p3.func is p2, p3.args)
try:
    p2.func = None
except AttributeError as e:
    print("AttributeError", e)

# keywords dict is live
p4 = partial(f, 1, 2)
p4.keywords["d"] = 99
print(p4())

# reduce / setstate
r = partial(f, 1, d=2).__reduce__()
print(r[0] is partial, r[1][0] is f, r[2][1:])
n = partial(print)
n.__setstate__((f, (5, 6), {"c": 0}, None))
print(n(), n.args, n.keywords)
n.__setstate__((f, (5,), None, {"tag": 1}))
print(n(6), n.keywords, n.tag)

# subclass
class MyPartial(partial):
    def describe(self):
        return "MyPartial of " + self.func.__name__
mp = MyPartial(f, 1)
print(mp(2), mp.describe(), type(mp).__name__, isinstance(mp, partial))
print(repr(mp).startswith("MyPartial(<function f at "), repr(mp).endswith(", 1)"))
print(partial[int])

# recursion in repr
rp = partial(f)
rp.__setstate__((f, (rp,), {}, None))
print(repr(rp).endswith("...)"))

# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(cmp)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= K(1), k1 >= k2, k1 != k2, k1.obj, K(obj=5).obj, type(k1).__name__)
print(min([K(5), K(2), K(9)]).obj, max([K(5), K(2), K(9)], key=lambda k: k).obj)

for fn in [lambda: reduce(), lambda: reduce(1, [], x=1), lambda: reduce(lambda a, b: a, []),
           lambda: reduce(lambda a, b: a, 5), lambda: partial(), lambda: partial(1),
           lambda: partial.__setstate__(partial(print), 1), lambda: partial(print).__setstate__((1, 2)),
           lambda: partial(print).__setstate__((1, 2, 3, 4)), lambda: partial(print).__setstate__((print, 2, 3, 4)),
           lambda: partial(print).__setstate__((print, (), 3, 4)), lambda: hash(k1), lambda: k1 < 3,
           lambda: K(), lambda: K(1, 2), lambda: cmp_to_key(), lambda: partial(f)(),
           lambda: partial(f, 1, 2, 3, 4)()]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
print(partial(print).__module__, partial.__module__, MyPartial.__module__, K.__module__, type(K).__module__)
