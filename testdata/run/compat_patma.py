# Structural pattern matching: MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS,
# MATCH_CLASS and the errors they raise.
import collections
import collections.abc
import array


def kind(x):
    match x:
        case {"k": v, **rest}:
            return ("map-k", v, sorted(rest.items()))
        case {}:
            return "map"
        case [a, b, *others]:
            return ("seq2+", a, b, others)
        case []:
            return "empty-seq"
        case str() | bytes():
            return "text"
        case _:
            return "other"


for x in ([1, 2, 3], (4, 5), range(2), collections.deque([7, 8]), array.array("i", [1, 2]),
          {"k": 1, "z": 2}, {}, collections.OrderedDict(a=1), "ab", b"ab", bytearray(b"xy"), 5, [],
          memoryview(b"ab")):
    print(type(x).__name__, kind(x))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x=0, y=y):
            return f"y-axis {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"str {s}"
    return "nothing"


for p in (Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5), 7, 2.5, "s", None):
    print(where(p))


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


collections.abc.Sequence.register(Seq)


class SubSeq(Seq):
    pass


class MyMap(collections.abc.Mapping):
    def __getitem__(self, k):
        if k == "a":
            return 1
        raise KeyError(k)

    def __iter__(self):
        return iter(["a"])

    def __len__(self):
        return 1


class MyStr(str):
    pass


print(kind(Seq(3)), kind(SubSeq(2)), kind(MyMap()), kind(MyStr("xy")))

d = collections.defaultdict(int)
match d:
    case {"missing": _}:
        print("matched")
    case _:
        print("no key, defaultdict untouched:", dict(d))

for bad in ("dup", "args", "notype", "badargs", "attrtwice"):
    try:
        if bad == "dup":
            class K:
                a = 1
                b = 1
            match {1: 2, 3: 4}:
                case {K.a: _, K.b: _}:
                    pass
        elif bad == "args":
            match Point(1, 2):
                case Point(1, 2, 3):
                    pass
        elif bad == "notype":
            T = len
            match 3:
                case T():
                    pass
        elif bad == "badargs":
            class B:
                __match_args__ = ["x"]
            match B():
                case B(1):
                    pass
        elif bad == "attrtwice":
            match Point(1, 2):
                case Point(1, x=1):
                    pass
    except (TypeError, ValueError, SyntaxError) as e:
        print(bad, type(e).__name__, e)

match 5:
    case int(1, 2) if False:
        pass
    case _:
        print("guard skipped")
