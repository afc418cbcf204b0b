# A namedtuple-style class written out (what collections.namedtuple generates).
from operator import itemgetter


class Point(tuple):
    "Point(x, y)"
    __slots__ = ()
    _fields = ("x", "y")

    def __new__(_cls, x, y):
        return tuple.__new__(_cls, (x, y))

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != 2:
            raise TypeError(f"Expected 2 arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, self._fields, self))
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        return f"{self.__class__.__name__}(x={self[0]!r}, y={self[1]!r})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    x = property(itemgetter(0), doc="Alias for field number 0")
    y = property(itemgetter(1), doc="Alias for field number 1")


p = Point(1, 2)
print(p, p.x, p.y, p._asdict(), p._replace(x=5), Point._make([3, 4]), p == (1, 2), hash(p) == hash((1, 2)))
print(Point.x.__doc__, isinstance(p, tuple), len(p), p[::-1], sorted([Point(2, 1), Point(1, 2)]))
try:
    p.z = 1
except AttributeError as e:
    print(e)
try:
    Point._make([1])
except TypeError as e:
    print(e)
x, y = p
print(x + y, max(p), list(reversed(p)), p.count(1), p.index(2), Point.__doc__)
