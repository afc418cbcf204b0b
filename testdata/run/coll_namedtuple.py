from collections import namedtuple
from _collections import _tuplegetter

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p.x, p.y, p[0], p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point.__name__, type(Point.x).__name__, Point.x.__doc__)
print(p._asdict(), tuple(p._replace(x=5)), tuple(Point._make([7, 8])))
x, y = p
print(x, y, tuple(p), list(p))
print(tuple(Point(y=3, x=4)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError", e)

P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(tuple(P3(5)), tuple(P3(1, 2, 3)), P3._field_defaults)
R = namedtuple("R", "id, class, def", rename=True)
print(R._fields, R(1, 2, 3)._2)
Point.x.__doc__ = "the x coordinate"
print(Point.x.__doc__)

class V(namedtuple("V", "a b")):
    __slots__ = ()
    @property
    def total(self):
        return self.a + self.b
    def __str__(self):
        return "V<" + str(self.a) + "," + str(self.b) + ">"
v = V(3, 4)
print(v, v.total, v.a, isinstance(v, tuple))

g = _tuplegetter(1, "doc one")
print(g.__doc__, g.__get__((5, 6, 7)), g.__get__(None, tuple) is g, g.__reduce__())
class T(tuple):
    second = _tuplegetter(1, "second item")
t = T((1, 2, 3))
print(t.second, T.second.__doc__)
for f in [lambda: _tuplegetter(1), lambda: g.__get__(3), lambda: _tuplegetter(5, 2).__get__((1,)),
          lambda: g.__set__((1,), 2), lambda: g.__delete__((1,)), lambda: g.__get__(None),
          lambda: Point(1), lambda: Point(1, 2, 3), lambda: p._replace(z=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(p, repr(Point(y=3, x=4)), P3(5), R(1, 2, 3), repr(v))
print(p._replace(x=5), Point._make([7, 8]))
