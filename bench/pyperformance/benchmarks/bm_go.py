"""Monte-Carlo tree search (UCT) Go player on a 9x9 board (pyperformance
"go" workload): from the empty board, 200 random-playout games pick the
first move. Seeded with random.seed(1), so the chosen move is checked.
"""

import math
import random

import pyperf

SIZE = 9
GAMES = 200
KOMI = 7.5
EMPTY, WHITE, BLACK = 0, 1, 2
PASS = -1
MAXMOVES = SIZE * SIZE * 3
EXPECTED_MOVE = 34  # with random.seed(1), from CPython 3.11


class Square(object):
    """One point; stones of a chain share a root (union-find) that keeps the
    chain's pseudo-liberty count ("ledges": adjacent empty edges)."""

    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.neighbours = ()
        self.color = EMPTY
        self.root = self
        self.ledges = 0
        self.stamp = 0

    def find(self):
        r = self
        while r.root is not r:
            r = r.root
        # path compression keeps later look-ups short
        s = self
        while s.root is not r:
            s.root, s = r, s.root
        return r

    def place(self, color):
        self.color = color
        self.root = self
        self.ledges = 0
        board = self.board
        for n in self.neighbours:
            ncolor = n.color
            if ncolor == EMPTY:
                self.ledges += 1
                continue
            nroot = n.find()
            if ncolor == color:
                if nroot is not self:
                    self.ledges += nroot.ledges
                    nroot.root = self
                self.ledges -= 1
            else:
                nroot.ledges -= 1
                if nroot.ledges == 0:
                    board.capture(n, nroot)


class EmptySet(object):
    """Empty points with O(1) add, remove and random choice."""

    def __init__(self, n):
        self.empties = list(range(n))
        self.index = list(range(n))

    def swap(self, i, j):
        a, b = self.empties[i], self.empties[j]
        self.empties[i], self.empties[j] = b, a
        self.index[a], self.index[b] = j, i

    def add(self, pos):
        self.index[pos] = len(self.empties)
        self.empties.append(pos)

    def remove(self, pos):
        self.swap(self.index[pos], len(self.empties) - 1)
        self.empties.pop()


class Board(object):
    def __init__(self):
        self.squares = [Square(self, pos) for pos in range(SIZE * SIZE)]
        for sq in self.squares:
            x, y = sq.pos % SIZE, sq.pos // SIZE
            ns = []
            for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < SIZE and 0 <= ny < SIZE:
                    ns.append(self.squares[ny * SIZE + nx])
            sq.neighbours = tuple(ns)
        self.reset()

    def reset(self):
        for sq in self.squares:
            sq.color = EMPTY
            sq.root = sq
            sq.ledges = 0
        self.emptyset = EmptySet(SIZE * SIZE)
        self.color = BLACK
        self.finished = False
        self.lastmove = PASS - 1
        self.history = []
        self.white_dead = 0
        self.black_dead = 0
        self.stamp = 0

    def capture(self, start, root):
        self.stamp += 1
        stamp = self.stamp
        color = start.color
        todo = [start]
        start.stamp = stamp
        removed = []
        while todo:
            sq = todo.pop()
            removed.append(sq)
            for n in sq.neighbours:
                if n.color == color and n.stamp != stamp and n.find() is root:
                    n.stamp = stamp
                    todo.append(n)
        for sq in removed:
            sq.color = EMPTY
            self.emptyset.add(sq.pos)
        for sq in removed:
            for n in sq.neighbours:
                if n.color != EMPTY:
                    n.find().ledges += 1
        if color == BLACK:
            self.black_dead += len(removed)
        else:
            self.white_dead += len(removed)

    def move(self, pos):
        if pos != PASS:
            self.emptyset.remove(pos)
            self.squares[pos].place(self.color)
        elif self.lastmove == PASS:
            self.finished = True
        self.color = WHITE if self.color == BLACK else BLACK
        self.lastmove = pos
        self.history.append(pos)

    def replay(self, history):
        for pos in history:
            self.move(pos)

    def useful(self, pos):
        color = self.color
        empties = opps = weak_opps = neighs = weak_neighs = 0
        for n in self.squares[pos].neighbours:
            if n.color == EMPTY:
                empties += 1
                continue
            root = n.find()
            if n.color == color:
                neighs += 1
                if root.ledges == 1:
                    weak_neighs += 1
            else:
                opps += 1
                if root.ledges == 1:
                    weak_opps += 1
        strong_opps = opps - weak_opps
        strong_neighs = neighs - weak_neighs
        # playable unless it fills our own eye or is plain suicide
        return bool(empties or weak_opps or (strong_neighs and (strong_opps or weak_neighs)))

    def useful_moves(self):
        return [pos for pos in self.emptyset.empties if self.useful(pos)]

    def random_move(self):
        es = self.emptyset
        choices = len(es.empties)
        while choices:
            i = int(random.random() * choices)
            pos = es.empties[i]
            if self.useful(pos):
                return pos
            choices -= 1
            es.swap(i, choices)
        return PASS

    def score(self, color):
        count = (KOMI + self.black_dead) if color == WHITE else self.white_dead
        for sq in self.squares:
            if sq.color == color:
                count += 1
            elif sq.color == EMPTY:
                if all(n.color == color for n in sq.neighbours):
                    count += 1
        return count


class UCTNode(object):
    def __init__(self):
        self.bestchild = None
        self.pos = PASS
        self.wins = 0
        self.losses = 0
        self.children = [None] * (SIZE * SIZE)
        self.parent = None
        self.unexplored = []

    def play(self, board):
        color = board.color
        node = self
        path = [node]
        while True:
            pos = node.select()
            if pos == PASS:
                break
            board.move(pos)
            child = node.children[pos]
            if child is None:
                child = node.children[pos] = UCTNode()
                child.unexplored = board.useful_moves()
                child.pos = pos
                child.parent = node
                path.append(child)
                break
            path.append(child)
            node = child
        self.random_playout(board)
        self.update_path(board, color, path)

    def select(self):
        if self.unexplored:
            i = random.randrange(len(self.unexplored))
            pos = self.unexplored[i]
            self.unexplored[i] = self.unexplored[-1]
            self.unexplored.pop()
            return pos
        if self.bestchild is not None:
            return self.bestchild.pos
        return PASS

    def random_playout(self, board):
        for _ in range(MAXMOVES):
            if board.finished:
                break
            board.move(board.random_move())

    def update_path(self, board, color, path):
        black_wins = board.score(BLACK) >= board.score(WHITE)
        for node in path:
            color = WHITE if color == BLACK else BLACK
            if black_wins == (color == BLACK):
                node.wins += 1
            else:
                node.losses += 1
            if node.parent is not None:
                node.parent.bestchild = node.parent.best_child()

    def score(self):
        winrate = self.wins / float(self.wins + self.losses)
        parent_visits = self.parent.wins + self.parent.losses
        if not parent_visits:
            return winrate
        visits = self.wins + self.losses
        return winrate + math.sqrt(math.log(parent_visits) / (5 * visits))

    def best_child(self):
        best, best_score = None, -1
        for child in self.children:
            if child is not None:
                s = child.score()
                if s > best_score:
                    best, best_score = child, s
        return best

    def best_visited(self):
        best, most = None, -1
        for child in self.children:
            if child is not None and child.wins + child.losses > most:
                best, most = child, child.wins + child.losses
        return best


def computer_move(board):
    pos = board.random_move()
    if pos == PASS:
        return PASS
    tree = UCTNode()
    tree.unexplored = board.useful_moves()
    scratch = Board()
    for _ in range(GAMES):
        scratch.reset()
        scratch.replay(board.history)
        tree.play(scratch)
    return tree.best_visited().pos


def versus_cpu():
    random.seed(1)
    board = Board()
    move = computer_move(board)
    if move != EXPECTED_MOVE:
        raise RuntimeError("go self-check failed: move %r, expected %r" % (move, EXPECTED_MOVE))
    return move


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Test the performance of the Go benchmark"
    runner.bench_func("go", versus_cpu)
