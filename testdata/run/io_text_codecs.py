# TextIOWrapper encodings, errors and newline translation, over files and
# BytesIO.
import io
import time
# A name per run (several harnesses run this at once); printed as "P-".
P = "/tmp/pyjit-test-io-text_codecs-" + str(time.time_ns()) + "-"
_print = print


def print(*args, **kw):
    _print(*[str(a).replace(P, "P-") for a in args], **kw)

def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

for enc in ["utf-8", "latin-1", "ascii", "UTF8", "iso-8859-1"]:
    with open(P + "e.txt", "w", encoding=enc) as f:
        print(enc, f.encoding, f.write("abc é\n" if enc != "ascii" else "abc\n"))
    with open(P + "e.txt", "rb") as f:
        print(" ", f.read())
    with open(P + "e.txt", encoding=enc) as f:
        print(" ", repr(f.read()))

t("encode error", lambda: open(P + "e.txt", "w", encoding="ascii").write("é"))
with open(P + "e.txt", "w", encoding="ascii", errors="replace") as f:
    f.write("aé✓b\n")
print(open(P + "e.txt", "rb").read())
with open(P + "e.txt", "w", encoding="ascii", errors="backslashreplace") as f:
    print(f.errors, f.write("aé✓b\n"))
print(open(P + "e.txt", "rb").read())
with open(P + "bad.txt", "wb") as f:
    f.write(b"ok\xff\xfeend\n")
t("decode error", lambda: open(P + "bad.txt").read())
for errs in ["replace", "ignore", "surrogateescape", "backslashreplace"]:
    with open(P + "bad.txt", errors=errs) as f:
        print(errs, ascii(f.read()))

# newline translation on write
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P + "n.txt", "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(P + "n.txt", "rb") as f:
        print(repr(nl), f.read())
# and on read
with open(P + "n.txt", "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r\n\r\nend")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P + "n.txt", newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
with open(P + "n.txt") as f:
    print(repr(f.read()), f.newlines)

# multibyte characters split across chunks
with open(P + "u.txt", "w", encoding="utf-8") as f:
    f.write("€" * 5000 + "\n" + "ü" * 3 + "\n")
with open(P + "u.txt", encoding="utf-8") as f:
    f._CHUNK_SIZE = 7
    a = f.readline()
    print(len(a), a[:3], f.tell())
    print(repr(f.readline()), f.tell(), repr(f.read()))
    f.seek(3)
    print(repr(f.read(2)), f.tell())

# tell/seek cookies
with open(P + "s.txt", "w") as f:
    f.write("abc\ndéf\nghi\n")
with open(P + "s.txt") as f:
    pos = []
    while True:
        pos.append(f.tell())
        if not f.readline():
            break
    print(pos)
    f.seek(pos[1])
    print(repr(f.readline()))
    t("seek cur", lambda: f.seek(1, 1))
    t("seek end", lambda: f.seek(1, 2))
    t("seek neg", lambda: f.seek(-1))
    t("whence", lambda: f.seek(0, 9))
    print(f.seek(0, 2), f.seek(0, 1), repr(f.read()))

# TextIOWrapper over BytesIO
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
print(w.write("x\ny\n"), w.encoding, w.newlines)
w.flush()
print(b.getvalue())
w.seek(0)
print(repr(w.read()))
print(repr(w.buffer is b), w.detach() is b)
t("detached", lambda: w.read())
t("detached repr", lambda: repr(w))
w = io.TextIOWrapper(io.BytesIO(b"a\nb\n"), encoding="latin-1")
print(w.readlines(), repr(w))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
print(w.line_buffering, w.write_through)
w.reconfigure(line_buffering=False, write_through=True)
print(w.line_buffering, w.write_through)
w.reconfigure(encoding="latin-1", errors="replace", newline="\r")
w.write("é\n")
w.flush()
print(w.encoding, w.errors, w.buffer.getvalue())

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\n\r")), d.newlines, d.getstate())
