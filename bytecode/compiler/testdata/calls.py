f(1, *a, k=2, **kw)
o.m(1, x=2)
g(a, b)
