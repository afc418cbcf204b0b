"""Digits of pi with big integers (pyperformance "pidigits" workload):
Gibbons' unbounded spigot computes 2,000 digits; the start of the digits
and a digest of all of them are checked.
"""

import hashlib

import pyperf

DEFAULT_DIGITS = 2000
PREFIX = "31415926535897932384626433832795028841971693993751"


def gen_digits():
    # Linear fractional transformation (q, r, t) with k; Gibbons 2006.
    q, r, t, k = 1, 0, 1, 1
    while True:
        n3 = (3 * q + r) // t
        if n3 == (4 * q + r) // t:
            yield n3
            q, r = 10 * q, 10 * (r - n3 * t)
        else:
            q, r, t, k = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1), k + 1


def calc_digits(n):
    out = []
    for d in gen_digits():
        out.append(d)
        if len(out) == n:
            return "".join(map(str, out))


EXPECTED_SHA1 = "4d0ad48d4001e394dcc770f64af635c10d06db09"  # first 2000 digits (Machin)


def bench_pidigits(loops, n):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        digits = calc_digits(n)
    dt = pyperf.perf_counter() - t0
    ok = digits.startswith(PREFIX[:n])
    if ok and n == DEFAULT_DIGITS:
        ok = hashlib.sha1(digits.encode()).hexdigest() == EXPECTED_SHA1
    if not ok:
        raise RuntimeError("pidigits self-check failed: %s... (sha1 %s)"
                           % (digits[:20], hashlib.sha1(digits.encode()).hexdigest()))
    return dt


if __name__ == "__main__":
    runner = pyperf.Runner(add_cmdline_args=lambda cmd, args: cmd.extend(("--digits", str(args.digits))))
    runner.metadata["description"] = "Compute digits of pi."
    runner.argparser.add_argument("--digits", type=int, default=DEFAULT_DIGITS,
                                  help="Number of computed pi digits (default: %d)" % DEFAULT_DIGITS)
    args = runner.parse_args()
    runner.metadata["pidigits_ndigit"] = args.digits
    runner.bench_time_func("pidigits", bench_pidigits, args.digits)
