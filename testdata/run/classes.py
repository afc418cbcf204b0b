class Point:
    """A point."""
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p == Point(1, 2), p != q, p.norm2(), Point.count, Point.__doc__)
print(Point.__name__, Point.__qualname__, type(p).__name__, isinstance(p, Point), isinstance(1, Point))
try:
    hash(p)
except TypeError as e:
    print(e)
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"
pp = Puppy("Rex", 1)
print(pp.describe(), pp.age, Puppy.__mro__, issubclass(Puppy, Animal), Puppy.__bases__)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v * 2
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def make(cls):
        return cls()
t = Temp()
t.c = 5
print(t.c, Temp.s(1), t.s(2), type(Temp.make()).__name__)
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __len__(self): return self.v
    def __getitem__(self, i):
        if i >= self.v: raise IndexError(i)
        return i * 10
    def __bool__(self): return self.v > 0
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
    def __radd__(self, o): return o + self.v
    def __neg__(self): return V(-self.v)
    def __call__(self, x): return x * self.v
    def __contains__(self, x): return x == 99
print(sorted([V(3), V(1), V(2)], key=lambda v: v.v)[0].v, len(V(4)), list(V(3)), bool(V(0)), 5 + V(2), (-V(3)).v, V(3)(4), 99 in V(1))
print(min([V(3), V(1)]).v, max([V(3), V(7)]).v, {V(1): "x"}[V(1)], V(2) > V(1))
class It:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(It(3)), sum(It(4)), [x for x in It(2)])
class WithStr:
    def __str__(self): return "str!"
print(WithStr(), str(WithStr()), repr(WithStr())[:10])
print(hasattr(p, "x"), hasattr(p, "zz"), getattr(p, "zz", "dflt"))
setattr(p, "z", 9)
print(p.z, p.__dict__)
del p.z
print(p.__dict__)
try:
    p.nope
except AttributeError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
class Empty: pass
try:
    Empty(1)
except TypeError as e:
    print(e)
print(Empty.__module__, type(Empty), type(type), type(1), type(None))
