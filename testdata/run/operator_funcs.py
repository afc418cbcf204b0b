import operator
import _operator
import operator as o

print(sorted(n for n in dir(_operator) if not n.startswith("__")))
print(o.add is _operator.add, o.__add__ is o.add, o.__lt__ is o.lt, o.__not__ is o.not_)
print(o.add(1, 2), o.sub(5, 3), o.mul(3, 4), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.lshift(1, 5), o.rshift(64, 2), o.and_(12, 10), o.or_(12, 10), o.xor(12, 10))
print(o.add("a", "b"), o.mul([0], 3), o.add(1.5, 2), o.mod("%s-%s", (1, 2)))
print(o.neg(5), o.pos(-5), o.abs(-3.5), o.inv(5), o.invert(0), o.index(7), o.not_(0), o.not_([1]), o.truth(""), o.truth(3))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne("a", "a"), o.gt(3, 2), o.ge(1, 2), o.lt("a", "b"))
print(o.is_(None, None), o.is_not(1, None), o.contains([1, 2], 2), o.contains("abc", "d"))
print(o.countOf([1, 2, 1, 1], 1), o.indexOf((5, 6, 7), 7), o.countOf("banana", "a"))
print(o.getitem([1, 2, 3], 1), o.getitem({"k": "v"}, "k"), o.getitem("abcdef", slice(1, 4)))
l = [1, 2, 3]
o.setitem(l, 0, 9)
o.delitem(l, 1)
print(l)
d = {}
o.setitem(d, "a", 1)
print(d)
print(o.concat([1], [2]), o.concat("x", "y"), o.concat((1,), (2,)))
x = [1]
y = o.iadd(x, [2])
z = o.iconcat(y, (3,))
print(x, y is x, z is x)
n = 5
print(o.iadd(n, 1), o.isub(n, 1), o.imul(n, 2), o.itruediv(n, 2), o.ifloordiv(n, 2), o.imod(n, 2), o.ipow(n, 2))
print(o.ilshift(n, 1), o.irshift(n, 1), o.iand(n, 3), o.ior(n, 8), o.ixor(n, 1))
s = {1, 2}
print(o.ior(s, {3}), s, o.iand(s, {1}), s)
print(o.length_hint([1, 2, 3]), o.length_hint(3, 7), o.length_hint(3))
class LH:
    def __length_hint__(self):
        return 12
class NI:
    def __length_hint__(self):
        return NotImplemented
print(o.length_hint(LH()), o.length_hint(NI(), 4))
print(o.call(max, 1, 2, key=abs), o.call(len, "abc"))
print(_operator._compare_digest("abc", "abc"), _operator._compare_digest(b"ab", b"ac"), _operator._compare_digest(b"ab", bytearray(b"ab")))

class M:
    def __matmul__(self, other):
        return "matmul"
    def __imatmul__(self, other):
        return "imatmul"
print(o.matmul(M(), 1), o.imatmul(M(), 1))

class Bad:
    def __length_hint__(self):
        return -1
class Bad2:
    def __length_hint__(self):
        return "x"

for f in [lambda: o.add(1), lambda: o.add(1, b=2), lambda: o.concat(1, 2), lambda: o.concat([1], (2,)),
          lambda: o.iconcat(1, [2]), lambda: o.indexOf([1], 2), lambda: o.countOf(3, 1), lambda: o.length_hint(3, "a"),
          lambda: _operator._compare_digest("a", b"a"), lambda: _operator._compare_digest("\xe9", "\xe9"),
          lambda: _operator._compare_digest(1, 2), lambda: o.neg(), lambda: o.not_(1, 2), lambda: o.lt(1),
          lambda: o.call(), lambda: o.index(1.5), lambda: o.index(), lambda: o.matmul(1, 2), lambda: o.concat({}, {}),
          lambda: o.length_hint(), lambda: o.setitem([1], 0), lambda: o.length_hint(Bad()), lambda: o.length_hint(Bad2()),
          lambda: o.neg("a"), lambda: o.add(1, "a"), lambda: o.lt(1, "a"), lambda: o.getitem(1, 1), lambda: o.length_hint(1, 2**70)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# iterators' __length_hint__
it = iter([1, 2, 3])
next(it)
print(o.length_hint(iter([1, 2, 3])), o.length_hint(it), o.length_hint(iter((1, 2))), o.length_hint(iter("abcd")))
print(o.length_hint(iter(range(10))), o.length_hint(reversed([1, 2])), o.length_hint(iter({1: 2, 3: 4})), o.length_hint(iter({}.items())))
d = {1: 1, 2: 2}
di = iter(d.values())
next(di)
print(o.length_hint(di), list(di), o.length_hint(di), it.__length_hint__())
class LHX:
    def __init__(self, value):
        self.value = value
    def __length_hint__(self):
        if type(self.value) is type:
            raise self.value
        return self.value
print(o.length_hint(LHX(2)), o.length_hint(LHX(NotImplemented), 4), o.length_hint(LHX(TypeError), 12))
for f in [lambda: o.length_hint(LHX("abc")), lambda: o.length_hint(LHX(-2)), lambda: o.length_hint(LHX(LookupError))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
ex = iter([1, 2])
print(list(ex), ex.__length_hint__(), o.length_hint(ex))
