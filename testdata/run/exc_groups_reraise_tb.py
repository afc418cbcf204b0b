def g():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("from handler")
try:
    g()
except ExceptionGroup as e:
    import traceback
    traceback.print_exception(e)
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    raise KeyError("from handler")
