# traceback: format_exc, format_exception, extract_tb/stack, chained
# exceptions, TracebackException and print_exc to a file.
import io
import sys
import traceback


def inner(x):
    return int(x)


def outer(x):
    return inner(x)


try:
    outer("zero")
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    etype, value, tb = sys.exc_info()
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in frames])
    print(traceback.format_exception_only(etype, value))

try:
    try:
        {}.pop("k")
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print("".join(lines).replace(__file__, "FILE"))
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__).__name__, te.exc_type.__name__, str(te))

buf = io.StringIO()
try:
    raise RuntimeError("to a file")
except RuntimeError:
    traceback.print_exc(file=buf)
print(buf.getvalue().splitlines()[-1])


def where():
    return traceback.extract_stack(limit=2)


s = where()
print([(f.name, f.lineno) for f in s])
print(traceback.format_list(s)[-1].replace(__file__, "FILE"), end="")
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(fs, fs.line)
