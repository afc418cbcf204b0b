# BytesIO.getbuffer, readinto into memoryviews, and the stdlib users of
# io state: pickle through BytesIO, copy of StringIO/BytesIO, json.
import copy
import io
import json
import pickle

b = io.BytesIO(b"hello world")
v = b.getbuffer()
print(type(v).__name__, len(v), bytes(v[:5]), v.readonly)
v[0] = ord("J")
print(b.getvalue())
del v
src = io.BytesIO(b"0123456789")
ba = bytearray(6)
m = memoryview(ba)
print(src.readinto(m[2:]), ba)
print(io.BufferedReader(io.BytesIO(b"abcdef")).readinto(memoryview(ba)), ba)
try:
    src.readinto(memoryview(b"ro"))
except TypeError as e:
    print("TypeError", e)

s = io.StringIO()
json.dump({"a": [1, 2, {"b": None}]}, s, indent=2)
print(s.getvalue())
s.seek(0)
print(json.load(s))
data = pickle.dumps({"x": [1, 2.5, "s", b"b", (1, 2)]})
print(pickle.loads(data))
f = io.BytesIO()
pickle.dump([1, 2, 3], f)
f.seek(0)
print(pickle.load(f))
c = io.StringIO("abc")
c.read(1)
c2 = copy.copy(c)
print(c2.read(), type(c2).__name__)
d = copy.deepcopy(io.BytesIO(b"xyz"))
print(d.getvalue(), d.tell())
p = pickle.loads(pickle.dumps(io.BytesIO(b"pickled")))
print(p.getvalue())
