global x
x: int = 1
def f():
    return x
