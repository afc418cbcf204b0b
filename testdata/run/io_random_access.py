# Mixed reads, writes and seeks on BufferedRandom and TextIOWrapper in
# update modes.
import io
import time
P = "/tmp/pyjit-test-io-random_access-" + str(time.time_ns()) + "-"

state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

with open(P + "r.bin", "wb") as f:
    f.write(bytes(range(48, 48 + 40)))
out = []
with open(P + "r.bin", "r+b", buffering=8) as f:
    for _ in range(80):
        op = rnd(6)
        if op == 0:
            out.append(f.read(rnd(6)))
        elif op == 1:
            out.append(f.write(b"xyz"[:rnd(4)]))
        elif op == 2:
            out.append(f.seek(rnd(45)))
        elif op == 3:
            out.append(f.tell())
        elif op == 4:
            out.append(f.peek(1)[:1])
        else:
            # (CPython's read1 right after a write reads at the raw
            # position, before the pending write: flush first.)
            f.flush()
            out.append(f.read1(rnd(5)))
print(out)
with open(P + "r.bin", "rb") as f:
    print(f.read())

bio = io.BytesIO(b"0123456789" * 3)
br = io.BufferedRandom(bio, 4)
print(br.read(3), br.write(b"AB"), br.tell(), br.read(2), br.seek(0), br.read(8))
br.seek(25)
br.write(b"end!!!!!")
br.flush()
print(bio.getvalue(), br.tell())
print(br.seek(-4, 2), br.read(), br.seek(-2, 1), br.read())

with open(P + "t.txt", "w+") as f:
    f.write("alpha\nbeta\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.seek(f.tell())
    f.write("BETA\n")
    f.seek(0)
    print(repr(f.read()))
with open(P + "t.txt", "r+") as f:
    print(repr(f.read(3)))
    f.seek(0, 2)
    f.write("gamma\n")
    f.seek(0)
    print(f.readlines())
with open(P + "t.txt", "a+") as f:
    print(f.tell(), repr(f.read()))
    f.write("delta\n")
    f.seek(0)
    print(f.readlines())
