class A:
    def m(self):
        class B:
            def n(self):
                return super()
        return B, __class__

class C:
    def f(self):
        return [super() for _ in range(1)]
