def deco(f):
    return f

@deco
def f():
    pass

def outer(d):
    @d
    def inner():
        return d
    @d.attr(d)
    class K:
        pass
    return inner, K
