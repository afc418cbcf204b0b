"""copy.deepcopy (pyperformance "deepcopy" workload): a nested dict, a
dataclass, an object with __reduce__ and a memo-sharing structure. Each
copy is checked to be equal but not identical.
"""

import copy
from dataclasses import dataclass

import pyperf


@dataclass
class Record:
    name: str
    items: list
    flag: bool


class Reduced(object):
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))

    def __eq__(self, other):
        return isinstance(other, Reduced) and (self.a, self.b) == (other.a, other.b)


def check(orig, dup):
    if orig != dup or orig is dup:
        raise RuntimeError("deepcopy self-check failed: %r -> %r" % (orig, dup))


def bench_deepcopy(loops):
    doc = {"list": [1, 2, 3, 43], "t": (1, 2, 3), "str": "hello", "sub": {"a": True}}
    rec = Record("hello", [1, 2, 3], True)
    check(doc, copy.deepcopy(doc))
    check(rec, copy.deepcopy(rec))
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        for _ in range(20):
            copy.deepcopy(doc)
        for name in ("red", "blue", "green"):
            rec.name = name
            for i in range(5):
                rec.items[0] = i
                for flag in (True, False):
                    rec.flag = flag
                    copy.deepcopy(rec)
    return pyperf.perf_counter() - t0


def bench_deepcopy_reduce(loops):
    obj = Reduced([1, 2, 3], {"x": "y"})
    check(obj, copy.deepcopy(obj))
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        copy.deepcopy(obj)
    return pyperf.perf_counter() - t0


def bench_deepcopy_memo(loops):
    shared = list(range(16))
    obj = [shared] * 10 + [{"k%d" % i: shared for i in range(10)}]
    dup = copy.deepcopy(obj)
    check(obj, dup)
    if dup[0] is not dup[9] or dup[0] is shared:
        raise RuntimeError("deepcopy self-check failed: memo not shared")
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        copy.deepcopy(obj)
    return pyperf.perf_counter() - t0


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "deepcopy benchmark"
    runner.bench_time_func("deepcopy", bench_deepcopy)
    runner.bench_time_func("deepcopy_reduce", bench_deepcopy_reduce)
    runner.bench_time_func("deepcopy_memo", bench_deepcopy_memo)
