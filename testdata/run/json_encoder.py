# json.dumps through _json.make_encoder: output, options and errors must
# match CPython's C encoder exactly.
import json
import _json
from collections import OrderedDict
import enum

data = {
    "str": "plain", "esc": 'q"b\\s/\n\r\t\b\f\x00\x1f\x7f', "uni": "é中😀",
    "int": 12, "neg": -7, "big": 2**100, "float": 1.5, "tiny": 1e-300, "exp": 1e22,
    "none": None, "t": True, "f": False, "list": [1, [2, [3, []]], {}], "tuple": (1, 2),
    5: "int key", 2.5: "float key", None: "none key", True: "bool key",
}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2)[:80])
print(json.dumps({"b": 1, "a": [3, {"z": 1, "y": 2}], "c": None}, sort_keys=True))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
for bad in (float("nan"), [float("inf")], {"k": float("-inf")}, {float("nan"): 1}):
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps({float("inf"): 1, -0.0: 2}))


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y


def enc(o):
    if isinstance(o, Pt):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"no {type(o).__name__}")


print(json.dumps([Pt(1, 2), {3, 1, 2}], default=enc))
for bad in ([Pt(1, 2)], {"k": object()}, b"bytes", {1j: 2}, {(1, 2): 3}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({(1, 2): 3, "a": 1, 1j: 2, "b": 2}, skipkeys=True))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
loop = []
loop.append(loop)
d = {}
d["self"] = d
for bad in (loop, d):
    try:
        json.dumps(bad)
    except ValueError as e:
        print("ValueError:", e)


class Self:
    pass


try:
    json.dumps(Self(), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(loop, check_circular=False)
except RecursionError as e:
    print("RecursionError:", e)
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))


class MyStr(str):
    pass


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class Color(enum.IntEnum):
    RED = 1


class MyDict(dict):
    def items(self):
        return [("fixed", 1)]


class MyList(list):
    pass


print(json.dumps([MyStr("s"), MyInt(3), MyFloat(2.5), Color.RED, {MyStr("k"): 1, MyInt(4): 2, MyFloat(0.5): 3}]))
print(json.dumps([MyDict(a=1), MyList([1, 2]), OrderedDict([("z", 1), ("a", 2)])]))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)]), sort_keys=True))
print(json.dumps("just a string"), json.dumps(3), json.dumps(None), json.dumps([]), json.dumps({}))
deep = []
for i in range(12):
    deep = [deep, {"k": deep}]
print(len(json.dumps(deep)))
# The encoder object itself.
e = _json.make_encoder(None, None, _json.encode_basestring, None, ": ", ", ", True, False, True)
print(e({"b": [1, "é"], "a": None}, 0), e.sort_keys, e.key_separator, e.markers, e.indent)
e2 = _json.make_encoder({}, str, lambda s: "<" + s + ">", None, "=", ";", False, True, True)
print(e2({"a": ["b", object.__new__(Self).__class__.__name__]}, 0))
bad = _json.make_encoder(None, None, lambda s: 1, None, ":", ",", False, False, True)
try:
    bad(["x"], 0)
except TypeError as e:
    print("TypeError:", e)
for args in ([[], None, str, None, ":", ",", 0, 0, 0], [None, None, str, None, 1, ",", 0, 0, 0]):
    try:
        _json.make_encoder(*args)
    except TypeError as e:
        print("TypeError:", e)
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
print(list(json.JSONEncoder().iterencode([1, {"a": 2}])))
