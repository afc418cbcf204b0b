def f():
    return [(i := 1) for i in range(3)]
