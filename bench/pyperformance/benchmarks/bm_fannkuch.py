"""Fannkuch-redux for n = 9 (pyperformance "fannkuch" workload): the maximum
number of pancake flips over all permutations, with the benchmarks game's
checksum. Both are checked (n=9: checksum 8629, 30 flips).
"""

import pyperf

DEFAULT_ARG = 9
EXPECTED = {7: (228, 16), 8: (1616, 22), 9: (8629, 30), 10: (73196, 38)}


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign == 1 else -flips
        sign = -sign
        # next permutation in the benchmarks game's rotation order
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def bench_fannkuch(loops, n):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        result = fannkuch(n)
    dt = pyperf.perf_counter() - t0
    if n in EXPECTED and result != EXPECTED[n]:
        raise RuntimeError("fannkuch self-check failed: %r != %r" % (result, EXPECTED[n]))
    return dt


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Fannkuch benchmark"
    runner.bench_time_func("fannkuch", bench_fannkuch, DEFAULT_ARG)
