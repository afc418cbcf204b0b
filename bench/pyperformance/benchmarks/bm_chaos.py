"""Chaos game with B-spline transformations (pyperformance "chaos"
workload): three splines define the maps, 5,000 iterations draw a 256x256
image with thickness 0.25 and random seed 1234. The image is written as a
PPM into memory and its digest is checked.
"""

import hashlib
import io
import math
import random

import pyperf

DEFAULT_THICKNESS = 0.25
DEFAULT_WIDTH = 256
DEFAULT_HEIGHT = 256
DEFAULT_ITERATIONS = 5000
DEFAULT_RNG_SEED = 1234


class GVector(object):
    def __init__(self, x=0, y=0, z=0):
        self.x = x
        self.y = y
        self.z = z

    def mag(self):
        return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)

    def dist(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2 + (self.z - other.z) ** 2)

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k, self.z * k)

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2,
                       self.z * l1 + other.z * l2)


class Spline(object):
    """A clamped B-spline evaluated with de Boor's algorithm."""

    def __init__(self, points, degree, knots):
        if len(points) > len(knots) - degree + 1:
            raise ValueError("too many control points")
        if len(points) < len(knots) - degree + 1:
            raise ValueError("not enough control points")
        last = knots[0]
        for k in knots[1:]:
            if k < last:
                raise ValueError("knots not strictly increasing")
            last = k
        self.knots = knots
        self.points = points
        self.degree = degree

    def domain(self):
        return (self.knots[self.degree - 1], self.knots[len(self.knots) - self.degree])

    def __call__(self, u):
        dom = self.domain()
        if not dom[0] <= u <= dom[1]:
            raise ValueError("%f not in [%f, %f]" % (u, dom[0], dom[1]))
        i = len(self.knots) - self.degree - 1  # u == end uses the last span
        for ii in range(self.degree - 1, len(self.knots) - self.degree):
            if self.knots[ii] <= u < self.knots[ii + 1]:
                i = ii
                break
        i = min(i, len(self.knots) - self.degree - 1)
        d = [self.points[i - self.degree + 1 + ii] for ii in range(self.degree + 1)]
        lo = self.degree
        for r in range(1, lo + 1):
            for j in range(lo, r - 1, -1):
                a = self.knots[i + j - lo]
                b = self.knots[i + j + 1 - r]
                alpha = (u - a) / (b - a)
                d[j] = d[j - 1].linear_combination(d[j], 1 - alpha, alpha)
        return d[lo]

    def __len__(self):
        return len(self.points)


class ChaosGame(object):
    def __init__(self, splines, thickness):
        self.splines = splines
        self.thickness = thickness
        self.minx = min(p.x for s in splines for p in s.points)
        self.miny = min(p.y for s in splines for p in s.points)
        self.maxx = max(p.x for s in splines for p in s.points)
        self.maxy = max(p.y for s in splines for p in s.points)
        self.height = self.maxy - self.miny
        self.width = self.maxx - self.minx
        self.num_trafos = []
        maxlength = thickness * self.width / self.height
        for s in splines:
            length = 0
            curr = s(0)
            for i in range(1, 1000):
                last = curr
                t = 1 / 999 * i
                curr = s(t)
                length += curr.dist(last)
            self.num_trafos.append(max(1, int(length / maxlength * 1.5)))
        self.num_total = sum(self.num_trafos)

    def random_trafo(self):
        r = random.randrange(int(self.num_total) + 1)
        total = 0
        for i, n in enumerate(self.num_trafos):
            if total <= r < total + n:
                return i, random.randrange(n)
            total += n
        return len(self.num_trafos) - 1, random.randrange(self.num_trafos[-1])

    def transform_point(self, point, trafo=None):
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        if trafo is None:
            trafo = self.random_trafo()
        start, end = self.splines[trafo[0]].domain()
        length = end - start
        seg_length = length / self.num_trafos[trafo[0]]
        t = start + seg_length * trafo[1] + seg_length * x
        basepoint = self.splines[trafo[0]](t)
        if t + 1 / 50000 > end:
            neighbour = self.splines[trafo[0]](t - 1 / 50000)
            derivative = neighbour - basepoint
        else:
            neighbour = self.splines[trafo[0]](t + 1 / 50000)
            derivative = basepoint - neighbour
        if derivative.mag() != 0:
            basepoint.x += derivative.y / derivative.mag() * (y - 0.5) * self.thickness
            basepoint.y += -derivative.x / derivative.mag() * (y - 0.5) * self.thickness
        self.truncate(basepoint)
        return basepoint

    def truncate(self, point):
        if point.x >= self.maxx:
            point.x = self.maxx
        if point.y >= self.maxy:
            point.y = self.maxy
        if point.x < self.minx:
            point.x = self.minx
        if point.y < self.miny:
            point.y = self.miny

    def create_image(self, w, h, iterations, stream, rng_seed):
        random.seed(rng_seed)
        im = [[1] * h for _ in range(w)]
        point = GVector((self.maxx + self.minx) / 2, (self.maxy + self.miny) / 2, 0)
        for _ in range(iterations):
            point = self.transform_point(point)
            x = int((point.x - self.minx) / self.width * w)
            y = int((point.y - self.miny) / self.height * h)
            if x == w:
                x -= 1
            if y == h:
                y -= 1
            im[x][h - y - 1] = 0
        write_ppm(im, stream)
        return sum(col.count(0) for col in im)


def write_ppm(im, stream):
    w, h = len(im), len(im[0])
    stream.write("P6\n%i %i\n255\n" % (w, h))
    for j in range(h):
        for i in range(w):
            stream.write("\xff\xff\xff" if im[i][j] else "\x00\x00\x00")


def make_splines():
    # Three cubic splines forming a stylized leaf: a stem and two blades.
    return [
        Spline([GVector(1.597350, 3.304460, 0.0), GVector(1.575810, 4.123260, 0.0),
                GVector(1.313210, 5.288240, 0.0), GVector(1.618900, 5.329910, 0.0),
                GVector(2.889940, 5.502700, 0.0), GVector(2.373060, 4.381830, 0.0),
                GVector(1.662000, 4.360280, 0.0)],
               3, [0, 0, 0, 1, 1, 1, 2, 2, 2]),
        Spline([GVector(2.804500, 4.017350, 0.0), GVector(2.550500, 3.525230, 0.0),
                GVector(1.979010, 2.620360, 0.0), GVector(1.979010, 2.620360, 0.0)],
               3, [0, 0, 0, 1, 1, 1]),
        Spline([GVector(2.001670, 4.011320, 0.0), GVector(2.335040, 3.312830, 0.0),
                GVector(2.366800, 3.233460, 0.0), GVector(2.366800, 3.233460, 0.0)],
               3, [0, 0, 0, 1, 1, 1]),
    ]


EXPECTED_DIGEST = "5ee5caf8b045a873"  # sha1 prefix of the PPM, from CPython 3.11


def main(loops, thickness, width, height, iterations, seed):
    game = ChaosGame(make_splines(), thickness)
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        stream = io.StringIO()
        black = game.create_image(width, height, iterations, stream, seed)
    dt = pyperf.perf_counter() - t0
    if (thickness, width, height, iterations, seed) == (
            DEFAULT_THICKNESS, DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_ITERATIONS, DEFAULT_RNG_SEED):
        digest = hashlib.sha1(stream.getvalue().encode("latin-1")).hexdigest()[:16]
        if digest != EXPECTED_DIGEST:
            raise RuntimeError("chaos self-check failed: image digest %s (%d black pixels), expected %s"
                               % (digest, black, EXPECTED_DIGEST))
    return dt


def add_cmdline_args(cmd, args):
    cmd.extend(("--thickness", str(args.thickness), "--width", str(args.width),
                "--height", str(args.height), "--iterations", str(args.iterations),
                "--rng-seed", str(args.rng_seed)))


if __name__ == "__main__":
    runner = pyperf.Runner(add_cmdline_args=add_cmdline_args)
    runner.metadata["description"] = "Create chaosgame-like fractals"
    p = runner.argparser
    p.add_argument("--thickness", type=float, default=DEFAULT_THICKNESS)
    p.add_argument("--width", type=int, default=DEFAULT_WIDTH)
    p.add_argument("--height", type=int, default=DEFAULT_HEIGHT)
    p.add_argument("--iterations", type=int, default=DEFAULT_ITERATIONS)
    p.add_argument("--rng-seed", type=int, default=DEFAULT_RNG_SEED)
    a = runner.parse_args()
    runner.bench_time_func("chaos", main, a.thickness, a.width, a.height, a.iterations, a.rng_seed)
