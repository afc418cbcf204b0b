t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (5,), t * 2, 1 in t, t.index("a"), t.count(1))
a, b, *rest = [1, 2, 3, 4, 5]
print(a, b, rest)
*init, last = "xyz"
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z, (1, 2) < (1, 3), (1, 2) == (1, 2), () < (1,), hash((1, 2)) == hash((1, 2)))
print(tuple("ab"), (1,), (), ((1, 2),), {(1, 2): "k"}[(1, 2)])
for bad in [lambda: t[9], lambda: t + [1]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
