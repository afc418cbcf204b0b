"""Standalone loops to time pyjit against python3 without pyperf.

Each workload prints a checksum (so a wrong interpreter fails visibly) and
its time in milliseconds. Run: pyjit bench/scripts/loops.py
(compare: python3 bench/scripts/loops.py, pyjit --jit=off ...).
"""
import time


def int_sum(n):
    total = 0
    for i in range(n):
        total += i * 3 ^ i
    return total


def float_recurrence(n):
    x = 0.0
    i = 0
    while i < n:
        x = x * 0.999 + i * 0.5
        i += 1
    return x


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def nbody_step(bodies, steps, dt):
    # Positions and velocities in flat lists: x, y, z, vx, vy, vz, mass.
    for _ in range(steps):
        for i in range(len(bodies)):
            bi = bodies[i]
            for j in range(i + 1, len(bodies)):
                bj = bodies[j]
                dx, dy, dz = bi[0] - bj[0], bi[1] - bj[1], bi[2] - bj[2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                bim, bjm = bi[6] * mag, bj[6] * mag
                bi[3] -= dx * bjm
                bi[4] -= dy * bjm
                bi[5] -= dz * bjm
                bj[3] += dx * bim
                bj[4] += dy * bim
                bj[5] += dz * bim
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]
    return sum(b[0] + b[1] + b[2] for b in bodies)


def bench(name, func, *args):
    t0 = time.perf_counter()
    result = func(*args)
    ms = (time.perf_counter() - t0) * 1000
    print(f"{name:18} {result!r:>24} {ms:10.1f} ms")


bench("int_sum", int_sum, 3_000_000)
bench("float_recurrence", float_recurrence, 3_000_000)
bench("fib(25)", fib, 25)
bodies = [[float(i), float(i * i % 7), float(i % 3), 0.01 * i, 0.0, -0.01 * i, 1.0 + i] for i in range(5)]
bench("nbody", nbody_step, bodies, 20_000, 0.001)
