import operator
from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g([10, 20, 30]), g((1, 2)), g("abc"), g({1: "one"}), repr(g), g.__reduce__())
g2 = itemgetter(0, -1, "k" if False else 2)
print(g2([1, 2, 3, 4]), repr(g2))
print(itemgetter(slice(1, 3))("abcdef"), itemgetter("a", "b")({"a": 1, "b": 2}))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), max(rows, key=itemgetter(1)))
print(list(map(itemgetter(0), rows)), type(g).__name__, type(g).__module__)

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
a = attrgetter("name")
print(a(P("x")), repr(a), a.__reduce__())
ab = attrgetter("child.name", "name")
print(ab(P("parent", P("kid"))), repr(ab), ab.__reduce__())
print(sorted([P("b"), P("a")], key=attrgetter("name"))[0].name)
print(attrgetter("real", "imag")(3), attrgetter("__class__.__name__")(1.5))

m = methodcaller("greet", "hi")
print(m(P("bob")), repr(m), m.__reduce__())
mk = methodcaller("greet", "yo", punct="?")
print(mk(P("amy")), repr(mk))
red = mk.__reduce__()
print(repr(red[0]), red[1], red[0](*red[1])(P("zed")))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("f").__reduce__())
print(list(map(methodcaller("strip"), [" a ", "b "])))

for f in [lambda: itemgetter(), lambda: itemgetter(1)(), lambda: itemgetter(1)([1, 2], 3), lambda: itemgetter(1, k=2),
          lambda: attrgetter(1), lambda: attrgetter(), lambda: methodcaller(), lambda: methodcaller(1),
          lambda: attrgetter("x")(1), lambda: attrgetter("a..b")(P("n")), lambda: methodcaller("nope")("a"),
          lambda: itemgetter(5)([1]), lambda: itemgetter(1)(5), lambda: attrgetter("a", 3), lambda: itemgetter(1)(x=1),
          lambda: itemgetter("k")({}), lambda: repr(attrgetter("a..b"))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(itemgetter(1).__module__, attrgetter.__module__, type(methodcaller("x")).__name__, itemgetter.__qualname__)
for base in [itemgetter, attrgetter, methodcaller, bool]:
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError", e)
