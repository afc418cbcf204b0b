def f():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
        y = 3
        def n(self):
            return y
    return C
