# Python classes built on the io ABCs: a raw stream wrapped by the C
# buffered and text layers, IOBase's generic methods, ABC registration.
import io

class Source(io.RawIOBase):
    def __init__(self, data, chunk=3):
        self.data = data
        self.pos = 0
        self.chunk = chunk
        self.calls = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.calls += 1
        n = min(len(b), self.chunk, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

s = Source(b"hello\nworld\nlast")
print(s.read(4), s.read(), s.read(), s.closed, s.readable(), s.writable(), s.seekable())
s = Source(b"a\nbb\nccc\n")
print(s.readline(), s.readlines())
s = Source(b"x\ny\n")
print(list(s))
br = io.BufferedReader(Source(b"one\ntwo\nthree\n" * 3, chunk=5), buffer_size=4)
print(br.readline(), br.peek(2)[:2], br.read(5), br.read1(3), br.read())
tw = io.TextIOWrapper(io.BufferedReader(Source("añb\r\nc\rd\n".encode(), chunk=2)), encoding="utf-8")
print(tw.readlines(), tw.newlines)

class Sink(io.RawIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

k = Sink()
bw = io.BufferedWriter(k, buffer_size=8)
print(bw.write(b"abc"), k.parts)
print(bw.write(b"defghijk"), k.parts)
bw.flush()
print(k.parts, bw.tell() if bw.seekable() else "unseekable")
t = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="latin-1", newline="\r\n")
t.write("a\nb")
t.flush()
print(t.buffer.raw.parts)
t.close()
print(t.closed, t.buffer.closed, t.buffer.raw.closed)

class Gen(io.IOBase):
    def __init__(self):
        self.lines = iter(["l1\n", "l2\n"])
    def readline(self, size=-1):
        return next(self.lines, "")
g = Gen()
print([x for x in g], g.closed, g.readable(), g.seekable())
with Gen() as g2:
    print(g2.readlines())
print(g2.closed)
try:
    g2.readlines()
except ValueError as e:
    print("ValueError", e)
for name in ["seek", "truncate", "fileno", "tell"]:
    try:
        getattr(Gen(), name)()
    except io.UnsupportedOperation as e:
        print(name, "UnsupportedOperation", e)
    except OSError as e:
        print(name, "OSError", e)
try:
    Gen()._checkReadable()
except io.UnsupportedOperation as e:
    print("checkReadable", e)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(issubclass(io.TextIOWrapper, io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
print(isinstance(open(__file__), io.TextIOBase), issubclass(io.BufferedRandom, io.IOBase))
print(io.IOBase.__module__, io.RawIOBase.__mro__)

class MyBytes(io.BytesIO):
    def __init__(self, data):
        super().__init__(data * 2)
        self.note = "twice"
m = MyBytes(b"ab")
print(m.getvalue(), m.note, m.read(1), type(m).__mro__[1])
k = Sink()
bw = io.BufferedWriter(k, buffer_size=4)
for chunk in [b"12", b"34", b"5", b"6789abcdef", b"g"]:
    bw.write(chunk)
    print(k.parts)
bw.close()
print(k.parts, k.closed)
