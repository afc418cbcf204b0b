def gen():
    yield 1

def gen_from():
    yield from range(3)

def not_gen():
    return (x for x in range(3))

def yield_expr():
    x = yield
    return x
