# types.MethodType(callable, instance), and format-spec widths too large
# for a Py_ssize_t or for memory.
import contextlib
import types


class Box:
    def __init__(self, v):
        self.v = v


def get(self, extra=0):
    return self.v + extra


m = types.MethodType(get, Box(40))
print(m(), m(2), m.__self__.v, m.__func__ is get)
print(types.MethodType(len, [1, 2, 3])())
for args, kw in (((1, 2), {}), ((len,), {}), ((len, None), {}), ((len, 1), {"k": 1})):
    try:
        types.MethodType(*args, **kw)
    except TypeError as e:
        print("TypeError", e)

log = []
with contextlib.ExitStack() as stack:
    class CM:
        def __enter__(self):
            log.append("enter")
            return self

        def __exit__(self, *exc):
            log.append("exit")
    stack.enter_context(CM())
    stack.callback(log.append, "callback")
print(log)

for spec in ("1" * 10000 + "d", "." + "1" * 10000 + "d", "1" * 19 + "d", "9" * 18 + "d",
             "1" * 1000 + "." + "1" * 10000 + "d", "5d", ".3f"):
    try:
        print(repr(format(7, spec)))
    except (ValueError, MemoryError) as e:
        print(type(e).__name__, e)
