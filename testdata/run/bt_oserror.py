# OSError's constructor, errno subclasses, attributes, str and reduce.
import copy
for args in [(2, "No such file", "f.txt"), (2, "No such file"), ("x",), (), (1, "perm", "a", None, "b"), (17, "exists", None),
             (99, "odd"), (11, "again", 5), (13, "denied", "p", 0), ("a", "b", "c", "d", "e", "f"), (2.5, "float errno")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, repr(str(e)), repr(e))
    print("  ", e.__reduce__())
for code in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5]:
    print(code, type(OSError(code, "m")).__name__, end="; ")
print()
print(type(FileNotFoundError(13, "x")).__name__, type(IOError(2, "x")).__name__, type(EnvironmentError(2, "x")).__name__)
b = BlockingIOError(11, "x", 5)
print(b.characters_written, b.args, str(b))
b.characters_written = 7
print(b.characters_written)
try:
    BlockingIOError(11, "x").characters_written
except AttributeError as ex:
    print("AttributeError", ex)
e = OSError(2, "nf", "f")
e.errno = 5
e.extra = 1
print(e.errno, str(e), e.__dict__)
c = copy.copy(OSError(2, "nf", "a", None, "b"))
print(type(c).__name__, c.args, c.filename, c.filename2, str(c))
try:
    OSError(2, "x", foo=1)
except TypeError as ex:
    print(ex)
class MyOS(OSError):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.tag = (a, b)
m = MyOS(2, "m")
print(type(m).__name__, m.errno, m.strerror, m.tag, str(m))
class MyOS2(OSError):
    pass
print(type(MyOS2(2, "x")).__name__, MyOS2(2, "x", "f").filename)
try:
    open_ = None
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as ex:
    print(type(ex).__name__, ex.errno, ex)
o = OSError(2, "x")
try:
    o.characters_written
except AttributeError as ex:
    print("AttributeError", ex)
o.characters_written = 3
print(o.characters_written, "characters_written" in dir(OSError))
