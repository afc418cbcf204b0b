import json, contextlib
def g():
    try:
        yield 1
    except Exception as e:
        yield type(e).__name__ + ": " + str(e)
for args in [(ValueError,), (ValueError, "v"), (ValueError, ("a", "b")), (ValueError, ValueError("inst")),
             (json.JSONDecodeError, json.JSONDecodeError("m", "doc", 1)), (KeyError("k"),)]:
    it = g()
    next(it)
    print(it.throw(*args))
it = g(); next(it)
try:
    it.throw(KeyError("k"), "extra")
except TypeError as e:
    print(e)
@contextlib.contextmanager
def cm():
    yield
try:
    with cm():
        raise json.JSONDecodeError("bad", "doc", 0)
except json.JSONDecodeError as e:
    print("propagated", e.msg, e.pos)
try:
    raise ValueError("tb")
except ValueError as e:
    tb = e.__traceback__
it = g(); next(it)
print(it.throw(ValueError, ValueError("with tb"), tb))
