def f(a, b, /, c, *, d, e=default_e, **rest):
    return a, b, c, d, e, rest

def h(p=lambda q: q + r, /, *, s=t):
    pass
