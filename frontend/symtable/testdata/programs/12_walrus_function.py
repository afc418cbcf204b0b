def f(data):
    vals = [last := x for x in data]
    return last, vals

def g(data):
    global gl
    [gl := x for x in data]

def h(data):
    def inner():
        return [(w := x) for x in data]
    w = 0
    return inner
