x = 1
class C:
    x = 2
    y = x
    def m(self):
        return x, y
    def n(self):
        x = 3
        class D:
            z = x
            def p(self):
                return x
        return D
