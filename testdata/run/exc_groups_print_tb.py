import traceback, sys
def multi():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError as g:
        raise RuntimeError("r") from g
def show(f):
    try:
        f()
    except BaseException as e:
        traceback.print_exception(e, file=sys.stdout)
        print("---", type(e).__name__, repr(str(e)))
show(multi)
def wide():
    e = ExceptionGroup("wide", [ValueError(i) for i in range(20)])
    e.add_note("a note on the group")
    raise e
show(wide)
def deep():
    e = ValueError("leaf")
    for i in range(13):
        e = ExceptionGroup(f"level {i}", [e])
    raise e
show(deep)
def reraise():
    try:
        raise ExceptionGroup("orig", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError:
        raise
show(reraise)
def naked():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("caught", repr(g), g.exceptions, g.__traceback__ is not None)
        raise
show(naked)
def bad_type():
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
show(bad_type)
def bad_type2():
    try:
        raise ValueError
    except* (ValueError, 3):
        pass
show(bad_type2)
multi()
