import types
@types.coroutine
def sus():
    yield 1
async def inner():
    await sus()
async def outer():
    await inner()
c = outer()
print(c.cr_await, c.cr_running, c.cr_frame is not None)
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.cr_code.co_name if hasattr(c.cr_await, "cr_code") else None)
print(type(c.cr_await.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    print("done", c.cr_await, c.cr_frame)
def gen():
    yield from sub()
def sub():
    yield 1
g = gen(); next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_running)
def r():
    print(g2.gi_running)
    yield
g2 = r(); next(g2)
import sys
print(sys.getrecursionlimit())
def rec(n): return rec(n+1)
try:
    rec(0)
except RecursionError as e:
    print(e)

# ag_await: the awaitable an async generator is suspended on
async def agen():
    await sus()
    yield 5
ag = agen()
print(ag.ag_await, ag.ag_running)
step = ag.__anext__()
print(step.send(None))
print(type(ag.ag_await).__name__)
try:
    step.send(None)
except StopIteration as e:
    print("yielded", e.value, ag.ag_await)

# a plain yield is not a delegation
def plain():
    x = yield 1
    yield x
p = plain()
print(p.gi_yieldfrom)
next(p)
print(p.gi_yieldfrom)
d = gen()
print(d.gi_yieldfrom)
next(d)
print(d.gi_yieldfrom is not None, d.gi_yieldfrom.gi_code.co_name)
for _ in d:
    pass
print(d.gi_yieldfrom)
