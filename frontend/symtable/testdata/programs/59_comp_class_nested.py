class C:
    x = 1
    y = [[x for _ in range(2)] for _ in range(3)]
    z = [lambda: x for _ in range(2)]

def f():
    x = 1
    class D:
        y = [x for _ in range(2)]
    return D
