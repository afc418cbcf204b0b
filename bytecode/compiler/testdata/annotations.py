from __future__ import annotations
def f(a: dict[str, int] | None = None) -> list[int]:
    pass
x: tuple[int, ...] = ()
