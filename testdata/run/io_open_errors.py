# open() argument checking and OSError messages.
import time
# A name per run (several harnesses run this at once); printed as "P-".
P = "/tmp/pyjit-test-io-open_errors-" + str(time.time_ns()) + "-"
_print = print


def print(*args, **kw):
    _print(*[str(a).replace(P, "P-") for a in args], **kw)

def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e, e.args)

t("missing", lambda: open("/nonexistent-dir-pyjit/x"))
t("missing w", lambda: open("/nonexistent-dir-pyjit/x", "w"))
t("dir", lambda: open("/tmp"))
t("dir w", lambda: open("/tmp", "w"))
try:
    open("/nonexistent-dir-pyjit/y")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
except OSError as e:
    print("wrong", e)
for mode in ["rw", "rr", "q", "", "b", "t", "bt", "r+t", "+", "ab+", "xw", "rU", "r++"]:
    t("mode " + repr(mode), lambda: open(P + "m", mode).close())
t("mode int", lambda: open(P + "m", 5))
t("enc binary", lambda: open(P + "m", "rb", encoding="utf-8"))
t("errors binary", lambda: open(P + "m", "rb", errors="strict"))
t("newline binary", lambda: open(P + "m", "rb", newline="\n"))
t("bad newline", lambda: open(P + "m", "r", newline="x"))
t("unbuffered text", lambda: open(P + "m", "r", buffering=0))
t("bad file", lambda: open(3.5))
t("bad file list", lambda: open([]))
t("bad encoding", lambda: open(P + "m", "r", encoding="no-such-codec"))
t("encoding type", lambda: open(P + "m", "r", encoding=5))
t("closefd name", lambda: open(P + "m", "r", closefd=False))
t("kw", lambda: open(P + "m", bogus=1))
import io
t("FileIO mode", lambda: io.FileIO(P + "m", "rw"))
t("FileIO mode2", lambda: io.FileIO(P + "m", "rt"))
t("FileIO neg", lambda: io.FileIO(-1))
t("Buffered size", lambda: io.BufferedReader(io.BytesIO(), 0))
t("TextIOWrapper enc", lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"))
print(open is io.open, io.open_code(P + "m").read())
e = FileNotFoundError(2, "No such file or directory")
print(str(e), e.args)
print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, ValueError), io.DEFAULT_BUFFER_SIZE)
print(io.text_encoding(None), io.text_encoding("latin-1"))
