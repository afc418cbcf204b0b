# super() calls into builtin methods from subclasses of tuple, str, int, float, dict.
class T(tuple):
    def __repr__(self):
        return "T" + super().__repr__()

    def __eq__(self, o):
        return super().__eq__(o)

    __hash__ = tuple.__hash__

    def __getitem__(self, i):
        return super().__getitem__(i) * 10

    def __add__(self, o):
        return T(super().__add__(o))


t = T((1, 2))
print(repr(t), t == (1, 2), t[1], t + (3,), hash(t) == hash((1, 2)), len(t), list(t))


class S(str):
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)

    def __setattr__(self, name, v):
        super().__setattr__(name, v * 2)

    def __len__(self):
        return super().__len__() + 100

    def __contains__(self, x):
        return super().__contains__(x.lower())


s = S("Hello")
s.a = 2
print(s.magic, s.a, len(s), "L" in s, s.upper(), s.__class__.__name__)


class I(int):
    def __str__(self):
        return "I:" + super().__str__()

    def __lt__(self, o):
        return super().__lt__(o)

    def __bool__(self):
        return True


i = I(0)
print(str(i), i < 1, bool(i), repr(i), i.__class__.__mro__)


class F(float):
    def __mul__(self, o):
        return F(super().__mul__(o))

    def __repr__(self):
        return "F(" + super().__repr__() + ")"


print(repr(F(2.0) * 3), F(1.5).__round__())


class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())

    def __iter__(self):
        return iter(sorted(super().__iter__()))

    def keys(self):
        return list(self)


d = D(b=2, a=1)
print(d["A"], "B" in d, list(d), d.keys(), dict(d), sorted(d.items()))
