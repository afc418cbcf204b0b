import itertools as it

def trap(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# StopIteration escaping a callback ends the consumer, as in CPython
print(list(it.starmap(next, [(iter([]),)])))
print(list(it.accumulate([1, 2, 3], lambda a, b: next(iter([])))))
print(list(it.dropwhile(lambda x: next(iter([])), [1, 2])))

def bad_key(x):
    if x == 3:
        raise KeyError(x)
    return x % 2
trap(lambda: [(k, list(g)) for k, g in it.groupby([1, 1, 2, 3], key=bad_key)])
gb = it.groupby('aabb')
k, g = next(gb)
print([k for k, g in gb])
print(list(g))

def flaky():
    yield 1
    yield 2
    raise RuntimeError("flaky")
a, b = it.tee(flaky())
print(next(a), next(a))
trap(lambda: next(a))
print(next(b), next(b))
trap(lambda: next(b))
print(list(a), list(b))
trap(lambda: list(it.zip_longest([1, 2, 3], flaky())))
trap(lambda: list(it.chain([1], 5)))
trap(lambda: list(it.cycle(flaky())))
c = it.chain('ab', 'cd')
print(next(c), list(c), list(c))

class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __repr__(self): return 'Num(' + str(self.v) + ')'
print(list(it.islice(it.count(Num(3)), 3)), repr(it.count(Num(1), Num(2))))
class Plain:
    def __add__(self, o): return self
trap(lambda: it.count(Plain()))
print(list(it.islice(it.count(2**63 - 2), 4)), list(it.islice(it.count(-2**63 + 1, -1), 3)))
print(list(it.islice(it.count(0.1, 0.1), 4)))
print(list(it.islice(it.count(1, 0), 3)))
r = it.repeat([])
x, y = next(r), next(r)
print(x is y)
print(list(it.islice(it.cycle(range(3)), 0, 20, 3)))
z = it.zip_longest('a', 'bcd')
print(next(z), next(z), next(z))
trap(lambda: next(z))
p = it.pairwise(iter('ab'))
print(list(p), list(p))
print(list(it.product(*[range(2)] * 3)) == list(it.product(range(2), repeat=3)))
print(sum(1 for _ in it.permutations(range(7))), sum(1 for _ in it.combinations(range(12), 6)))
print(list(it.compress(it.count(), [0, 1] * 4)))
import operator
print(list(it.accumulate(range(1, 8), operator.mul)), list(it.accumulate([[1], [2]], initial=[0])))
print([list(g) for _, g in it.groupby([1.0, 1, True, 2, 2.0])])
print([(k, len(list(g))) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
t1, t2 = it.tee(range(3))
print(type(t1).__name__, iter(t1) is t1, list(zip(t1, t2)))
