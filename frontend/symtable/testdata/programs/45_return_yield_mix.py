def f():
    return (yield)

def g():
    def inner():
        yield
    return inner

lambda: (yield)
