# time: deterministic properties only.
import time
t0 = time.time()
n0 = time.time_ns()
p0 = time.perf_counter()
m0 = time.monotonic()
c0 = time.process_time()
time.sleep(0.01)
time.sleep(0)
print(type(t0).__name__, type(n0).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
print(t0 > 1.6e9, abs(n0 / 1e9 - t0) < 5)
print(time.perf_counter() - p0 >= 0.01, time.monotonic() - m0 >= 0.01, time.process_time() >= c0)
for bad in [-1, "x", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(e)
print(time.__name__, time)
