x = 0
class C:
    global x
    x = 1
    def m(self):
        return x

def f():
    y = 1
    class D:
        nonlocal y
        y = 2
        def g(self):
            return y
    return D
