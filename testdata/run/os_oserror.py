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
print(OSError(2, 'x', 'f').__reduce__())
print(OSError(2, 'x', 'f', None, 'g').__reduce__())
print(BlockingIOError(11, 'x', 3).__reduce__(), OSError('a').__reduce__())
e = OSError(1, 'y')
e.extra = 5
print(e.__reduce__())
e2 = FileNotFoundError(2, 'No such file or directory', 'zz')
r = e2.__reduce__()
e3 = r[0](*r[1])
print(type(e3).__name__, e3, e3.filename, e3.errno)
