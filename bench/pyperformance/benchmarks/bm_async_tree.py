"""asyncio task trees (pyperformance "async_tree" workload): a tree of
coroutines 6 levels deep with 6 branches per node, run with
asyncio.gather. Variants: "none" (leaves do nothing), "io" (leaves sleep),
"memoization" (leaves share a cache and sleep on a miss) and
"cpu_io_mixed" (some leaves compute, others sleep). Leaf counts are checked.
"""

import asyncio
import math

import pyperf

NUM_RECURSE_LEVELS = 6
NUM_RECURSE_BRANCHES = 6
IO_SLEEP_TIME = 0.05
MEMOIZABLE_PERCENTAGE = 90
CPU_PROBABILITY = 0.5
FACTORIAL_N = 500


class Tree(object):
    def __init__(self):
        self.leaves = 0
        self.cache = {}

    async def leaf(self, n):
        self.leaves += 1

    async def recurse(self, level):
        if level == 0:
            await self.leaf(self.leaves)
            return
        await asyncio.gather(*[self.recurse(level - 1) for _ in range(NUM_RECURSE_BRANCHES)])

    async def run(self):
        self.leaves = 0
        self.cache.clear()
        await self.recurse(NUM_RECURSE_LEVELS)
        if self.leaves != NUM_RECURSE_BRANCHES ** NUM_RECURSE_LEVELS:
            raise RuntimeError("async_tree self-check failed: %d leaves" % self.leaves)


class IOTree(Tree):
    async def leaf(self, n):
        self.leaves += 1
        await asyncio.sleep(IO_SLEEP_TIME)


class MemoizationTree(Tree):
    async def leaf(self, n):
        self.leaves += 1
        # A deterministic pseudo-random key: MEMOIZABLE_PERCENTAGE% of leaves
        # hit a small key space that the cache soon holds.
        h = (n * 2654435761) % 100
        key = h if h < MEMOIZABLE_PERCENTAGE else 1000 + n
        if key in self.cache:
            return self.cache[key]
        await asyncio.sleep(IO_SLEEP_TIME)
        self.cache[key] = n
        return n


class CpuIoMixedTree(MemoizationTree):
    async def leaf(self, n):
        if (n * 40503) % 100 < CPU_PROBABILITY * 100:
            self.leaves += 1
            math.factorial(FACTORIAL_N)
        else:
            await MemoizationTree.leaf(self, n)


BENCHMARKS = {
    "none": Tree,
    "io": IOTree,
    "memoization": MemoizationTree,
    "cpu_io_mixed": CpuIoMixedTree,
}


def add_cmdline_args(cmd, args):
    if args.benchmark:
        cmd.append(args.benchmark)


if __name__ == "__main__":
    runner = pyperf.Runner(add_cmdline_args=add_cmdline_args)
    runner.argparser.add_argument("benchmark", nargs="?", choices=sorted(BENCHMARKS),
                                  help="variant to run (default: all)")
    args = runner.parse_args()
    names = [args.benchmark] if args.benchmark else ["none", "io", "memoization", "cpu_io_mixed"]
    for name in names:
        runner.metadata["description"] = "Async tree workloads (%s)." % name
        tree = BENCHMARKS[name]()
        bench = "async_tree" if name == "none" else "async_tree_" + name
        runner.bench_async_func(bench, tree.run)
