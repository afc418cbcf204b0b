def f(a, b, *c, **d):
    def g():
        return a, c, d
    return g

def h(x):
    x = 1
    return lambda: x
