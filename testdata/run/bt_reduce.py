# object.__reduce_ex__, __reduce__, __getstate__ and copy/copyreg using them.
import copyreg
class P:
    def __init__(self, x):
        self.x = x
p = P(3)
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is P, r[2], r[3], r[4])
r = p.__reduce_ex__(4)
print(len(r), r[1] == (P,), r[2])
print(p.__getstate__(), P.__new__(P).__getstate__(), object().__getstate__())
r = p.__reduce__()
print(r[0] is copyreg._reconstructor, r[1], r[2])
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
print(s.__reduce_ex__(2)[2], S().__reduce_ex__(2)[2])
class L(list):
    pass
l = L([1, 2]); l.tag = "t"
r = l.__reduce_ex__(2)
print(r[1][0] is L, r[2], list(r[3]), r[4])
class Dd(dict):
    pass
r = Dd(a=1).__reduce_ex__(2)
print(r[2], r[3], list(r[4]))
class NA:
    def __getnewargs__(self):
        return (1, 2)
print(NA().__reduce_ex__(2)[1][1:])
class NX:
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})
r = NX().__reduce_ex__(2)
print(r[0] is copyreg.__newobj_ex__, r[1][1:])
class Bad:
    def __getnewargs__(self):
        return [1]
try:
    Bad().__reduce_ex__(2)
except TypeError as e:
    print(e)
class GS:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {"custom": True}
print(GS().__reduce_ex__(2)[2])
class R:
    def __reduce__(self):
        return (R, ())
print(R().__reduce_ex__(2) == (R, ()))
