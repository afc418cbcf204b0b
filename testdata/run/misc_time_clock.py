import time
print(time.CLOCK_BOOTTIME, time.CLOCK_MONOTONIC, time.CLOCK_MONOTONIC_RAW, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_REALTIME,
      time.CLOCK_TAI, time.CLOCK_THREAD_CPUTIME_ID, time._STRUCT_TM_ITEMS)
for n in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    print(time.get_clock_info(n))
try:
    time.get_clock_info('x')
except ValueError as e:
    print(e)
print(time.clock_getres(time.CLOCK_REALTIME), abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
a = time.clock_gettime_ns(time.CLOCK_MONOTONIC); b = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(b >= a, type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__, time.tzset())
try:
    time.clock_gettime(12345)
except OSError as e:
    print(type(e).__name__)
