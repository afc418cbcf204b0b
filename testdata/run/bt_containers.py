# set updates, dict | and reversed, dict views as sets, slice.indices, length hints.
s = {1, 2, 3, 4}
s.difference_update([1], {2})
print(sorted(s))
s = {1, 2, 3, 4}
s.intersection_update([1, 2, 9], (2, 1, 3))
print(sorted(s))
s = {1, 2, 3}
s.symmetric_difference_update([3, 4])
print(sorted(s))
s.difference_update()
s.difference_update(s)
print(s)
try:
    s.symmetric_difference_update()
except TypeError as e:
    print(e)
try:
    s.intersection_update(5)
except TypeError as e:
    print(e)
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [1]
except TypeError as e:
    print(e)
print(list(reversed(a)), list(reversed(a.keys())), list(reversed(a.values())), list(reversed(a.items())))
print(type(reversed(a)).__name__, type(reversed(a.items())).__name__, reversed(a).__length_hint__())
d = {1: 2}
it = reversed(d)
d[3] = 4
try:
    next(it)
except RuntimeError as e:
    print(e)
k = {"a": 1, "b": 2, "c": 3}.keys()
print(sorted(k & {"a", "c", "q"}), sorted(k | ["z"]), sorted(k - {"a"}), sorted(k ^ {"a", "d"}))
print(sorted({"a": 1}.items() | {("b", 2)}), k == {"a", "b", "c"}, k < {"a", "b", "c", "d"}, k.isdisjoint(["x"]), k.isdisjoint("a"))
print({1: 2}.items() == {(1, 2)}, {"a": 1}.keys() != {"a": 2}.keys())
for sl in [slice(None), slice(1, 5, 2), slice(-3, None), slice(None, None, -1), slice(10, -10, -3), slice(-100, 100)]:
    print(sl, sl.indices(7), sl.indices(0))
for bad in [-1, "x"]:
    try:
        slice(1).indices(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(e)
print(list(range(5).__reversed__()), list(reversed(range(1, 20, 4))), list(reversed(range(0))))
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__(), iter((1,)).__length_hint__(), iter(range(10)).__length_hint__(), iter("abc").__length_hint__())
r = reversed([1, 2, 3]); next(r)
print(r.__length_hint__(), iter({1, 2}).__length_hint__(), iter({1: 2}).__length_hint__(), iter({}.items()).__length_hint__())
import operator
print(operator.length_hint(iter([1, 2])), operator.length_hint(reversed([5])))
class A:
    def f(self):
        return super()
sup = A().f()
print(sup.__thisclass__, type(sup.__self__).__name__, sup.__self_class__)
