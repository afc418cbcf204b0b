class C:
    __class__ = 1
    def f(self):
        return __class__

def outer():
    g = 1
    class D:
        global g
        def m(self):
            return g
    return D

super_at_module = super
class E:
    s = super
