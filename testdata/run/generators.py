def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            print("got", got)
        i += 1
    return "done"
g = count(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def inner():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
print(list(outer()))
print(sum(x * x for x in range(10)), list(x for x in "ab"), {x % 3 for x in range(10)})
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fibs()
print([next(f) for _ in range(10)])
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closer()
print(next(c))
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield 99
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
gen = (i for i in range(3))
print(gen.__class__.__name__, list(gen), list(gen))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print(e)
print(list(zip(count(3), "abc")), list(enumerate(count(2))))
