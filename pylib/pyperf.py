"""pyjit's own pure-Python implementation of the pyperf API.

pyperformance's benchmark scripts import ``pyperf`` and use a small part of
it: ``pyperf.Runner`` (``bench_func``, ``bench_time_func``,
``bench_async_func``, ``bench_command``, ``metadata``, ``argparser``,
``parse_args``, ``args``), ``pyperf.perf_counter`` and
``pyperf.python_implementation()``.  This module provides exactly that, with
only the standard library, so the scripts run unmodified on CPython, PyPy and
pyjit without installing anything.  It works on Python 3.8 and newer.

How a benchmark is measured (same method as pyperf):

* calibration: when ``--loops`` is 0 (the default) the function is called
  with loops=1, 2, 4, ... until one call takes at least ``--min-time``
  seconds; that loop count is then used for every value;
* ``--warmups`` calls whose results are kept apart as warm-ups;
* ``--values`` timed calls; each value is ``elapsed / (loops * inner_loops)``
  seconds, the time of one inner iteration.

With ``--processes N`` (N > 1) every benchmark is run in N fresh worker
processes of the same script, one after the other, and their values are
merged; the first worker calibrates and the others reuse its loop count.
With one process (the default) everything happens in this process.

The result line is pyperf's: ``NAME: Mean +- std dev: 12.3 ms +- 0.4 ms``
(or ``NAME: 12.3 ms`` for a single value).

JSON output (``-o FILE``), format ``pyjit-pyperf/1``::

    {
      "format": "pyjit-pyperf/1",
      "metadata": {...},              # about the interpreter and machine
      "benchmarks": [
        {
          "name": "nbody",
          "unit": "second",
          "loops": 8,                 # outer loops per value
          "inner_loops": 1,
          "values": [0.101, ...],     # seconds per inner iteration
          "warmups": [[8, 0.104]],    # [loops, seconds per iteration]
          "calibration": [[1, 0.12]], # [loops, raw seconds of the call]
          "first_value": 0.12,        # seconds per iteration of the very
                                      # first call in the first process
          "mean": ..., "median": ..., "stdev": ..., "min": ..., "max": ...,
          "runs": [                   # one per process
            {"values": [...], "warmups": [...], "calibration": [...],
             "first_value": ..., "first_loops": 1, "maxrss_kb": 31000,
             "duration": 1.9}
          ],
          "metadata": {...}           # runner.metadata + per-bench metadata
        }
      ]
    }

``first_value`` separates the very first execution (no warm JIT, cold
caches) from the steady state measured by ``values``.
"""

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time

__all__ = [
    "Runner", "Benchmark", "perf_counter", "python_implementation",
    "format_timedelta", "format_timedeltas",
]

VERSION = (2, 6, 0)
__version__ = "2.6.0"
FORMAT = "pyjit-pyperf/1"

perf_counter = time.perf_counter

# Loop counts stop doubling here so a function that takes no time cannot
# spin forever during calibration.
MAX_LOOPS = 2 ** 32

DEFAULT_VALUES = 5
DEFAULT_WARMUPS = 1
DEFAULT_PROCESSES = 1
DEFAULT_MIN_TIME = 0.1


def python_implementation():
    """Lower-case implementation name: 'cpython', 'pypy', 'pyjit', ..."""
    return sys.implementation.name.lower()


def python_has_jit():
    return python_implementation() in ("pypy", "pyjit")


# --- formatting (pyperf's units and precision) -------------------------

_TIME_UNITS = ("sec", "ms", "us", "ns")


def format_timedeltas(values):
    """Format seconds with the unit and precision chosen from values[0].

    Like pyperf, three significant digits of the first value decide both
    the unit and the number of decimals used for every value, so a mean
    and its standard deviation are printed in the same unit.
    """
    ref = abs(values[0])
    exp = -9
    for i in range(2, -9, -1):
        if ref >= 10.0 ** i:
            exp = i
            break
    precision = 2 - exp % 3
    k = -(exp // 3) if exp < 0 else 0
    factor = 10 ** (k * 3)
    fmt = "%%.%df %s" % (precision, _TIME_UNITS[k])
    return tuple(fmt % (v * factor) for v in values)


def format_timedelta(value):
    return format_timedeltas((value,))[0]


def format_number(number, unit=None):
    text = str(number)
    if isinstance(number, int) and number > 8192 and number & (number - 1) == 0:
        text = "2^%d" % (number.bit_length() - 1)
    if not unit:
        return text
    if number == 1:
        return "%s %s" % (text, unit)
    return "%s %ss" % (text, unit)


# --- statistics -------------------------------------------------------

def _mean(values):
    return math.fsum(values) / len(values)


def _stdev(values):
    if len(values) < 2:
        return 0.0
    m = _mean(values)
    return math.sqrt(math.fsum((v - m) ** 2 for v in values) / (len(values) - 1))


def _median(values):
    s = sorted(values)
    n = len(s)
    if n % 2:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2.0


class Benchmark(object):
    """The result of one bench_* call (a small subset of pyperf's)."""

    def __init__(self, data):
        self._data = data

    def get_name(self):
        return self._data["name"]

    def get_values(self):
        return tuple(self._data["values"])

    def get_nvalue(self):
        return len(self._data["values"])

    def get_metadata(self):
        return dict(self._data["metadata"])

    def get_loops(self):
        return self._data["loops"]

    def get_unit(self):
        return self._data["unit"]

    def mean(self):
        return _mean(self._data["values"])

    def median(self):
        return _median(self._data["values"])

    def stdev(self):
        return _stdev(self._data["values"])

    def format_value(self, value):
        return format_timedelta(value)

    def format_values(self, values):
        return format_timedeltas(values)

    def format(self):
        return format_result(self._data["values"])

    def as_dict(self):
        return self._data

    def __repr__(self):
        return "<Benchmark %r with %d values>" % (self.get_name(), self.get_nvalue())


def format_result(values):
    """pyperf's result text: 'Mean +- std dev: A +- B', or 'A' alone."""
    if len(values) >= 2:
        return "Mean +- std dev: %s +- %s" % format_timedeltas((_mean(values), _stdev(values)))
    return format_timedelta(_mean(values))


# --- metadata ---------------------------------------------------------

def _maxrss_kb():
    """Peak RSS of this process in KiB, or None where unknown."""
    try:
        import resource
    except ImportError:
        return None
    try:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except (OSError, ValueError, AttributeError):
        return None
    if sys.platform == "darwin":
        rss //= 1024  # macOS reports bytes
    return int(rss)


def collect_metadata():
    md = {
        "python_implementation": python_implementation(),
        "python_version": platform.python_version(),
        "python_executable": sys.executable,
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
        "perf_version": __version__,
    }
    build = getattr(sys, "pypy_version_info", None)
    if build is not None:
        md["pypy_version"] = "%d.%d.%d" % tuple(build[:3])
    return md


# --- the runner -------------------------------------------------------

def _positive_int(text):
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError("must be >= 1, not %s" % n)
    return n


def _natural_int(text):
    n = int(text)
    if n < 0:
        raise argparse.ArgumentTypeError("must be >= 0, not %s" % n)
    return n


def _positive_float(text):
    x = float(text)
    if not x > 0:
        raise argparse.ArgumentTypeError("must be > 0, not %s" % text)
    return x


class Runner(object):
    """Runs benchmarks and prints/saves their results like pyperf.Runner."""

    # pyperf lets only one Runner exist per process; scripts rely on that to
    # catch mistakes, so keep the rule.
    _created = False

    def __init__(self, values=None, processes=None, loops=0, warmups=None,
                 min_time=DEFAULT_MIN_TIME, metadata=None, show_name=True,
                 program_args=None, add_cmdline_args=None, _argparser=None,
                 **_ignored):
        if Runner._created:
            raise RuntimeError("only one Runner object may be created")
        Runner._created = True
        self._default_values = values
        self._default_processes = processes
        self._default_warmups = warmups
        self.metadata = dict(metadata or {})
        self._show_name = show_name
        self._program_args = tuple(program_args) if program_args else (sys.argv[0],)
        self._add_cmdline_args = add_cmdline_args
        self.args = None
        self._task = 0
        self._names = set()
        self._results = []
        self._output_checked = False

        parser = _argparser or argparse.ArgumentParser(
            description="Benchmark (pyjit pyperf %s)" % __version__)
        add = parser.add_argument
        add("--loops", type=_natural_int, default=loops,
            help="outer loops per value; 0 = calibrate (default: %s)" % loops)
        add("-n", "--values", type=_positive_int, default=None,
            help="values per process (default: %s)" % (values or DEFAULT_VALUES))
        add("-w", "--warmups", type=_natural_int, default=None,
            help="warm-up values per process (default: %s)"
            % (DEFAULT_WARMUPS if warmups is None else warmups))
        add("--min-time", type=_positive_float, default=min_time,
            help="minimum seconds of one value when calibrating (default: %s)" % min_time)
        add("-p", "--processes", type=_positive_int, default=None,
            help="worker processes (default: %s)" % (processes or DEFAULT_PROCESSES))
        add("-o", "--output", metavar="FILENAME",
            help="write the results as JSON into FILENAME")
        add("--append", metavar="FILENAME",
            help="add the results to the JSON file FILENAME")
        add("-q", "--quiet", action="store_true", help="print only the results")
        add("-v", "--verbose", action="store_true", help="print every value")
        add("-f", "--fast", action="store_true", help="fewer values: quick but less accurate")
        add("--rigorous", action="store_true", help="more values: slow but more accurate")
        add("--debug-single-value", action="store_true",
            help="one process, one value, one loop, no warm-up")
        add("--worker", action="store_true", help=argparse.SUPPRESS)
        add("--worker-task", type=_natural_int, default=None, help=argparse.SUPPRESS)
        # pyperformance and pyperf pass these; they change nothing here.
        add("--inherit-environ", metavar="VARS", help="accepted for compatibility; ignored")
        add("--copy-env", action="store_true", help="accepted for compatibility; ignored")
        add("--no-locale", action="store_true", help="accepted for compatibility; ignored")
        add("--affinity", metavar="CPU_LIST", help="accepted for compatibility; ignored")
        add("--timeout", type=float, help="accepted for compatibility; ignored")
        add("--track-memory", action="store_true", help="accepted for compatibility; ignored")
        add("--tracemalloc", action="store_true", help="accepted for compatibility; ignored")
        self.argparser = parser

    # -- options --

    def parse_args(self, args=None):
        if self.args is not None:
            return self.args
        ns = self.argparser.parse_args(args)
        if ns.fast and ns.rigorous:
            self.argparser.error("--fast and --rigorous cannot be used together")
        if ns.output and ns.append:
            self.argparser.error("--output and --append cannot be used together")
        values = self._default_values or DEFAULT_VALUES
        warmups = DEFAULT_WARMUPS if self._default_warmups is None else self._default_warmups
        processes = self._default_processes or DEFAULT_PROCESSES
        if ns.fast:
            values = max(values * 2 // 3, 2)
            processes = max(processes // 2, 1)
        elif ns.rigorous:
            values = values * 5 // 3
            processes = processes * 2
            warmups = max(warmups, 3)
        if ns.values is None:
            ns.values = values
        if ns.warmups is None:
            ns.warmups = warmups
        if ns.processes is None:
            ns.processes = processes
        if ns.debug_single_value:
            ns.values, ns.loops, ns.warmups, ns.processes = 1, 1, 0, 1
        if ns.worker:
            ns.processes = 1
        self.args = ns
        return ns

    def _claim_task(self, name):
        """Counts bench_* calls; returns False when a worker must skip this one."""
        if self.args is None:
            self.parse_args()
        if name in self._names:
            raise ValueError("duplicated benchmark name: %r" % (name,))
        self._names.add(name)
        task = self._task
        self._task += 1
        if self.args.worker and self.args.worker_task is not None:
            return task == self.args.worker_task
        return True

    # -- public benchmark entry points --

    def bench_time_func(self, name, time_func, *args, **kwargs):
        inner_loops = kwargs.pop("inner_loops", None)
        metadata = kwargs.pop("metadata", None)
        if kwargs:
            raise TypeError("unexpected keyword arguments: %s" % ", ".join(sorted(kwargs)))
        if inner_loops is not None and (not isinstance(inner_loops, int) or inner_loops < 1):
            raise ValueError("inner_loops must be a positive integer")
        task = self._task
        if not self._claim_task(name):
            return None

        def call(loops):
            return time_func(loops, *args)
        return self._run(name, task, call, inner_loops or 1, metadata)

    def bench_func(self, name, func, *args, **kwargs):
        inner_loops = kwargs.pop("inner_loops", None)
        metadata = kwargs.pop("metadata", None)
        if kwargs:
            raise TypeError("unexpected keyword arguments: %s" % ", ".join(sorted(kwargs)))
        task = self._task
        if not self._claim_task(name):
            return None

        def call(loops):
            # One call is timed without a loop so a single slow call's value
            # does not include range() overhead.
            if loops == 1:
                t0 = perf_counter()
                func(*args)
                return perf_counter() - t0
            it = range(loops)
            t0 = perf_counter()
            for _ in it:
                func(*args)
            return perf_counter() - t0
        return self._run(name, task, call, inner_loops or 1, metadata)

    def bench_async_func(self, name, coro_func, *args, **kwargs):
        inner_loops = kwargs.pop("inner_loops", None)
        metadata = kwargs.pop("metadata", None)
        loop_factory = kwargs.pop("loop_factory", None)
        if kwargs:
            raise TypeError("unexpected keyword arguments: %s" % ", ".join(sorted(kwargs)))
        task = self._task
        if not self._claim_task(name):
            return None
        import asyncio

        def call(loops):
            async def timed():
                it = range(loops)
                t0 = perf_counter()
                for _ in it:
                    await coro_func(*args)
                return perf_counter() - t0
            # A fresh loop per value, like pyperf, so state does not leak
            # from one value into the next.
            loop = loop_factory() if loop_factory else asyncio.new_event_loop()
            try:
                return loop.run_until_complete(timed())
            finally:
                loop.close()
        return self._run(name, task, call, inner_loops or 1, metadata)

    def bench_command(self, name, command):
        task = self._task
        if not self._claim_task(name):
            return None
        command = list(command)

        def call(loops):
            t0 = perf_counter()
            for _ in range(loops):
                proc = subprocess.run(command, stdout=subprocess.DEVNULL)
                if proc.returncode:
                    raise RuntimeError("%s failed with exit code %d"
                                       % (command[0], proc.returncode))
            return perf_counter() - t0
        return self._run(name, task, call, 1, {"command": " ".join(command)})

    # -- measurement --

    def _run(self, name, task, call, inner_loops, metadata):
        a = self.args
        md = collect_metadata()
        md.update(self.metadata)
        if metadata:
            md.update(metadata)
        md["name"] = name
        if a.processes > 1:
            runs, loops = self._spawn_workers(name, task)
        else:
            run, loops = self._measure(name, call, inner_loops)
            runs = [run]
        data = _bench_data(name, loops, inner_loops, runs, md)
        self._results.append(data)
        self._write_output()
        if a.worker:
            return Benchmark(data)
        if a.processes > 1 and not a.quiet:
            sys.stdout.write("\n")
        if self._show_name:
            line = "%s: %s" % (name, format_result(data["values"]))
        else:
            line = format_result(data["values"])
        print(line)
        sys.stdout.flush()
        return Benchmark(data)

    def _measure(self, name, call, inner_loops):
        a = self.args
        verbose = a.verbose and not a.quiet
        start = perf_counter()
        first = [None, None]

        def timed(loops):
            dt = call(loops)
            if not isinstance(dt, (int, float)) or isinstance(dt, bool):
                raise TypeError("the time function must return seconds as a float, not %r" % (dt,))
            dt = float(dt)
            if first[0] is None:
                first[0], first[1] = dt / (loops * inner_loops), loops
            return dt

        calibration = []
        loops = a.loops
        if loops == 0:
            loops = 1
            while True:
                dt = timed(loops)
                calibration.append([loops, dt])
                if verbose:
                    print("Calibration %d: %s (loops: %s)" % (
                        len(calibration), format_timedelta(dt), format_number(loops)))
                if dt >= a.min_time or loops >= MAX_LOOPS:
                    break
                loops *= 2
        warmups = []
        for i in range(a.warmups):
            dt = timed(loops)
            warmups.append([loops, dt / (loops * inner_loops)])
            if verbose:
                print("Warmup %d: %s (loops: %s, raw: %s)" % (
                    i + 1, format_timedelta(warmups[-1][1]), format_number(loops),
                    format_timedelta(dt)))
        values = []
        for i in range(a.values):
            dt = timed(loops)
            values.append(dt / (loops * inner_loops))
            if verbose:
                print("Value %d: %s (loops: %s, raw: %s)" % (
                    i + 1, format_timedelta(values[-1]), format_number(loops),
                    format_timedelta(dt)))
        run = {
            "values": values,
            "warmups": warmups,
            "calibration": calibration,
            "first_value": first[0],
            "first_loops": first[1],
            "maxrss_kb": _maxrss_kb(),
            "duration": perf_counter() - start,
        }
        return run, loops

    def _worker_command(self, task, loops, output):
        a = self.args
        cmd = [sys.executable]
        cmd.extend(self._program_args)
        cmd.extend(["--worker", "--worker-task", str(task), "--quiet",
                    "--values", str(a.values), "--warmups", str(a.warmups),
                    "--loops", str(loops), "--min-time", repr(a.min_time),
                    "--output", output])
        if a.verbose:
            cmd.append("--verbose")
        if self._add_cmdline_args is not None:
            self._add_cmdline_args(cmd, a)
        return cmd

    def _spawn_workers(self, name, task):
        a = self.args
        runs = []
        loops = a.loops
        tmpdir = tempfile.mkdtemp(prefix="pyperf-")
        try:
            for i in range(a.processes):
                out = os.path.join(tmpdir, "worker%d.json" % i)
                cmd = self._worker_command(task, loops, out)
                proc = subprocess.run(cmd)
                if proc.returncode:
                    raise RuntimeError("benchmark %s: worker %d failed with exit code %d"
                                       % (name, i + 1, proc.returncode))
                with open(out) as f:
                    doc = json.load(f)
                benches = [b for b in doc["benchmarks"] if b["name"] == name]
                if not benches:
                    raise RuntimeError("benchmark %s: worker %d produced no result" % (name, i + 1))
                runs.extend(benches[0]["runs"])
                loops = benches[0]["loops"]
                if not a.quiet:
                    sys.stdout.write(".")
                    sys.stdout.flush()
        finally:
            for f in os.listdir(tmpdir):
                os.unlink(os.path.join(tmpdir, f))
            os.rmdir(tmpdir)
        return runs, loops

    # -- output file --

    def _write_output(self):
        a = self.args
        path = a.output or a.append
        if not path:
            return
        previous = []
        if not self._output_checked:
            self._output_checked = True
            if a.append and os.path.exists(path):
                with open(path) as f:
                    previous = json.load(f).get("benchmarks", [])
            elif a.output and os.path.exists(path) and not a.worker:
                raise RuntimeError("The JSON file %r already exists" % path)
            self._previous = previous
        doc = {
            "format": FORMAT,
            "metadata": collect_metadata(),
            "benchmarks": list(self._previous) + self._results,
        }
        tmp = path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(doc, f, indent=1, sort_keys=True)
            f.write("\n")
        os.replace(tmp, path)


def _bench_data(name, loops, inner_loops, runs, metadata):
    values = [v for r in runs for v in r["values"]]
    data = {
        "name": name,
        "unit": "second",
        "loops": loops,
        "inner_loops": inner_loops,
        "values": values,
        "warmups": [w for r in runs for w in r["warmups"]],
        "calibration": [c for r in runs for c in r["calibration"]],
        "first_value": runs[0]["first_value"] if runs else None,
        "runs": runs,
        "metadata": metadata,
    }
    if values:
        data.update(mean=_mean(values), median=_median(values), stdev=_stdev(values),
                    min=min(values), max=max(values))
    return data
