# asyncio over _socket and select: queues, gather, sleep, wait_for,
# events, futures and a stream server on localhost.
import asyncio

async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0)
        out.append((name, item * item))
        q.task_done()

async def slow(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    q = asyncio.Queue()
    out = []
    workers = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(3)]
    for i in range(10):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(x for _, x in out))
    r = await asyncio.gather(slow(1, 0.02), slow(2, 0.01), slow(3, 0))
    print(r)
    t = asyncio.create_task(slow("t", 0.01))
    print(await t, t.done())
    try:
        await asyncio.wait_for(slow(0, 1), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.005)
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print("event set")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print(await fut)
    return "done"

print(asyncio.run(main()))

async def echo_server():
    async def handle(reader, writer):
        data = await reader.readline()
        writer.write(data.upper())
        await writer.drain()
        writer.close()
    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello asyncio\n")
    await writer.drain()
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    srv.close()
    await srv.wait_closed()

asyncio.run(echo_server())
