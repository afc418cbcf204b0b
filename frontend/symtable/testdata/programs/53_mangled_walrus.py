class C:
    def f(self, x):
        return [__y := i for i in x], __y
    def g(self):
        __z = 1
        return lambda: __z
