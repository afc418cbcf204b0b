"""Time math functions per call under several interpreters in one go.

Run: /usr/bin/python3.11 bench/scripts/mathcalls.py [NAME=INTERPRETER ...]
for example NAME=/tmp/pyjit-before NAME=/tmp/pyjit. Each interpreter runs
this file with --child and prints, for every function, the best of 20
timings of a loop over 1000 arguments in nanoseconds per iteration
(fabs and copysign show the loop and call overhead alone); the parent
prints them side by side. A checksum of the results comes last so a
wrong interpreter shows.
"""
import math
import sys
import time

XS = [((i * 7919) % 1000) / 100.0 + 0.01 for i in range(1000)]  # (0, 10)
US = [x / 10.5 for x in XS]  # (0, 1)


def best(f):
    b = 1e9
    for _ in range(20):
        t = time.perf_counter()
        f()
        b = min(b, time.perf_counter() - t)
    return b / 1000 * 1e9


def one(f, args):
    def loop():
        for x in args:
            f(x)
    return loop


def two(f, args):
    def loop():
        for x in args:
            f(x, 1.37)
    return loop


def power():
    for x in XS:
        x ** 1.37


def power_int():
    for x in XS:
        x ** 3


CASES = [
    ('fabs', one(math.fabs, XS)), ('copysign', two(math.copysign, XS)),
    ('exp', one(math.exp, XS)), ('log', one(math.log, XS)), ('log2', one(math.log2, XS)),
    ('log10', one(math.log10, XS)), ('sin', one(math.sin, XS)), ('cos', one(math.cos, XS)),
    ('tan', one(math.tan, XS)), ('atan', one(math.atan, XS)), ('asin', one(math.asin, US)),
    ('acos', one(math.acos, US)), ('sinh', one(math.sinh, XS)), ('cosh', one(math.cosh, XS)),
    ('tanh', one(math.tanh, XS)), ('asinh', one(math.asinh, XS)), ('atan2', two(math.atan2, XS)),
    ('pow', two(math.pow, XS)), ('x**1.37', power), ('x**3', power_int),
    ('hypot', two(math.hypot, XS)),
]


def child():
    for name, f in CASES:
        print(name, round(best(f)))
    h = 0.0
    for x in XS:
        h += math.exp(x) + math.log(x) + math.sin(x) + math.atan(x) + x ** 1.37
    print('checksum', repr(h))


def main():
    if '--child' in sys.argv:
        child()
        return
    import subprocess
    runs = [('python3.11', sys.executable)]
    for arg in sys.argv[1:]:
        name, _, path = arg.partition('=')
        runs.append((name, path or name))
    cols = []
    for name, path in runs:
        out = subprocess.run([path, __file__, '--child'], capture_output=True, text=True, check=True).stdout
        cols.append(dict(line.split(' ', 1) for line in out.splitlines()))
    print('%-10s' % 'ns/call', ''.join('%20s' % name for name, _ in runs))
    for name, _ in CASES + [('checksum', None)]:
        print('%-10s' % name, ''.join('%20s' % c.get(name, '?')[:20] for c in cols))


main()
