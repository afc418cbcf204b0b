# IncrementalNewlineDecoder around a codecs incremental decoder.
import codecs, io
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
print(repr(d.decode(b"a\r")), repr(d.decode(b"\n\xc3")), repr(d.decode(b"\xa9\r", final=True)), d.newlines)
print(d.getstate())
d.setstate((b"", 0))
d.reset()
print(d.newlines, d.getstate())
print(io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8").encoding)
d = io.IncrementalNewlineDecoder(None, translate=False)
for piece in ["a\r", "\r", "\nb", "\r\n", "c\n", ""]:
    print(repr(d.decode(piece)), d.newlines, d.getstate())
print(repr(d.decode("", final=True)))
d.setstate((b"", 1))
print(repr(d.decode("x")), d.getstate())
try:
    io.IncrementalNewlineDecoder(None, True).decode(b"bytes")
except TypeError as e:
    print("TypeError", e)
