# float() parses bytes-like objects (pickle protocol 0 needs it).
import pickle
for b in (b"1.5", b" -2e3 ", bytearray(b"inf"), memoryview(b"7"), b"abc", b"\xff1", b"1_0.5"):
    try:
        print(float(b))
    except ValueError as e:
        print("ValueError", e)
for proto in range(6):
    print(pickle.loads(pickle.dumps([1.25, -0.0, 1e300, 2j], proto)))
