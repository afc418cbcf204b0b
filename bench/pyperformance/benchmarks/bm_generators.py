"""Recursive generators (pyperformance "generators" workload): in-order
traversal, with nested "yield from", of a balanced binary tree holding
range(100000); the traversal order and sum are checked.
"""

import pyperf

N = 100000


class Node(object):
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(values):
    if not values:
        return None
    mid = len(values) // 2
    return Node(build(values[:mid]), values[mid], build(values[mid + 1:]))


def bench_generators(loops):
    if list(build(range(10))) != list(range(10)):
        raise RuntimeError("generators self-check failed: wrong traversal order")
    tree = build(range(N))
    total = 0
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        total = 0
        for v in tree:
            total += v
    dt = pyperf.perf_counter() - t0
    if total != N * (N - 1) // 2:
        raise RuntimeError("generators self-check failed: sum %d" % total)
    return dt


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Benchmark generators"
    runner.bench_time_func("generators", bench_generators)
