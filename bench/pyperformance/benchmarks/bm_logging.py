"""logging (pyperformance "logging" workload): ten calls per loop of a
silenced logger.debug, a plain logger.warning and a %-formatted warning,
all into a StringIO. The captured output is checked.
"""

import io
import logging

import pyperf

FORMAT = "important: %s"
MESSAGE = "some important information to be logged"


def bench_silent(loops, logger, stream):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        logger.debug(MESSAGE); logger.debug(MESSAGE); logger.debug(MESSAGE)
        logger.debug(MESSAGE); logger.debug(MESSAGE); logger.debug(MESSAGE)
        logger.debug(MESSAGE); logger.debug(MESSAGE); logger.debug(MESSAGE)
        logger.debug(MESSAGE)
    dt = pyperf.perf_counter() - t0
    if stream.getvalue():
        raise RuntimeError("logging self-check failed: silent logger wrote output")
    return dt


def bench_simple(loops, logger, stream):
    stream.seek(0)
    stream.truncate()
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        logger.warning(MESSAGE); logger.warning(MESSAGE); logger.warning(MESSAGE)
        logger.warning(MESSAGE); logger.warning(MESSAGE); logger.warning(MESSAGE)
        logger.warning(MESSAGE); logger.warning(MESSAGE); logger.warning(MESSAGE)
        logger.warning(MESSAGE)
    dt = pyperf.perf_counter() - t0
    lines = stream.getvalue().splitlines()
    if len(lines) != loops * 10 or lines[0] != MESSAGE:
        raise RuntimeError("logging self-check failed: %d lines" % len(lines))
    return dt


def bench_formatted(loops, logger, stream):
    stream.seek(0)
    stream.truncate()
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        logger.warning(FORMAT, MESSAGE); logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE); logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE); logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE); logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE); logger.warning(FORMAT, MESSAGE)
    dt = pyperf.perf_counter() - t0
    lines = stream.getvalue().splitlines()
    if len(lines) != loops * 10 or lines[-1] != FORMAT % MESSAGE:
        raise RuntimeError("logging self-check failed: %d lines" % len(lines))
    return dt


BENCHMARKS = {"silent": bench_silent, "simple": bench_simple, "format": bench_formatted}


def add_cmdline_args(cmd, args):
    cmd.extend(args.benchmark)


if __name__ == "__main__":
    runner = pyperf.Runner(add_cmdline_args=add_cmdline_args)
    runner.metadata["description"] = "Test the performance of logging."
    # no choices=: argparse rejects an empty "*" list when choices are set
    runner.argparser.add_argument("benchmark", nargs="*",
                                  help="any of: %s (default: all)" % ", ".join(sorted(BENCHMARKS)))
    options = runner.parse_args()
    for name in options.benchmark:
        if name not in BENCHMARKS:
            runner.argparser.error("unknown benchmark %r" % name)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream=stream)
    logger = logging.getLogger("benchlogger")
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    for name in options.benchmark or ("silent", "simple", "format"):
        stream.seek(0)
        stream.truncate()
        runner.bench_time_func("logging_" + name, BENCHMARKS[name], logger, stream, inner_loops=10)
