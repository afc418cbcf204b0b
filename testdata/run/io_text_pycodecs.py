# TextIOWrapper with encodings implemented by the codecs module.
import io
import time
P = "/tmp/pyjit-test-io-text_pycodecs-" + str(time.time_ns()) + "-"

for enc in ["utf-16", "utf-16-le", "cp1252", "utf-8-sig", "UTF-16"]:
    with open(P + "a", "w", encoding=enc) as f:
        print(enc, f.encoding, f.write("héllo\nwörld\r\n"), f.write("€ end\n" if enc != "cp1252" else "x\n"))
    with open(P + "a", "rb") as f:
        print(" ", f.read())
    with open(P + "a", encoding=enc) as f:
        print(" ", f.readline(), repr(f.read()), f.newlines)
    with open(P + "a", encoding=enc, newline="") as f:
        print(" ", f.readlines())
    with open(P + "a", "a", encoding=enc) as f:
        f.write("appended\n")
    with open(P + "a", "rb") as f:
        print(" ", f.read()[-22:])

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-16-le")
w.write("ab\ncd\n")
w.flush()
print(b.getvalue())
w.seek(0)
print(repr(w.read()))
w.seek(0)
print(repr(w.readline()), w.tell())
try:
    io.TextIOWrapper(io.BytesIO(), encoding="no-such")
except LookupError as e:
    print("LookupError", e)
r = io.TextIOWrapper(io.BytesIO("aé\n".encode("cp1252")), encoding="latin-1")
r.reconfigure(encoding="cp1252")
print(repr(r.read()))

# Remove this run's files.
import glob
import os
for name in glob.glob(glob.escape(P) + "*"):
    os.remove(name)
print(len(glob.glob(glob.escape(P) + "*")))
