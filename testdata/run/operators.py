class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return Vec(self.x + o, self.y + o)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __le__(self, o): return (self.x, self.y) <= (o.x, o.y)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __neg__(self): return Vec(-self.x, -self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __index__(self): return 2
v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, 1 + v, v * 3, 3 * v, abs(w), -v, v == Vec(1, 2), v != w, v < w, v >= w, v[1], list(v))
v += w
print(v, [1, 2, 3][Vec(0, 0)], "ab" * Vec(0, 0))
class Sub(Vec):
    def __radd__(self, o): return "Sub radd"
print(Vec(1, 1) + Sub(2, 2))
for bad in [lambda: v + "s", lambda: v - w, lambda: "s" < 1, lambda: [] < {}, lambda: -"x", lambda: ~1.5, lambda: v @ w, lambda: 1 ** "x"]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(v.__eq__(1) if False else "skip", Vec.__add__(v, 1))
