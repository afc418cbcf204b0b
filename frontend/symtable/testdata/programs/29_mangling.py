class Foo:
    __private = 1
    __dunder__ = 2
    _single = 3
    def __method(self, __arg):
        __local = self.__private
        return __local, __arg
    def m(self):
        global __g
        import __mod
        import __pkg.sub
        from x import __name
        return __g, __mod, __name
    class __Inner:
        __x = 1
    def n(self):
        def inner():
            return __deep
        return inner

class _Under:
    __y = 1

class __:
    __z = 1
