def f(xs, ys):
    return (x + y for x in xs for y in ys(x))

def g():
    return [x for x in outer_iterable]
