class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("v")
try:
    next(It())
except StopIteration as e:
    print("value", e.value)
print(next(It(), "dflt"), list(It()))
def gen():
    yield 1
    return 7
g = gen(); next(g)
try:
    next(g)
except StopIteration as e:
    print("gen value", e.value)
m = map(next, [iter([])])
try:
    next(m)
except StopIteration as e:
    print("map next", repr(e))
print(list(map(next, [iter([])])))
print(list(filter(lambda x: next(iter([])), [1])))
print([x for x in map(next, [iter([1]), iter([])])])
def g():
    yield next(iter([]))
try:
    print(list(g()))
except RuntimeError as e:
    print("RuntimeError", e)
import itertools
def f(x):
    raise StopIteration(x)
print(list(itertools.starmap(f, [(1,), (2,)])))
try:
    next(itertools.starmap(f, [(5,)]))
except StopIteration as e:
    print("value", e.value)
print(list(itertools.takewhile(lambda x: next(iter([])), [1, 2])))
