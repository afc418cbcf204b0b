# SyntaxError and Unicode*Error constructors, member attributes and str.
print(StopIteration().value, StopIteration(1, 2).value, SyntaxError().msg, SyntaxError("m").msg, SyntaxError("m").lineno)
s = SyntaxError("m", ("f.py", 1, 2, "txt", 1, 3))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.print_file_and_line, str(s))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
u.start = 5
print(u.start)
try:
    compile("1 +", "x.py", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.filename)
def g():
    return 5
    yield
try:
    next(g())
except StopIteration as e:
    print(e.value, e.args)
e = UnicodeEncodeError("ascii", "é", 0, 1, "ord")
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
t = UnicodeTranslateError("é", 0, 1, "no")
print(t.object, t.start, t.end, t.reason, str(t))
print(sorted(StopIteration(3).__dict__), sorted(s.__dict__))
for bad in [lambda: UnicodeDecodeError(), lambda: UnicodeDecodeError(1, b"", 0, 1, "r"), lambda: UnicodeDecodeError("a", "s", 0, 1, "r"),
            lambda: UnicodeEncodeError("a", b"x", 0, 1, "r"), lambda: UnicodeDecodeError("a", b"x", "0", 1, "r"), lambda: UnicodeTranslateError("x", 0, 1),
            lambda: SyntaxError("m", (1, 2)), lambda: SyntaxError("m", 5)]:
    try:
        bad()
    except TypeError as ex:
        print(type(ex).__name__, ex)
print(str(UnicodeDecodeError("utf-8", b"abc", 0, 3, "bad")), str(UnicodeEncodeError("latin-1", "a\u20acb\U0001f600", 1, 2, "r")), str(UnicodeEncodeError("x", "\U0001f600", 0, 1, "r")))
print(str(UnicodeDecodeError("utf-8", bytearray(b"\x80"), 0, 1, "r")), UnicodeDecodeError("utf-8", memoryview(b"ab"), 0, 1, "r").object)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "x")
print(u.__dict__, u.args, repr(u))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as ex:
    print(str(ex))
print(repr(SyntaxError("m", ("f", 1, 2, "t"))), SyntaxError("m", ("f", 1, 2, "t")).args, IndentationError("i", ("g.py", 3, 1, "x")))
