s = {3, 1, 2}
print(s, len(s), 1 in s, sorted(s), {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
s.add(10); s.discard(3); s.remove(1)
print(s, s.pop(), s)
print(set("hello"), set(range(20)), {"apple", "banana", "cherry"} >= {"apple"}, set() == set(), frozenset({1, 2}))
print({x % 5 for x in range(100)}, set([1, 1.0, True]), {(1, 2), (1, 2)}, {-3, 5, 100, len("abc") * 11})
a = {1, 2, 3}
a |= {4}
a &= {1, 2, 4}
a -= {1}
print(a, a.union([9]), a.intersection({2, 9}), a.difference([2]), a.issubset({2, 4, 5}), a.isdisjoint({7}))
print({frozenset({1}): "fs"}, hash(frozenset()) == hash(frozenset()), {"k": {1, 2}})
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {[]}
except TypeError as e:
    print(e)
try:
    {1}.remove(5)
except KeyError as e:
    print("KeyError", e)
