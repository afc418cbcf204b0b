async def f():
    async with a as b:
        await b
    async for x in y:
        print(x)
    return [z async for z in w]
