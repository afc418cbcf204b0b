# __class__ assignment and __set_name__ error wrapping.
class N:
    def __set_name__(self, o, n):
        raise ValueError("boom")


try:
    class H:
        a = N()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class S:
    __slots__ = ("x",)


class S2:
    __slots__ = ("x",)


a = A()
a.keep = 1
for v in [B, 1, S, int]:
    try:
        a.__class__ = v
        print(type(a).__name__, a.who(), a.keep)
    except TypeError as e:
        print(e)
try:
    del a.__class__
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
s = S()
s.x = 5
s.__class__ = S2
print(type(s).__name__, s.x, isinstance(s, S2))


class L1(list):
    pass


class L2(list):
    pass


l = L1([1])
l.__class__ = L2
print(type(l).__name__, l)
try:
    l.__class__ = A
except TypeError as e:
    print(e)
