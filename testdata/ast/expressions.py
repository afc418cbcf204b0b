a = not x and y or z
b = x < y <= z != w is not v in u not in t
c = ~x + -y - +z
d = x[1:2], x[::2], x[1:2, 3], x[...], x[:, None]
e = (yield)
f = (x := 10)
g = x.attr.other[0](1)(2)
h = {**d1, 'k': v, **d2}
i = [*a, *b]
j = (1,)
k = ()
l = x if y else (z if w else v)
m = await_ = 1
n = 1_000_000 + 0x_ff + 0o17 + 0b1010 + 1.5e-3 + 10j + .5 + 1.
o = x ** -y ** z
p = lambda: (yield)
