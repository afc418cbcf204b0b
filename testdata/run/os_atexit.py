import atexit
base = atexit._ncallbacks()
def f(x, y=0):
    print("f", x, y)
def g():
    print("g")
    raise ValueError("boom in g")
atexit.register(f, 1, y=2)
atexit.register(g)
atexit.register(f, 3)
r = atexit.register(f, 4)
print(r is f, atexit._ncallbacks() - base)
atexit.unregister(f)
print(atexit._ncallbacks() - base)
atexit.register(f, 5)
try:
    atexit.register(3)
except TypeError as e:
    print(e)
try:
    atexit.register()
except TypeError as e:
    print(e)
print("end of main")
def h(*a, **k):
    print("h", a, sorted(k.items()))
atexit.register(h, 1, 2, z=3, a=4)
class C:
    def __eq__(self, o):
        return isinstance(o, C)
    def __call__(self):
        print("C called")
atexit.register(C())
atexit.register(print, "first registered runs last?")
