# Calls every function of _operator, _functools, _collections, _heapq and
# _bisect, and the deque and defaultdict methods, with a pool of argument
# tuples, printing result or exception types.
import _operator, _functools, _collections, _heapq, _bisect
from collections import deque, defaultdict
pool = [(), (None,), (1,), ([],), ("ab",), ([3, 1, 2],), (1, 2), ("a", 1), ([3, 1], 2), ([1], "x"), (None, None),
        ((1, 2), 0), ({}, 1), (len, [1, 2]), (1, 2, 3), ([1, 2, 3], 2, 0, 2), (deque([1]), 1), (b"ab", b"ab"),
        (2**70,), (-1,), ([], [], []), (len,), (max, [], 1), (lambda a, b: a + b, [1, 2, 3])]
names = []
for mod in (_operator, _functools, _collections, _heapq, _bisect):
    for n in sorted(dir(mod)):
        if n.startswith("__"):
            continue
        f = getattr(mod, n)
        if callable(f):
            names.append((mod.__name__ + "." + n, f))
for name, f in names:
    out = []
    for args in pool:
        try:
            r = f(*[list(a) if isinstance(a, list) else a for a in args])
            out.append(type(r).__name__)
        except Exception as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
# methods on instances
d = deque([1, 2, 3])
for m in ["append", "appendleft", "pop", "popleft", "extend", "extendleft", "rotate", "count", "index", "insert", "remove", "reverse", "clear", "copy", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__reduce__", "__copy__", "__iadd__", "__imul__", "__mul__", "__add__"]:
    out = []
    for args in pool:
        dd = deque([1, 2, 3, "a"])
        try:
            r = getattr(dd, m)(*[list(a) if isinstance(a, list) else a for a in args])
            out.append(type(r).__name__)
        except Exception as e:
            out.append(type(e).__name__)
    print("deque." + m, " ".join(out))
for m in ["__missing__", "copy", "__reduce__", "__or__", "__ror__", "__ior__", "__getitem__"]:
    out = []
    for args in pool:
        dd = defaultdict(list, {1: 2})
        try:
            r = getattr(dd, m)(*[list(a) if isinstance(a, list) else a for a in args])
            out.append(type(r).__name__)
        except Exception as e:
            out.append(type(e).__name__)
    print("defaultdict." + m, " ".join(out))
