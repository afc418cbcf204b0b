"""A small ray tracer (pyperformance "raytrace" workload): two spheres
and a checkered plane, one light, 100x100 pixels, reflections up to depth
3. A digest of the rendered pixels is checked.
"""

import hashlib
import math

import pyperf

DEFAULT_WIDTH = 100
DEFAULT_HEIGHT = 100
EPSILON = 0.00001
EXPECTED = "2490e65ef9d9d49b"  # sha1 prefix of the pixels, from CPython 3.11


class Vector(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal.scale(2 * self.dot(normal))


ZERO = Vector(0, 0, 0)
RIGHT = Vector(1, 0, 0)
UP = Vector(0, 1, 0)
OUT = Vector(0, 0, 1)


class Ray(object):
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def at(self, t):
        return self.point + self.vector.scale(t)


class Sphere(object):
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        return v - math.sqrt(disc)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace(object):
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return (self.point - ray.point).dot(self.normal) / v
        return None

    def normal_at(self, p):
        return self.normal


class Surface(object):
    def __init__(self, base=(1, 1, 1), specular=0.2, lambert=0.6, checker=None):
        self.base = Vector(*base)
        self.specular = specular
        self.lambert = lambert
        self.ambient = 1.0 - specular - lambert
        self.checker = checker

    def colour_at(self, scene, ray, p, normal):
        b = self.base
        if self.checker is not None:
            if (int(math.floor(p.x * 2)) + int(math.floor(p.z * 2))) % 2:
                b = self.checker
        c = ZERO
        if self.specular > 0:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            c = c + scene.ray_colour(reflected).scale(self.specular)
        if self.lambert > 0:
            amount = 0.0
            for light in scene.lights:
                if scene.visible(light, p):
                    amount += max(0.0, (light - p).normalized().dot(normal))
            c = c + b.scale(self.lambert * min(1.0, amount))
        return c + b.scale(self.ambient)


class Scene(object):
    def __init__(self):
        self.objects = []
        self.lights = []
        self.depth = 0
        self.max_depth = 3

    def intersect(self, ray):
        best = None
        for obj, surface in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and t > EPSILON and (best is None or t < best[0]):
                best = (t, obj, surface)
        return best

    def visible(self, light, p):
        hit = self.intersect(Ray(p, light - p))
        return hit is None or hit[0] > (light - p).magnitude()

    def ray_colour(self, ray):
        if self.depth > self.max_depth:
            return ZERO
        hit = self.intersect(ray)
        if hit is None:
            return ZERO
        t, obj, surface = hit
        p = ray.at(t)
        self.depth += 1
        try:
            return surface.colour_at(self, ray, p, obj.normal_at(p))
        finally:
            self.depth -= 1

    def render(self, width, height):
        eye = Vector(0, 1.8, 10)
        look = Vector(0, 3, 0)
        forward = (look - eye).normalized()
        right = forward.cross(UP).normalized()
        up = right.cross(forward).normalized()
        fov = 45.0
        half_h = math.tan(math.radians(fov) / 2)
        half_w = half_h * width / height
        pixels = bytearray()
        for y in range(height):
            for x in range(width):
                dx = (x / (width - 1.0) * 2 - 1) * half_w
                dy = (1 - y / (height - 1.0) * 2) * half_h
                c = self.ray_colour(Ray(eye, forward + right.scale(dx) + up.scale(dy)))
                for v in (c.x, c.y, c.z):
                    pixels.append(max(0, min(255, int(v * 255))))
        return pixels


def bench_raytrace(loops, width, height):
    s = Scene()
    s.lights.append(Vector(30, 30, 10))
    s.lights.append(Vector(-10, 100, 30))
    s.objects.append((Sphere(Vector(1, 3, -10), 2), Surface(base=(1, 1, 0))))
    for y in range(6):
        s.objects.append((Sphere(Vector(-3 - y * 0.4, 2.3, -5), 0.4),
                          Surface(base=(y / 6.0, 1 - y / 6.0, 0.5))))
    s.objects.append((Halfspace(Vector(0, 0, 0), UP), Surface(checker=Vector(0, 0, 0))))
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        pixels = s.render(width, height)
    dt = pyperf.perf_counter() - t0
    if (width, height) == (DEFAULT_WIDTH, DEFAULT_HEIGHT):
        digest = hashlib.sha1(bytes(pixels)).hexdigest()[:16]
        if digest != EXPECTED:
            raise RuntimeError("raytrace self-check failed: digest %s, expected %s" % (digest, EXPECTED))
    return dt


def add_cmdline_args(cmd, args):
    cmd.extend(("--width", str(args.width), "--height", str(args.height)))


if __name__ == "__main__":
    runner = pyperf.Runner(add_cmdline_args=add_cmdline_args)
    runner.metadata["description"] = "Simple raytracer"
    runner.argparser.add_argument("--width", type=int, default=DEFAULT_WIDTH)
    runner.argparser.add_argument("--height", type=int, default=DEFAULT_HEIGHT)
    args = runner.parse_args()
    runner.bench_time_func("raytrace", bench_raytrace, args.width, args.height)
