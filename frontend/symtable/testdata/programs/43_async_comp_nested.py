async def f(aiter):
    return [[y async for y in x] for x in aiter]

async def g(items):
    return [x for x in [y async for y in items]]

def h(items):
    return (await x for x in items)
