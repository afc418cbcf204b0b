# argparse: positionals, options, types, choices, defaults, actions,
# subcommands, mutually exclusive groups, help and usage errors.
import argparse
import contextlib
import io

p = argparse.ArgumentParser(prog="tool", description="A test tool.")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-n", "--count", type=int, default=1, help="how many")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", default=[])
p.add_argument("--dry-run", action="store_true")
g = p.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--xml", action="store_true")
print(p.parse_args(["a.txt"]))
print(p.parse_args(["a", "b", "-n", "3", "-vv", "--mode", "slow", "--tag", "x", "--tag=y", "--dry-run", "--json"]))
ns, rest = p.parse_known_args(["a", "--unknown", "1"])
print(ns.src, rest)


def fails(argv):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            p.parse_args(argv)
        except SystemExit as e:
            print("exit", e.code, err.getvalue().strip().splitlines()[-1])


fails([])
fails(["a", "-n", "x"])
fails(["a", "--mode", "medium"])
fails(["a", "--json", "--xml"])
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        p.parse_args(["-h"])
    except SystemExit as e:
        print("help exit", e.code)
print(out.getvalue())

top = argparse.ArgumentParser(prog="git")
sub = top.add_subparsers(dest="cmd", required=True)
c = sub.add_parser("commit")
c.add_argument("-m", "--message", required=True)
c.set_defaults(func=lambda a: "commit:" + a.message)
pu = sub.add_parser("push")
pu.add_argument("remote", nargs="*")
a = top.parse_args(["commit", "-m", "msg"])
print(a.cmd, a.func(a))
print(top.parse_args(["push", "origin", "main"]))
print(top.format_usage().strip())
