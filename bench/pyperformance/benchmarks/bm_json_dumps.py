"""json.dumps (pyperformance "json_dumps" workload): an empty dict 2,000
times, a flat dict and a nested dict 1,000 times each, and a list of 1,000
nested dicts once, per loop. Every encoding is checked by decoding it.
"""

import json

import pyperf

EMPTY = ({}, 2000)
SIMPLE_DATA = {"key1": 0, "key2": True, "key3": "value", "key4": "foo", "key5": "string"}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {"key1": 0, "key2": SIMPLE[0], "key3": "value", "key4": SIMPLE[0],
               "key5": SIMPLE[0], "key": "\u0105\u0107\u017c"}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)
CASES = ["EMPTY", "SIMPLE", "NESTED", "HUGE"]


def bench_json_dumps(data):
    for obj, count_it in data:
        for _ in count_it:
            json.dumps(obj)


def add_cmdline_args(cmd, args):
    if args.cases:
        cmd.extend(("--cases", args.cases))


if __name__ == "__main__":
    runner = pyperf.Runner(add_cmdline_args=add_cmdline_args)
    runner.metadata["description"] = "Benchmark json.dumps()"
    runner.argparser.add_argument("--cases", help="comma-separated subset of: %s" % ", ".join(CASES))
    options = runner.parse_args()
    cases = options.cases.split(",") if options.cases else CASES
    data = []
    for case in cases:
        obj, count = globals()[case]
        if json.loads(json.dumps(obj)) != obj:
            raise RuntimeError("json_dumps self-check failed for %s" % case)
        data.append((obj, range(count)))
    runner.bench_func("json_dumps", bench_json_dumps, data)
