"""dataclasses (pyperformance "dataclasses" workload): create instances
of plain, defaulted, frozen and ordered dataclasses, compare, hash, sort,
replace() and asdict() them. Results are checked.
"""

import dataclasses
from dataclasses import dataclass, field

import pyperf


@dataclass
class Point:
    x: float
    y: float
    z: float = 0.0


@dataclass(frozen=True)
class Key:
    name: str
    version: int


@dataclass(order=True)
class Item:
    priority: int
    label: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


def bench_dataclasses(n):
    points = [Point(i, i * 2.0) for i in range(n)]
    total = 0.0
    for p in points:
        total += p.x + p.y + p.z
    same = sum(1 for a, b in zip(points, points[1:] + points[:1]) if a == b)
    keys = {Key("k%d" % (i % 50), i % 7) for i in range(n)}
    items = sorted(Item((i * 7919) % n, "item%d" % i) for i in range(n))
    moved = [dataclasses.replace(p, z=1.0) for p in points[:100]]
    dicts = [dataclasses.asdict(p) for p in points[:100]]
    if (total != 3.0 * n * (n - 1) / 2 or same != 0 or len(keys) != 350
            or items[0].priority != 0 or moved[5].z != 1.0 or dicts[3] != {"x": 3, "y": 6.0, "z": 0.0}):
        raise RuntimeError("dataclasses self-check failed")
    return len(items)


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Benchmark dataclasses"
    runner.bench_func("dataclasses", bench_dataclasses, 1000)
