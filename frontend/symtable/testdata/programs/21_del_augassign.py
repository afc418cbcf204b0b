def f(a):
    del a
    b = 1
    b += 2
    c.attr += 1
    d[0] -= 1
    del e
    del g.h, i[0]
