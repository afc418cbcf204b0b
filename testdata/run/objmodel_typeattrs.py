# Writable __name__, __qualname__, __module__, __doc__ of classes.
class A:
    pass


A.__name__ = "B"
A.__qualname__ = "Q.B"
A.__module__ = "m"
A.__doc__ = "d"
print(A, A.__name__, A.__qualname__, A.__doc__, repr(A()).split(" object")[0])
for n, v in [("__name__", 1), ("__qualname__", 1), ("__name__", "a\x00b")]:
    try:
        setattr(A, n, v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    int.__name__ = "x"
except Exception as e:
    print(type(e).__name__, e)
print(A.__dict__.get("__module__"))
for n in ["__name__", "__module__"]:
    try:
        delattr(A, n)
    except Exception as e:
        print(type(e).__name__, e)
