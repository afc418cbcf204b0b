"""Comprehensions (pyperformance "comprehensions" workload): a small
widget-layout model processed with list, set, dict and generator
comprehensions, nested and filtered. The computed summary is checked.
"""

from dataclasses import dataclass
from enum import Enum

import pyperf


class Kind(Enum):
    BUTTON = 1
    LABEL = 2
    PANEL = 3


@dataclass
class Widget:
    ident: int
    kind: Kind
    width: int
    height: int
    visible: bool
    children: list


def make_widgets(n):
    kinds = list(Kind)
    return [Widget(i, kinds[i % 3], (i * 37) % 200 + 1, (i * 17) % 90 + 1, i % 5 != 0,
                   [j for j in range(i % 4)]) for i in range(n)]


def layout(widgets):
    visible = [w for w in widgets if w.visible]
    by_kind = {k: [w.ident for w in visible if w.kind is k] for k in Kind}
    areas = {w.ident: w.width * w.height for w in visible}
    sizes = {(w.width // 50, w.height // 30) for w in visible}
    grid = [[x * w.height for x in range(w.width // 40)] for w in visible if w.kind is Kind.PANEL]
    flat = [v for row in grid for v in row if v % 2 == 0]
    children = sum(len(c) for c in (w.children for w in widgets) if c)
    biggest = max((a, i) for i, a in areas.items())
    return (len(visible), tuple(len(v) for v in by_kind.values()), len(sizes), len(flat),
            children, biggest)


WIDGETS = make_widgets(1000)
EXPECTED = (800, (267, 267, 266), 19, 432, 1500, (17711, 254))  # from CPython 3.11


def bench_comprehensions(loops):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        for _ in range(10):
            result = layout(WIDGETS)
    dt = pyperf.perf_counter() - t0
    if result != EXPECTED:
        raise RuntimeError("comprehensions self-check failed: %r" % (result,))
    return dt


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Benchmark comprehensions"
    runner.bench_time_func("comprehensions", bench_comprehensions)
