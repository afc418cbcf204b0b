l = [5, 3, 8, 1]
l.append(9)
l.extend([2, 2])
l.insert(0, 100)
print(l, len(l), l[2], l[-1], l[1:3], l[::2], l[::-1])
print(l.pop(), l.pop(0), l, l.index(8), l.count(2))
l.remove(2)
print(l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
l2 = l[:]
l2[1:3] = ["x", "y", "z"]
print(l2, l)
del l2[0]
del l2[::2]
print(l2)
a = [1, 2]
a += [3]
a *= 2
print(a, [0] * 3, [1] + [2], [] == [], [1, 2] < [1, 3], [1, [2]] == [1, [2]])
r = [1, 2]
r.append(r)
print(r)
print(list(range(5)), list("abc"), list((1, 2)), 3 in [1, 2, 3], 4 not in [1, 2])
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
l.reverse()
print(l, l.copy(), min(l), max(l), sum(l))
l.clear()
print(l)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    [1, 2].index(7)
except ValueError as e:
    print(e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(e)
