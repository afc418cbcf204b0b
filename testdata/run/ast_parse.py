# ast.parse (compile with PyCF_ONLY_AST) gives CPython's tree: node types,
# fields, positions, shared context singletons; literal_eval and walk work.
import ast
import hashlib

src = '''
async def f(a, /, b: int = 1, *args, c, d=2, **kw) -> "r":
    global g
    x = [i ** 2 for i in range(10) if i % 2] + {1: 2, **kw}.get(3, ())
    async with ctx() as (p, q):
        await z
    match x:
        case [1, *rest] | {"k": v} if v > 0:
            pass
        case Point(x=0) as pt:
            del pt
    try:
        raise ValueError("no") from None
    except* (TypeError, KeyError) as e:
        yield e
    lambda: (yield)
    return f"{x!r:>{10}} {b=}"
'''
tree = ast.parse(src)
print(ast.dump(tree, include_attributes=True)[:300])
print(hashlib.md5(ast.dump(tree, include_attributes=True).encode()).hexdigest())
names = [n for n in ast.walk(tree) if isinstance(n, ast.Name)]
print(len(names), names[0].ctx is names[1].ctx or type(names[0].ctx) is not type(names[1].ctx))
print(ast.literal_eval("[1, 2.5, -3j, 'x', b'y', (None, True), {1: {2, 3}}]"))
try:
    ast.literal_eval("f(1)")
except ValueError as e:
    print(str(e).split(" at 0x")[0])
print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.dump(ast.parse("x = 1; y", mode="single")))
print(ast.unparse(ast.parse("def g(*, a=1): return a if a else -a")))
for bad in ["x +", "def f(:", "a = = 1", "\x00"]:
    try:
        ast.parse(bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
t = compile("1 + 2", "<s>", "eval", ast.PyCF_ONLY_AST)
print(type(t).__name__, compile(t, "<s>", "eval", ast.PyCF_ONLY_AST) is t)

import os
for name in ["string.py", "textwrap.py", "dataclasses.py", "ast.py"]:
    with open(os.path.join(os.path.dirname(os.__file__), name), encoding="utf-8") as f:
        text = f.read()
    dump = ast.dump(ast.parse(text), include_attributes=True)
    print(name, len(dump), hashlib.md5(dump.encode()).hexdigest())
