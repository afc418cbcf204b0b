def f():
    global g
    del g

def h():
    global a, b
    a, b = b, a
