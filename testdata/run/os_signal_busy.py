import signal
flag = []
signal.signal(signal.SIGALRM, lambda s, f: flag.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
while not flag:
    n += 1
print("got", flag)
