# Seeded random operation sequences on StringIO, BytesIO and
# TextIOWrapper/BufferedRandom over BytesIO, printing every result.
import io

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

PIECES = ["a", "bc", "\n", "\r\n", "\r", "xyz\n", "é", "€\n", "", "line\r"]
BPIECES = [b"a", b"bc", b"\n", b"\r\n", b"", b"xyz\n", b"\xff", b"0123456789"]

def run_str(nl):
    s = io.StringIO(newline=nl)
    out = []
    for _ in range(60):
        op = rnd(7)
        if op == 0:
            out.append(s.write(PIECES[rnd(len(PIECES))]))
        elif op == 1:
            out.append(s.seek(rnd(12)))
        elif op == 2:
            out.append(s.read(rnd(5) - 1))
        elif op == 3:
            out.append(s.readline(rnd(6) - 1))
        elif op == 4:
            out.append(s.tell())
        elif op == 5:
            out.append(s.truncate(rnd(15)) if rnd(2) else s.truncate())
        else:
            out.append(s.getvalue())
    print(repr(nl), out, s.newlines)

def run_bytes():
    b = io.BytesIO()
    out = []
    for _ in range(60):
        op = rnd(7)
        if op == 0:
            out.append(b.write(BPIECES[rnd(len(BPIECES))]))
        elif op == 1:
            out.append(b.seek(rnd(12) - 3, rnd(3)) if rnd(2) else b.seek(rnd(12)))
        elif op == 2:
            out.append(b.read(rnd(5) - 1))
        elif op == 3:
            out.append(b.readline(rnd(6) - 1))
        elif op == 4:
            out.append(b.tell())
        elif op == 5:
            out.append(b.truncate(rnd(15)))
        else:
            out.append(b.getvalue())
    print(out)

def run_text(nl):
    raw = io.BytesIO("héllo\nwörld\r\nthird\rline\n".encode() * 3)
    t = io.TextIOWrapper(io.BufferedRandom(raw, 16), encoding="utf-8", newline=nl)
    t._CHUNK_SIZE = 5
    cookies = [0]
    out = []
    for _ in range(40):
        op = rnd(6)
        if op == 0:
            out.append(t.read(rnd(7) - 1))
        elif op == 1:
            out.append(t.readline())
        elif op == 2:
            c = t.tell()
            cookies.append(c)
            out.append(c)
        elif op == 3:
            out.append(t.seek(cookies[rnd(len(cookies))]))
        elif op == 4:
            out.append(t.readline(rnd(4)))
        else:
            t.seek(0, 2)
            out.append(t.write(PIECES[rnd(len(PIECES))]))
    t.flush()
    print(repr(nl), out, t.newlines)
    print(raw.getvalue())

for nl in [None, "", "\n", "\r", "\r\n"]:
    run_str(nl)
for _ in range(5):
    run_bytes()
for nl in [None, "", "\n", "\r\n"]:
    run_text(nl)
