# copy.copy/deepcopy through object.__reduce_ex__.
import copy
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, self.y)
a = Pt([1], 2)
b = copy.copy(a); c = copy.deepcopy(a)
print(b, c, b.x is a.x, c.x is a.x)
print(copy.copy([1]), copy.deepcopy({"q": [2]}))
print(type(object().__sizeof__()).__name__, sorted(object().__dir__())[:3])
try:
    object().__reduce_ex__("x")
except TypeError as e:
    print(e)
print((1).__reduce_ex__(2)[1][1:], "s".__reduce_ex__(2)[1][1:])
class L(list):
    pass
l = L([1, [2]]); l.tag = "t"
l2 = copy.copy(l); l3 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.tag, l3, l3[1] is l[1], l2[1] is l[1])
class D(dict):
    pass
d = D(a=[1]); d.x = 1
d2 = copy.deepcopy(d)
print(type(d2).__name__, d2, d2.x, d2["a"] is d["a"])
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]
s2 = copy.copy(s); s3 = copy.deepcopy(s)
print(s2.a, s3.a, s2.a is s.a, s3.a is s.a, hasattr(s3, "b"))
class G:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {"v": self.v * 10}
print(copy.copy(G()).v)
class St:
    def __setstate__(self, st):
        self.got = st
x = St(); x.q = 1
print(copy.copy(x).got)
print(copy.deepcopy([1j, (1+2j, [3])]), copy.copy(frozenset([1])) , copy.deepcopy((1, [2]))) 

