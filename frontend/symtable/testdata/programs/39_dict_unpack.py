def f(a, b):
    return {**a, "k": b, **{x: y for x, y in b}}
