def f(a, /, b, *args, c, **kwargs):
    def g():
        return a, b, args, c, kwargs
    return g

def h(*, only):
    return [only for _ in range(2)]
