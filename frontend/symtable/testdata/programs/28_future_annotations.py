"""Docstring."""
from __future__ import annotations

x: SomeType = 1
y: Other

def f(a: AType, *b: BType, c: CType, **d: DType) -> RType:
    z: ZType = 1
    return z

class K:
    attr: AttrType
    def m(self, p: PType) -> (lambda: Q):
        pass
