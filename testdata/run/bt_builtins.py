# aiter/anext, breakpoint and sys.breakpointhook, site's exit/quit/help/copyright/credits, dir(builtins).
import builtins, sys
class AI:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i * 10
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return "StopAsyncIteration"
    return "suspended"
a = aiter(AI(2))
print(type(a).__name__, drive(anext(a)), drive(anext(a, "dflt")), drive(anext(a, "dflt")), drive(anext(a)))
aw = anext(AI(0), 5)
print(type(aw).__name__, aw.__await__() is aw, drive(aw))
for bad in [lambda: aiter(1), lambda: anext(1), lambda: anext(), lambda: anext(a, 1, 2), lambda: aiter([])]:
    try:
        bad()
    except TypeError as e:
        print(e)
class BadAiter:
    def __aiter__(self):
        return 1
try:
    aiter(BadAiter())
except TypeError as e:
    print(e)
print(sys.breakpointhook is sys.__breakpointhook__, callable(sys.breakpointhook))
sys.breakpointhook = lambda *a, **k: ("hooked", a, k)
print(breakpoint(1, x=2))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
print(repr(exit), repr(quit), repr(help), repr(credits), type(exit).__name__, type(exit).__module__, type(copyright).__name__)
print(repr(copyright) == sys.copyright, sys.copyright.splitlines()[0])
print(builtins.__doc__)
names = [n for n in dir(builtins) if n != "open"]
print(len(names), names)
print("_sitebuiltins" in sys.modules)
try:
    exit(3)
finally:
    print("exiting")
