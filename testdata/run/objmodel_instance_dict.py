# Instance __dict__ of builtin subclasses; __init__ returning non-None; __new__ returning another type.
class T(tuple): pass
class L(list): pass
class D(dict): pass
class I(int): pass
class F(float): pass
class S(str): pass
class St(set): pass
class CM(classmethod): pass
class P(property): pass
class E(Exception): pass
def fn():
    'fd'
for c, a in [(T, ()), (L, ()), (D, ()), (I, ()), (F, ()), (S, ()), (St, ()), (CM, (fn,)), (P, ()), (E, ())]:
    o = c(*a)
    o.x = 1
    print(c.__name__, o.__dict__, vars(o), "__dict__" in dir(o) if False else "")
class A:
    def __init__(self):
        return 1
try:
    A()
except TypeError as e:
    print(e)
class B:
    def __new__(cls):
        return 5
    def __init__(self):
        print("never")
print(B())
