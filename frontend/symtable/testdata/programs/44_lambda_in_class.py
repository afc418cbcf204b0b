class C:
    a = 1
    f = lambda self: a
    g = lambda self, __p: __p + __q
