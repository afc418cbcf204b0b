"""Hexiom puzzle solver (pyperformance "hexiom" workload, level 25).

Hexiom: place the given hexagonal tiles on a hexagonal board so that every
tile shows the number of occupied cells around it. The solver is a
constraint-propagating depth-first search; the solution is checked against
the level's known answer.
"""

import io

import pyperf

DEFAULT_LEVEL = 25
EMPTY = -1

# level: (board, solution). In a board '.' is an empty cell, a digit a tile
# and '+' before a cell locks it in place.
LEVELS = {
    2: ("""
2
  . 1
 . 1 1
  1 .
""", """\
 1 1
. . .
 1 1
"""),
    25: ("""
3
   4 . .
  . . 2 .
 4 3 2 . 4
  2 2 3 .
   4 2 4
""", """\
  3 4 2
 2 4 4 .
. . . 4 2
 . 2 4 3
  . 2 .
"""),
}

DIRS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1))


class Puzzle(object):
    def __init__(self, text):
        lines = [l for l in text.strip("\n").split("\n")]
        self.size = n = int(lines[0])
        self.rows = []          # list of cell ids per row, for printing
        self.coords = []        # id -> (x, y)
        self.locked = {}        # id -> value
        self.tiles = [0] * 7    # count of tiles per value
        ids = {}
        for y, line in enumerate(lines[1:]):
            cells = []
            i = 0
            while i < len(line):
                ch = line[i]
                if ch == " ":
                    i += 1
                    continue
                lock = ch == "+"
                if lock:
                    i += 1
                    ch = line[i]
                cells.append((lock, ch))
                i += 1
            xstart = max(0, y - (n - 1))
            row = []
            for k, (lock, ch) in enumerate(cells):
                cid = len(self.coords)
                self.coords.append((xstart + k, y))
                ids[(xstart + k, y)] = cid
                row.append(cid)
                if ch != ".":
                    self.tiles[int(ch)] += 1
                if lock:
                    self.locked[cid] = EMPTY if ch == "." else int(ch)
            self.rows.append(row)
        self.ncells = len(self.coords)
        self.empties = self.ncells - sum(self.tiles)
        self.neighbours = []
        for (x, y) in self.coords:
            self.neighbours.append(tuple(ids[(x + dx, y + dy)] for dx, dy in DIRS
                                         if (x + dx, y + dy) in ids))

    def format(self, values):
        out = io.StringIO()
        width = 2 * self.size - 1
        for row in self.rows:
            out.write(" " * (width - len(row)))
            out.write(" ".join("." if values[c] == EMPTY else str(values[c]) for c in row))
            out.write("\n")
        return out.getvalue()


class Solver(object):
    def __init__(self, puzzle):
        self.p = puzzle
        self.values = [None] * puzzle.ncells
        self.left = list(puzzle.tiles)
        self.empty_left = puzzle.empties
        self.nodes = 0

    def consistent(self, cid):
        """Whether the cells around cid (and cid) can still be satisfied."""
        values = self.values
        nbrs = self.p.neighbours
        for c in (cid,) + nbrs[cid]:
            v = values[c]
            if v is None or v == EMPTY:
                continue
            full = unknown = 0
            for m in nbrs[c]:
                mv = values[m]
                if mv is None:
                    unknown += 1
                elif mv != EMPTY:
                    full += 1
            if full > v or full + unknown < v:
                return False
        return True

    def options(self, cid):
        if cid in self.p.locked:
            return (self.p.locked[cid],)
        opts = [v for v in range(6, -1, -1) if self.left[v]]
        if self.empty_left:
            opts.append(EMPTY)
        return opts

    def assign(self, cid, v):
        self.values[cid] = v
        if v == EMPTY:
            self.empty_left -= 1
        else:
            self.left[v] -= 1

    def unassign(self, cid, v):
        self.values[cid] = None
        if v == EMPTY:
            self.empty_left += 1
        else:
            self.left[v] += 1


def solve_level(level):
    board, solution = LEVELS[level]
    puzzle = Puzzle(board)
    for cid, v in puzzle.locked.items():
        if v != EMPTY:
            puzzle.tiles[v] -= 1
        else:
            puzzle.empties -= 1
    solver = Solver(puzzle)
    for cid, v in puzzle.locked.items():
        solver.values[cid] = v
    if not solve_unlocked(solver):
        raise RuntimeError("hexiom self-check failed: level %d has no solution" % level)
    got = puzzle.format(solver.values)
    if got != solution:
        raise RuntimeError("hexiom self-check failed: got\n%sexpected\n%s" % (got, solution))
    return got


def solve_unlocked(solver):
    locked = solver.p.locked

    def rec(k):
        if k == solver.p.ncells:
            return True
        if k in locked:
            return solver.consistent(k) and rec(k + 1)
        solver.nodes += 1
        for v in solver.options(k):
            solver.assign(k, v)
            if solver.consistent(k) and rec(k + 1):
                return True
            solver.unassign(k, v)
        return False
    return rec(0)


def main(loops, level):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        solve_level(level)
    return pyperf.perf_counter() - t0


if __name__ == "__main__":
    runner = pyperf.Runner(add_cmdline_args=lambda cmd, args: cmd.extend(("--level", str(args.level))))
    runner.metadata["description"] = "Solver of Hexiom board game"
    runner.argparser.add_argument("--level", type=int, choices=sorted(LEVELS), default=DEFAULT_LEVEL,
                                  help="Hexiom board level (default: %d)" % DEFAULT_LEVEL)
    args = runner.parse_args()
    runner.metadata["hexiom_level"] = args.level
    runner.bench_time_func("hexiom", main, args.level)
