def f(n):
    base = 10
    return [i + base for i in range(n) if i != n]

def g(items):
    return {k: [v for v in items if v != k] for k in items}
