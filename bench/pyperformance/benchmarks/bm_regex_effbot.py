"""Regular expressions in the style of Fredrik Lundh's benchmark
(pyperformance "regex_effbot" workload): a fixed list of patterns, each
searched in a string of n filler characters around the target, for
n = 0, 5, 50, 500 and 5000, on str and bytes. Match counts are checked.
"""

import re

import pyperf

PATTERNS = [
    (r"Python|Perl", "Perl"),
    (r"Python|Perl", "Python"),
    (r"(Python|Perl)", "Perl"),
    (r"(?:Python|Perl)", "Perl"),
    (r"Python", "Python"),
    (r"Python", "Python"),
    (r".*Python", "Python"),
    (r".*Python.*", "Python"),
    (r".*(Python)", "Python"),
    (r"Python\b", "Python"),
    (r"(Python|Perl|Tcl)", "Perl"),
    (r"(Python)\1", "PythonPython"),
    (r"([0a-z][a-z0-9]*,)+", "a5,b7,c9,"),
    (r"(?:[0a-z][a-z0-9]*,)+", "a5,b7,c9,"),
    (r"([a-z][a-z0-9]*,)+", "a5,b7,c9,"),
    (r"(?:[a-z][a-z0-9]*,)+", "a5,b7,c9,"),
    (r".*P.*y.*t.*h.*o.*n.*", "Python"),
    (r"(\d+)-(\d+)", "1234-5678"),
    (r"\s*Python", "  Python"),
    (r"[A-Z][a-z]+ing\b", "Testing"),
]
SIZES = (0, 5, 50, 500, 5000)
N = 4  # searches per compiled pattern and string


def make_cases():
    cases = []
    for pattern, target in PATTERNS:
        for size in SIZES:
            for kind in (str, bytes):
                text = "-" * size + target + "-" * size
                pat = pattern
                if kind is bytes:
                    text, pat = text.encode("ascii"), pattern.encode("ascii")
                cases.append((re.compile(pat), text))
    return cases


def bench_regex_effbot(loops, cases):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        found = 0
        for regex, text in cases:
            search = regex.search
            for _ in range(N):
                if search(text) is not None:
                    found += 1
    dt = pyperf.perf_counter() - t0
    if found != len(cases) * N:
        raise RuntimeError("regex_effbot self-check failed: %d of %d found" % (found, len(cases) * N))
    return dt


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Test the performance of regexps using Fredrik Lundh's benchmarks."
    cases = make_cases()
    runner.bench_time_func("regex_effbot", bench_regex_effbot, cases)
