# Writers nobody references any more are flushed (CPython's refcounting
# closes them at once); a writer still held keeps its buffered data.
import time
P = "/tmp/pyjit-test-io-unclosed-" + str(time.time_ns()) + "-"

open(P + "a", "w").write("one-liner\n")
print(repr(open(P + "a").read()))
open(P + "b", "wb").write(b"binary one-liner")
with open(P + "b", "rb") as f:
    print(f.read())
held = open(P + "a", "a")
held.write("held\n")
print(repr(open(P + "a").read()))
held.flush()
print(repr(open(P + "a").read()))
held.write("again\n")
del held
print(repr(open(P + "a").read()))

def write_in_function():
    f = open(P + "c", "w")
    f.write("from a function\n")
write_in_function()
print(repr(open(P + "c").read()))
for i in range(3):
    open(P + "d", "a").write(str(i))
print(open(P + "d").read())
