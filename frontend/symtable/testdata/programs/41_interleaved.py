def f():
    def g():
        return x
    x = 1
    def h():
        nonlocal x
        x = 2
    return g, h

class C:
    def m(self):
        return m
    m = 1
