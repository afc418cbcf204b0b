# Type-guarded fast paths of BINARY_OP, COMPARE_OP, CONTAINS_OP and
# UNPACK_SEQUENCE, and what happens when a site's operand types change
# after it has run many times with one type (the guard fails and the
# generic path must give the same answers as CPython).


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def lt(a, b):
    return a < b


def eq(a, b):
    return a == b


def ge(a, b):
    if a >= b:
        return "ge"
    return "lt"


def has(k, c):
    return k in c


def unpack(p):
    a, b = p
    return a, b


# Warm every site up with floats, then change types.
for i in range(200):
    add(1.5, 2.25), sub(1.5, 0.25), mul(3.0, 0.5), div(1.0, 4.0)
    lt(1.0, 2.0), eq(2.0, 2.0), ge(1.0, 3.0)
print(add(1.5, 2.25), sub(1.5, 0.25), mul(3.0, 0.5), div(1.0, 4.0))
# int/float mixes and back to ints (exact int arithmetic, big ints).
print(add(1, 0.5), add(0.5, 1), sub(10, 0.25), mul(3, 1.5), div(7, 2.0), div(7.0, 2))
print(add(2**62, 2**62), mul(2**40, 2**40), sub(-2**63, 1), div(1, 3))
print(add(2**53 + 1, 0.0), add(0.0, 2**53 + 1), add(2**70, 1.5))
# str concatenation, then other sequences and user types.
for i in range(200):
    add("a", "b")
print(add("ab", "cd"), add("", "x"), add("x", ""), add("é", "ü"), len(add("é", "ab")))
print(add([1], [2]), add((1,), (2,)), add(b"x", b"y"))


class S(str):
    def __add__(self, other):
        return "S+" + str.__add__(self, other)


print(add(S("p"), "q"), add("p", S("q")))


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __lt__(self, o):
        return self.x < o.x

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x


print(add(V(1), V(2)).x, lt(V(1), V(2)), eq(V(3), V(3)), eq(V(3), 3))
# Errors keep CPython's messages after the fast paths ran.
for bad in [(1.0, 0.0), (1, 0.0), (1.0, 0), (5, 0)]:
    try:
        div(*bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    add("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    lt("a", 1)
except TypeError as e:
    print("TypeError:", e)
# Comparisons: int/float mixes near 2**53, NaN, strs.
nan = float("nan")
print(lt(2**53, 2.0**53 + 2), eq(2**53 + 1, 2.0**53), lt(2**63, 1e30), eq(1, 1.0))
print(lt(nan, 1), lt(1, nan), eq(nan, nan), ge(nan, 0), ge(3, 2.5), ge(2, 2.5))
for i in range(200):
    lt("a", "b")
print(lt("abc", "abd"), lt("b", "a"), eq("x", "x"), eq("x", "y"), ge("é", "z"), ge("", "a"))
print(lt((1, 2), (1, 3)), lt([2], [1]), eq(None, None), eq(True, 1))
# CONTAINS_OP on dicts and sets, then other containers.
d = {"a": 1, 2: "b", (1, 2): 3}
st = {1, 2, frozenset({3})}
for i in range(200):
    has("a", d), has(1, st)
print(has("a", d), has("z", d), has(2, d), has((1, 2), d), has(1, st), has(5, st))
print(has({3}, st), has(3, [1, 2, 3]), has("ell", "hello"), has(4, range(5)))
for c in (d, st):
    try:
        has([], c)
    except TypeError as e:
        print("TypeError:", e)
# UNPACK_SEQUENCE 2 over tuples and lists, then other iterables.
for i in range(200):
    unpack((i, i + 1))
print(unpack((1, 2)), unpack([3, 4]), unpack("ab"), unpack(iter([5, 6])), unpack({7: 0, 8: 0}))
for bad in [(1,), [1, 2, 3], 5]:
    try:
        unpack(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# BINARY_SUBSCR list[int] and float arithmetic, then other operands.


def at(c, i):
    return c[i]


def fop(a, b):
    return a + b, a - b, a * b, a // b if b else None, a % b if b else None


lst = [10, 20, 30]
for i in range(200):
    at(lst, i % 3)
print(at(lst, 0), at(lst, -1), at((1, 2), 1), at({"k": 5}, "k"), at("abc", 1))
for bad in (3, -4, "x"):
    try:
        at(lst, bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class L(list):
    def __getitem__(self, i):
        return "L[%r]" % (i,)


print(at(L([1]), 0), at(lst, True), at(lst, 2**70 // 2**70))
for i in range(200):
    fop(1.5, 0.25)
inf = float("inf")
print(fop(1.5, 0.25), fop(-0.0, 0.0), fop(inf, inf), fop(1e308, 1e308), fop(7.5, 2))
print(fop(7, 2.5), fop(2**60, 2**60), fop(1.0, -3.0))


# UNPACK_SEQUENCE of 3 and more.
def unpack3(p):
    a, b, c = p
    return c, b, a


for i in range(200):
    unpack3((i, i, i))
print(unpack3((1, 2, 3)), unpack3([4, 5, 6]), unpack3("xyz"), unpack3(range(3)))
for bad in [(1, 2), [1, 2, 3, 4], None]:
    try:
        unpack3(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
