def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())), list(take(3, (x * x for x in naturals()))))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
next(e)
e.send("a")
e.send("b")
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
g = (x for x in [1])
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
def gen_with_return():
    yield 1
    return 5
def deleg():
    x = yield from gen_with_return()
    yield x
print(list(deleg()))
print(sorted(x for x in [3, 1, 2]), any(x > 2 for x in [1, 3]), all(x for x in []), dict((k, 1) for k in "ab"))
