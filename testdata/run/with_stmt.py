class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("s", True):
    raise ValueError("swallowed")
print("after")
try:
    with CM("t"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def f():
    with CM("ret"):
        return "value"
print(f())
try:
    with 5:
        pass
except TypeError as e:
    print(e)
