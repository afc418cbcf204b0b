async def coro(x):
    await x
    async with x as y:
        pass
    async for z in y:
        pass
    return [a async for a in x]

async def agen():
    yield 1

async def comp_await(items):
    return [await i for i in items]
