@a
@b.c(1)
def f():
    pass
