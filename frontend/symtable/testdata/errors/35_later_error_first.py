def f():
    global a
    nonlocal a
def g(x):
    global x
