# Test input for pyperf.py: a time function that reports loops * 0.03 s so
# calibration, warm-ups and values are exactly predictable.
import pyperf

calls = []


def fake(loops, label):
    calls.append(loops)
    return loops * 0.03


def add_cmdline_args(cmd, args):
    cmd.extend(("--label", args.label, args.word))


runner = pyperf.Runner(add_cmdline_args=add_cmdline_args)
runner.argparser.add_argument("--label", default="none")
runner.argparser.add_argument("word")
args = runner.parse_args()
runner.metadata["label"] = args.label
runner.metadata["word"] = args.word
runner.bench_time_func("fake_" + args.word, fake, args.label, inner_loops=3)
runner.bench_func("second_" + args.word, lambda: None)
if not args.worker:
    print("calls", calls)
