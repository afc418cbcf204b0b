class Slots:
    cls_attr = "class"
    def __getattr__(self, name):
        return "dyn_" + name
s = Slots()
s.real = 1
print(s.real, s.missing, s.cls_attr, getattr(s, "abc"))
class Guard:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
g = Guard()
g.x = 5
print(g.x)
del g.x
print(hasattr(g, "x"))
class Desc:
    def __get__(self, obj, typ=None):
        return "desc get" if obj is not None else "class get"
    def __set__(self, obj, value):
        obj.__dict__["stored"] = value
class Host:
    d = Desc()
h = Host()
h.d = 10
print(h.d, Host.d, h.stored, vars(h))
class Ga:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
ga = Ga()
ga.y = 1
print(ga.magic, ga.y)
def f(): pass
f.attr = 3
print(f.attr, f.__dict__)
class P:
    @property
    def ro(self): return 1
try:
    P().ro = 2
except AttributeError as e:
    print(e)
try:
    del P().ro
except AttributeError as e:
    print(e)
print(P.ro.__class__.__name__)
