import functools
from functools import wraps, total_ordering, singledispatch, cached_property, update_wrapper, partialmethod

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return ("wrapped", fn(*a, **k))
    return inner

@deco
def hello(name):
    """Say hello."""
    return "hello " + name
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)

def other():
    pass
def w():
    pass
update_wrapper(w, other)
print(w.__name__, w.__wrapped__ is other)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), V(2) != V(2))
print([x.v for x in sorted([V(3), V(1), V(2)])])

class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.computed, "total" in d.__dict__)
del d.total
print(d.total, d.computed)

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)

print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
