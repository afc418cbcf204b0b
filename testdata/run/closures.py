def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_late()])
def acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
def outer():
    v = "outer"
    def inner():
        return v
    v = "changed"
    return inner
print(outer()())
def unbound():
    def g():
        return q
    try:
        g()
    except NameError as e:
        print(e)
    q = 1
unbound()
def local_unbound():
    try:
        print(zz)
    except UnboundLocalError as e:
        print(e)
    zz = 1
local_unbound()
class K:
    x = 5
    y = [x * i for i in range(3)] if False else None
    def m(self):
        return __class__
print(K().m() is K, K.x)
