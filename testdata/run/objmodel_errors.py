# Error paths of the object-model additions (wrong self types, bad arguments).
class FS(frozenset):
    pass


class S:
    __slots__ = ("a",)


tests = [
    lambda: set.__init__(FS([1]), [2]),
    lambda: property.__get__(1, None, int),
    lambda: classmethod.__init__(1, len),
    lambda: S.a.__set__(1, 2),
    lambda: S.a.__get__(None, S) is S.a,
    lambda: list[int].__mro_entries__(1),
    lambda: tuple.__new__(FS),
    lambda: float.__new__(float, "x"),
    lambda: type.__abstractmethods__,
    lambda: (int | str)[int],
    lambda: list[int][()],
    lambda: classmethod(len).__get__(None, None),
    lambda: staticmethod(len).__get__(1),
    lambda: property().__get__(1),
    lambda: property().__set__(1, 2),
]
for i, f in enumerate(tests):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
