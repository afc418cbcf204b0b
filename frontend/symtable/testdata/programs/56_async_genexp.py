def f(items):
    return (x async for x in items)

async def g(items):
    return [await x for x in items], {y: 1 async for y in items}

async def h(items):
    return [[z async for z in y] for y in items]
