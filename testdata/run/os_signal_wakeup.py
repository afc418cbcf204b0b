import signal, os
r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print("ValueError", e.args[0].startswith("the fd"))
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
signal.raise_signal(signal.SIGUSR1)
print(got, os.read(r, 10))
print(signal.set_wakeup_fd(-1) == w, signal.set_wakeup_fd(-1))
try:
    signal.set_wakeup_fd(9999)
except OSError as e:
    print(type(e).__name__, e.errno)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
print(old, signal.pthread_sigmask(signal.SIG_BLOCK, []))
seen = []
signal.signal(signal.SIGUSR2, lambda s, f: seen.append(s))
signal.raise_signal(signal.SIGUSR2)
print(seen, signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2])
for i in range(10):
    pass
print(seen, signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))
try:
    signal.pthread_sigmask(signal.SIG_BLOCK, [0])
except ValueError as e:
    print("ValueError", e)
os.close(r)
os.close(w)
