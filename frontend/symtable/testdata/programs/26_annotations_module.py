x: int
y: list[int] = []
z.attr: str = "a"
w[0]: float
(p): int = 3
(q): int

def f(a: A, b: "B" = 1, *c: C, d: D, **e: E) -> R:
    loc: LocalT
    loc2: int = 2
    return loc2
