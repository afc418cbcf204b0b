import itertools as it
from itertools import *
import operator

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)), list(islice(count(10, -3), 4)))
print(list(islice(count(1.5, 0.25), 4)))
print(list(islice(count(2**62, 2**62), 3)))
print(list(islice(count(start=3, step=2), 3)))
c = count(5); print(repr(c), next(c), repr(c))
print(repr(count(0, 1.0)), repr(count(1, 2)), repr(count(-1.5)), repr(count(2**70, -1)), repr(count(0, True)))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
cy = cycle(iter([1, 2])); print([next(cy) for _ in range(5)])
print(list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(1, -5)), list(islice(repeat(7), 4)))
print(repr(repeat('a')), repr(repeat('a', 3)), repr(repeat([1, 2], times=2)))
r = repeat(1, 3); next(r); print(repr(r), r.__length_hint__(), list(r), r.__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError", e)
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate([1, 2], func=None, initial=None)))
print(list(accumulate(iterable=[1, 2, 3], func=lambda a, b: a - b, initial=10)))
print(list(chain()), list(chain('ab', [1, 2], (), range(3))), list(chain.from_iterable(['ab', 'cd', ''])))
ch = chain.from_iterable(x for x in [[1], [2, 3]]); print(next(ch), list(ch), list(ch))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([True, False]))))
print(list(compress(data='abc', selectors=[0, 1, 1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [1, 0, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filterfalse(bool, [0, 1, 2, 0])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, [[1, 2], 'ab', iter((3, 4))])))
print(list(pairwise('ABCDEFG')), list(pairwise([1])), list(pairwise([])), list(pairwise(range(3))))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1, 2])))
print(list(zip_longest('ab', range(4), [None]*3)))
print(list(zip_longest([], [], fillvalue=0)))
tw = takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 5])); print(list(tw), list(tw))
print(type(count()).__name__, type(chain()), count.__module__, chain.from_iterable.__name__)
print(iter(c) is c, hasattr(c, '__next__'))
for name in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'takewhile',
             'filterfalse', 'groupby', 'islice', 'pairwise', 'starmap', 'tee', 'zip_longest', 'product',
             'permutations', 'combinations', 'combinations_with_replacement']:
    print(name, hasattr(it, name))
def gen():
    yield 1
    raise ValueError("boom")
try:
    print(list(chain([0], gen())))
except ValueError as e:
    print("ValueError", e)
