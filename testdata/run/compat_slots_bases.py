# Nonempty __slots__ on subclasses of builtin types: allowed unless the base
# is variable-size (int, bytes, tuple), as in CPython.
for base in (str, float, set, frozenset, bytearray, complex, list, dict):
    class T(base):
        __slots__ = ("a",)
    x = T()
    x.a = 5
    try:
        x.b = 1
    except AttributeError as e:
        print(base.__name__, x.a, "AttributeError", e)
    print(hasattr(x, "__dict__"), isinstance(x, base))

for base in (int, bytes, tuple):
    try:
        class T(base):
            __slots__ = ("a",)
    except TypeError as e:
        print(e)

    class U(base):
        __slots__ = ()
    print(base.__name__, "empty slots ok", U() == base())
