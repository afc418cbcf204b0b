"""Recursive coroutines without an event loop (pyperformance "coroutines"
workload): fibonacci(25) where every call is an awaited coroutine, driven
by send(None). The result, 75025, is checked.
"""

import pyperf

FIB_N = 25
FIB_EXPECTED = 75025


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutines self-check failed: the coroutine suspended")


def bench_coroutines(loops):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        result = run(fibonacci(FIB_N))
    dt = pyperf.perf_counter() - t0
    if result != FIB_EXPECTED:
        raise RuntimeError("coroutines self-check failed: fibonacci(%d) = %r" % (FIB_N, result))
    return dt


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Benchmark coroutines"
    runner.bench_time_func("coroutines", bench_coroutines)
