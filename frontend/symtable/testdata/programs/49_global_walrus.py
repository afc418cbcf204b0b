def f():
    global v
    return [v := i for i in range(3)]

def g():
    nonlocal_holder = 0
    def h():
        nonlocal nonlocal_holder
        return [nonlocal_holder := i for i in range(3)]
    return h
