# Oracle for TestFoldMatchesCPython: reads expressions (one per line) on
# stdin and prints, per expression, what CPython 3.11's compiler made of
# `x = <expr>`: "folded <repr>" when the whole expression became one
# constant, else "partial <reprs>" with the sorted constants left in
# co_consts (None excluded). Frozenset elements are sorted by repr so the
# output does not depend on hashing order.
import dis
import sys


def canon(v):
    if isinstance(v, tuple):
        if len(v) == 1:
            return "(" + canon(v[0]) + ",)"
        return "(" + ", ".join(canon(x) for x in v) + ")"
    if isinstance(v, frozenset):
        if not v:
            return "frozenset()"
        return "frozenset({" + ", ".join(sorted(canon(x) for x in v)) + "})"
    return repr(v)


def describe(expr):
    code = compile("x = " + expr, "<expr>", "exec")
    ins = [i for i in dis.get_instructions(code) if i.opname not in ("RESUME", "CACHE")]
    if [i.opname for i in ins] == ["LOAD_CONST", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]:
        return "folded " + canon(ins[0].argval)
    consts = sorted({canon(c) for c in code.co_consts if c is not None})
    return "partial " + " | ".join(consts)


for line in sys.stdin.read().split("\n"):
    if line:
        print(describe(line))
