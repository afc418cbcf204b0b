import types
async def inner(x):
    return x * 2
async def outer():
    a = await inner(3)
    b = await inner(a)
    return a + b
c = outer()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Aw:
    def __await__(self):
        v = yield "suspended"
        return v + 1
async def useaw():
    return await Aw()
c = useaw()
print(c.send(None))
try:
    c.send(41)
except StopIteration as e:
    print("result", e.value)
@types.coroutine
def gencoro():
    x = yield 5
    return x
async def usegen():
    return await gencoro()
c = usegen()
print(c.send(None))
try:
    c.send(7)
except StopIteration as e:
    print(e.value)
c = outer()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)
async def agen():
    for i in range(3):
        yield i
async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out
c = consume()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class ACM:
    async def __aenter__(self):
        print("enter"); return self
    async def __aexit__(self, *a):
        print("exit", a[0]); return False
async def usecm():
    async with ACM() as m:
        return 1
try:
    usecm().send(None)
except StopIteration as e:
    print(e.value)
c = outer()
print(repr(c)[:22], c.cr_running, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def agen2():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")
async def partial():
    g = agen2()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stopped")
try:
    partial().send(None)
except StopIteration:
    pass
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def useaiter():
    return [x async for x in AIter()]
try:
    useaiter().send(None)
except StopIteration as e:
    print(e.value)
async def notaiter():
    async for x in 5:
        pass
try:
    notaiter().send(None)
except TypeError as e:
    print(e)
