"""N-queens with permutations and set comprehensions (pyperformance
"nqueens" workload, 8x8 board); checks there are 92 solutions.
"""

import pyperf


def permutations(iterable, r=None):
    # Our own generator instead of itertools, as the workload intends: the
    # interpreter's generator and list handling is what is measured.
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(size):
    cols = range(size)
    for vec in permutations(cols):
        if size == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def bench_n_queens(size):
    count = sum(1 for _ in n_queens(size))
    if size == 8 and count != 92:
        raise RuntimeError("nqueens self-check failed: %d solutions" % count)


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Simple, brute-force N-Queens solver"
    runner.bench_func("nqueens", bench_n_queens, 8)
