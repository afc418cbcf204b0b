"""Float benchmark (pyperformance "float" workload): build 100,000 points
with sin/cos, normalize them and fold them with max(); checks the result.
"""

from math import sin, cos, sqrt

import pyperf

POINTS = 100000


class Point(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


EXPECTED = (0.89442719, 1.0, 0.4472136)


def bench_float(n):
    best = benchmark(n)
    if n == POINTS:
        got = (round(best.x, 8), round(best.y, 8), round(best.z, 8))
        if got != EXPECTED:
            raise RuntimeError("float self-check failed: %r != %r" % (got, EXPECTED))


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Float benchmark"
    runner.bench_func("float", bench_float, POINTS)
