class A:
    def f(self):
        return super().f()

class B(A):
    def g(self):
        return __class__

    def h(self):
        def inner():
            return super()
        return inner

    def not_method(self):
        return 1

class NoCell:
    super = 1
    x = __class__
