import signal, time, os
class Timeout(Exception):
    pass
def on_alarm(signum, frame):
    print("alarm", signum)
    raise Timeout("too slow")
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
try:
    time.sleep(5)
    print("slept fully")
except Timeout as e:
    print("Timeout", e, time.monotonic() - t0 < 2)
calls = []
signal.signal(signal.SIGALRM, lambda s, f: calls.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.02)
t0 = time.monotonic()
time.sleep(0.1)
print(calls, time.monotonic() - t0 >= 0.1)
print(signal.getitimer(signal.ITIMER_REAL))
signal.alarm(1)
print(signal.alarm(0) in (0, 1))
signal.signal(signal.SIGALRM, signal.SIG_DFL)
signal.signal(signal.SIGUSR1, lambda s, f: print("usr1 in pause"))
signal.setitimer(signal.ITIMER_REAL, 0)
os.kill(os.getpid(), signal.SIGUSR1)
print("done")
try:
    signal.setitimer(99, 1)
except signal.ItimerError as e:
    print("ItimerError", e.errno, isinstance(e, OSError))
import signal
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(10000):
        pass
    print("no interrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("ignored SIGINT")
signal.signal(signal.SIGINT, signal.default_int_handler)
