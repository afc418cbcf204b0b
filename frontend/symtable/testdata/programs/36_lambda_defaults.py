def f(x):
    return lambda y=x, *, z=x: y + z

g = lambda *args, **kwargs: (args, kwargs)
