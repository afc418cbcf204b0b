x = 1
y: int = -2
z += x * (y + 3) ** 2 // 4 % 5 @ m
a, *b = c = [1, 2.5, 3j, 'four', b'five', None, True, ...]
del a[0], b.c
print(x if y else z, *args, sep='', **kw)
assert x, "message"
pass; global g
