f = lambda x, y=2, *a, k=3, **kw: x + y + free_var
g = lambda: (lambda z: z + w)
w = 1
def h(n):
    return lambda m: m + n
