"""Micro-benchmarks of builtin types: str methods, dict and list operations,
sorting. Each case prints its name and the best of REPEAT timings (seconds
for one call of the case). bench/scripts/builtins.sh runs this file under
pyjit and python3.11 side by side and prints the ratios."""
import random
import sys
import time

REPEAT = 5

rng = random.Random(42)
words = ["".join(rng.choice("abcdefghij") for _ in range(rng.randrange(2, 9))) for _ in range(2000)]
text = " ".join(words)
lines = "\n".join(words[i:i + 8] and " ".join(words[i:i + 8]) for i in range(0, 2000, 8))
ints = [rng.randrange(10**6) for _ in range(20000)]
floats = [rng.random() for _ in range(20000)]
keys = [f"k{i}" for i in range(5000)]


def str_split_join():
    for _ in range(20):
        "-".join(text.split())


def str_methods():
    for w in words:
        w.upper(); w.startswith("ab"); w.find("c"); w.replace("a", "xy"); w.strip("aj"); w.isalpha()


def str_format():
    for i in range(2000):
        "%s=%d (%.2f)" % ("x", i, i / 3)
        "{}={:>6} ({:.2f})".format("x", i, i / 3)
        f"{i:08x}|{i:,}"


def str_splitlines_count():
    for _ in range(20):
        for line in lines.splitlines():
            line.count("a")


def dict_build_lookup():
    d = {}
    for k in keys:
        d[k] = len(k)
    total = 0
    for _ in range(5):
        for k in keys:
            total += d[k]
    return total


def dict_methods():
    d = dict.fromkeys(keys, 0)
    for k in keys:
        d.get(k); d.setdefault(k, 1); k in d
    list(d.items()); list(d.values())
    d2 = d | {"extra": 1}
    while d2:
        d2.popitem()


def list_ops():
    a = []
    for i in range(20000):
        a.append(i)
    b = a[::2] + a[1::2]
    b.reverse()
    b.insert(0, -1)
    b.pop()
    b.index(5000)
    5000 in b
    del b[100:200]
    return len(b)


def list_comprehension():
    return [x * 2 for x in ints if x % 3]


def sort_ints():
    sorted(ints)


def sort_floats():
    sorted(floats)


def sort_strs():
    sorted(words)


def sort_key():
    sorted(words, key=len)


def sort_presorted():
    sorted(sorted(ints))


CASES = [str_split_join, str_methods, str_format, str_splitlines_count, dict_build_lookup,
         dict_methods, list_ops, list_comprehension, sort_ints, sort_floats, sort_strs,
         sort_key, sort_presorted]

only = sys.argv[1:]
for case in CASES:
    if only and case.__name__ not in only:
        continue
    best = None
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        case()
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    print(f"{case.__name__} {best:.6f}")
