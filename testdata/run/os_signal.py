import signal, os
print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print(repr(signal.SIGINT), str(signal.SIGTERM), signal.Signals(15).name, signal.Signals.SIGHUP.value)
print(signal.SIG_DFL, signal.SIG_IGN, repr(signal.SIG_IGN), type(signal.SIG_DFL).__name__)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(old, signal.getsignal(signal.SIGUSR1))
os.kill(os.getpid(), signal.SIGUSR1)
print("survived ignored SIGUSR1")
got = []
def handler(signum, frame):
    got.append(signum)
    print("handler", signum, signal.Signals(signum).name, frame is not None)
old = signal.signal(signal.SIGUSR1, handler)
print(old)
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", got)
signal.raise_signal(signal.SIGUSR2) if False else None
signal.signal(signal.SIGUSR2, handler)
signal.raise_signal(signal.SIGUSR2)
print("after raise", got)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
print(signal.getsignal(signal.SIGUSR1))
def kb(*a):
    raise KeyboardInterrupt
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
for bad in (0, -1, 65, 1000):
    try:
        signal.signal(bad, handler)
    except ValueError as e:
        print("ValueError", e)
    try:
        signal.getsignal(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in (5, "x", None):
    try:
        signal.signal(signal.SIGUSR1, bad)
    except TypeError as e:
        print("TypeError", e)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print(type(e).__name__, e)
print(signal.strsignal(signal.SIGINT), signal.strsignal(9), signal.strsignal(40))
vs = signal.valid_signals()
print(len(vs), min(vs), max(vs), signal.SIGKILL in vs, 32 in vs)
print(signal.alarm(0))
class Raiser:
    def __call__(self, s, f):
        raise ValueError("from handler " + str(s))
signal.signal(signal.SIGUSR1, Raiser())
try:
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(1000):
        pass
    print("not raised")
except ValueError as e:
    print("caught", e)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
print(sorted(signal.Signals.__members__)[:5])
print(signal.Handlers.SIG_DFL, signal.Sigmasks.SIG_BLOCK if hasattr(signal, "Sigmasks") else None)
