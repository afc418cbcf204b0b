from itertools import islice, groupby, tee, count
import itertools

s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice(s, None)), list(islice(s, None, None, None)), list(islice(s, 1, 100, 3)), list(islice(s, 0)))
print(list(islice(range(100), 10, 20, 5)), list(islice(count(), 3, 10, 4)), list(islice([], 5)), list(islice(s, 5, 2)))
class Idx:
    def __index__(self): return 3
print(list(islice(s, Idx())), list(islice(s, True, Idx())))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 2)), next(it))
for args in [(), ('a',), ('a', -1), ('a', 'x'), ('a', 1.5), ('a', 1, 'x'), ('a', -1, 2), ('a', 0, 5, 0),
             ('a', 0, 5, -1), ('a', 0, 5, 'x'), ('a', 1, 2, 3, 4), (1, 2), ('a', 2**70), ('a', 1, -2)]:
    try:
        print(list(islice(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    islice('a', stop=2)
except TypeError as e:
    print("TypeError", e)

print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 8, 10], key=lambda x: x % 2)])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print(list(groupby([])), [(k, list(g)) for k, g in groupby(iterable=[1, 1, 2], key=None)])
# shared-iterator semantics: advancing the groupby invalidates earlier groups
groups = list(groupby('AABBBC'))
print([(k, list(g)) for k, g in groups])
gb = groupby('aabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), list(g2))
gb = groupby('aaab')
k, g = next(gb)
print(next(g), next(gb)[0], list(g))
print(type(next(groupby('a'))[1]).__name__)
gb = groupby([1, 1, 1, 2])
k, g = next(gb); print(next(g)); k, g = next(gb); print(k, list(g))

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter(range(5)), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee('ab', 1)), [list(x) for x in tee('xyz', n=1)] if False else '')
x, y = tee(count())
print([next(x) for _ in range(3)], [next(y) for _ in range(5)], next(x))
t1, t2 = tee('abc')
t3 = t1.__copy__()
print(next(t1), list(t3), list(t1), list(t2))
p, q = tee(t1)
print(list(p), type(p).__name__)
u, v = tee('hello')
w, z = tee(u)
print(next(u), list(w), list(z), list(v))
for args in [(), (1,), ([1], -1), ([1], 'a'), ([1], 1, 2)]:
    try:
        print(tee(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    tee([1], n=2)
except TypeError as e:
    print("TypeError", e)
it = iter([1, 2, 3, 4])
a, b = tee(it)
print(next(a), next(it), list(b))
