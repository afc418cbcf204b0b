e = OSError(2, 'No such file or directory', 'x')
print(type(e), e.errno, e.strerror, e.filename, str(e), e.args)
e = OSError(2, 'No such file')
print(type(e), repr(e), str(e))
try:
    raise OSError(13, 'Permission denied', 'a', None, 'b')
except OSError as e:
    print(type(e).__name__, e, e.filename2, e.args)
print(OSError('x').errno, OSError().strerror, str(OSError(1,2,3,4,5,6)))
b = BlockingIOError(11, 'x', 5)
print(b.characters_written, b.args, str(b), b.filename)
try:
    BlockingIOError(11, 'x').characters_written
except AttributeError as e: print("AE", e)
class E(OSError):
    def __init__(self, a):
        super().__init__(1, a)
x = E('hi')
print(x.errno, x.strerror, str(x), type(x).__name__)
print(OSError(99999, 'z').__class__.__name__, FileExistsError(17,'x').__class__, OSError(17,'y'))
print(isinstance(OSError(32,'p'), BrokenPipeError), IOError is OSError)
e = FileNotFoundError("plain")
print(e.errno, str(e))
