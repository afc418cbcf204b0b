# pickle and copy of builtin containers and iterators, mid-iteration and
# exhausted; iter(callable, sentinel).
import copy
import pickle


def roundtrip(name, make, advance=1):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        for _ in range(advance):
            next(it, None)
        r = it.__reduce__()
        back = pickle.loads(pickle.dumps(it, proto))
        rest = list(back)
        if isinstance(next(iter(rest), None), (set, frozenset)):
            rest = [sorted(x) for x in rest]
        if proto == 0:
            print(name, type(back).__name__, sorted(rest) if "set" in name or "dict" in name else rest,
                  len(r), list(it) == rest or sorted(list(it)) == sorted(rest))


roundtrip("list", lambda: iter([1, 2, 3]))
roundtrip("list-exhausted", lambda: iter([1]), 3)
roundtrip("tuple", lambda: iter((1, 2, 3)))
roundtrip("str", lambda: iter("hello"), 2)
roundtrip("str-exhausted", lambda: iter("ab"), 5)
roundtrip("bytes", lambda: iter(b"abc"))
roundtrip("bytearray", lambda: iter(bytearray(b"abc")))
roundtrip("range", lambda: iter(range(3, 20, 4)))
roundtrip("range-neg", lambda: iter(range(10, -5, -3)), 2)
roundtrip("range-big", lambda: iter(range(2**70, 2**70 + 5)), 2)
roundtrip("range-rev", lambda: reversed(range(5)))
roundtrip("reversed-list", lambda: reversed([1, 2, 3, 4]))
roundtrip("reversed-str", lambda: reversed("abcd"))
roundtrip("set", lambda: iter({1, 2, 3, 4}))
roundtrip("dict-keys", lambda: iter({"a": 1, "b": 2, "c": 3}))
roundtrip("dict-items", lambda: iter({"a": 1, "b": 2}.items()), 0)
roundtrip("dict-values", lambda: iter({"a": 1, "b": 2}.values()), 0)
roundtrip("dict-reversed", lambda: reversed({"a": 1, "b": 2, "c": 3}))
roundtrip("enumerate", lambda: enumerate("abc", 5))
roundtrip("zip", lambda: zip("abc", [1, 2, 3]))
roundtrip("zip-strict", lambda: zip("abc", [1, 2, 3], strict=True))
roundtrip("map", lambda: map(abs, [-1, -2, -3]))
roundtrip("filter", lambda: filter(None, [0, 1, 0, 2]))

for obj in (range(5), range(1, 10, 3), range(2**65, 2**65 + 3), slice(1, None, 2), {3, 1, 2},
            frozenset("ab"), frozenset()):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        assert back == obj and type(back) is type(obj), (obj, proto)
    print(type(obj).__name__, obj.__reduce__()[0].__name__, copy.copy(obj) == obj, copy.deepcopy(obj) == obj)


class S(set):
    pass


s = S([1, 2])
s.tag = "t"
b = pickle.loads(pickle.dumps(s))
print(type(b).__name__, sorted(b), b.tag)

it = iter(range(10))
it.__setstate__(7)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(-5)
print(list(it))
it = reversed([1, 2, 3])
it.__setstate__(10)
print(list(it))

# iter(callable, sentinel)
data = iter([1, 2, 3, None, 4])
ci = iter(data.__next__, None)
print(type(ci).__name__, list(ci), list(ci))
counter = iter(range(100)).__next__
print(list(iter(counter, 5)))
print(iter(int, 1).__reduce__()[1])
try:
    iter(5, 1)
except TypeError as e:
    print(e)


def stopper():
    raise StopIteration


print(list(iter(stopper, 1)))

# range iterators whose end overflows a C long are longrange_iterators.
M = 2**63
for args in ((1, M - 1, M - 1), (-1, -M, -M), (M - 3, M - 1), (0, 10), (M - 2, M - 1, 2)):
    print(args, type(iter(range(*args))).__name__, list(range(*args))[:3])


class Anything:
    def __eq__(self, other):
        return True


print(range(10).count(Anything()), range(3).count(True), range(3).count(1.0), range(5).count(7))
