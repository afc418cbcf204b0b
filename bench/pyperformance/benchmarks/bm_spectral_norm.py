"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1)
(pyperformance "spectral_norm" workload, N = 130, 10 power iterations).

The norm is checked against CPython's value to 9 decimals.
"""

import pyperf

DEFAULT_N = 130
EXPECTED = 1.27422221  # sqrt(vBv / vv) for N = 130, 9 decimals


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_row(args):
    i, u = args
    total = 0.0
    for j, u_j in enumerate(u):
        total += eval_a(i, j) * u_j
    return total


def times_col(args):
    i, u = args
    total = 0.0
    for j, u_j in enumerate(u):
        total += eval_a(j, i) * u_j
    return total


def times_a(u):
    return list(map(times_row, [(i, u) for i in range(len(u))]))


def times_at(u):
    return list(map(times_col, [(i, u) for i in range(len(u))]))


def times_ata(u):
    return times_at(times_a(u))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def bench_spectral_norm(loops):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        norm = spectral_norm(DEFAULT_N)
    dt = pyperf.perf_counter() - t0
    if round(norm, 9) != EXPECTED:
        raise RuntimeError("spectral_norm self-check failed: %r != %r" % (norm, EXPECTED))
    return dt


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "MathWorld: Hundred-Dollar, Hundred-Digit Challenge Problems, Challenge #3."
    runner.bench_time_func("spectral_norm", bench_spectral_norm)
