import itertools as it
def e(f):
    try:
        r = f()
        print(type(r).__name__, list(it.islice(r, 5)))
    except Exception as x:
        print(type(x).__name__, x)
tests = [
 lambda: it.count('a'), lambda: it.count(1, 'a'), lambda: it.count(1, 2, 3), lambda: it.count(x=1), lambda: it.count(None),
 lambda: it.count(1, 2, start=3),
 lambda: it.cycle(), lambda: it.cycle(1), lambda: it.cycle([1], [2]), lambda: it.cycle(x=1),
 lambda: it.repeat(), lambda: it.repeat(1, 'a'), lambda: it.repeat(1, 2, 3), lambda: it.repeat(1, times=-1), lambda: it.repeat(1, x=2),
 lambda: it.repeat(times=2),
 lambda: it.accumulate(), lambda: it.accumulate(1), lambda: it.accumulate([1], 2, 3), lambda: it.accumulate([1], x=1),
 lambda: it.accumulate([1, 2], initial=1, func=None, iterable=[3]),
 lambda: it.chain(1), lambda: it.chain(x=1), lambda: it.chain.from_iterable(), lambda: it.chain.from_iterable([1]),
 lambda: it.compress(), lambda: it.compress([1]), lambda: it.compress(1, [1]), lambda: it.compress([1], [2], [3]),
 lambda: it.dropwhile(), lambda: it.dropwhile(None), lambda: it.dropwhile(1, 2), lambda: it.dropwhile(None, [1], x=1),
 lambda: it.dropwhile(None, [1]),
 lambda: it.takewhile(bool), lambda: it.filterfalse(1), lambda: it.filterfalse(None, 1), lambda: it.filterfalse(1, [1]),
 lambda: it.groupby(), lambda: it.groupby(1), lambda: it.groupby([1], 2, 3), lambda: it.groupby([1], x=1),
 lambda: it.groupby([1], 2),
 lambda: it.pairwise(), lambda: it.pairwise(1), lambda: it.pairwise([1], [2]), lambda: it.pairwise(x=1),
 lambda: it.starmap(), lambda: it.starmap(1), lambda: it.starmap(1, 2), lambda: it.starmap(pow, [1]),
 lambda: it.starmap(pow, [(2, 3)], 1), lambda: it.starmap(1, [()]),
 lambda: it.zip_longest(1), lambda: it.zip_longest([1], x=2), lambda: it.zip_longest([1], fillvalue=1, x=2),
 lambda: it.zip_longest([1], [2], 3),
]
for i, f in enumerate(tests):
    print(i, end=' ')
    e(f)
print(it.count.__name__, it.chain.__name__, it.groupby.__name__)
print(it.__name__, it.__doc__)
