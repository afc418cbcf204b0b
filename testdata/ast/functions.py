@decorator
@decorator.with_args(1, key="v")
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    """Docstring."""
    return a

async def g(x: int = 0, *, y: "str") -> None:
    await h()
    async for i in aiter():
        yield i
    async with lock as l:
        pass

def gen():
    x = yield
    y = yield 1
    z = yield from other()
    return x, y, z

lam = lambda x, /, y=1, *a, k, **kw: x + y
nolam = lambda: None

def outer():
    v = 1
    def inner():
        nonlocal v
        global w
        v += 1
    return inner
