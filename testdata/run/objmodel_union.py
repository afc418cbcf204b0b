# types.UnionType: X | Y of classes, None and generic aliases.
print(int | str, int | None, list[int] | None, type(int | str), (int | str).__args__)
print(int | int, int | str == str | int, hash(int | str) == hash(str | int), (int | str) | float)
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | str), isinstance(None, int | None))
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(e)
try:
    int | "x"
except TypeError as e:
    print(e)
import types
print(types.UnionType, types.GenericAlias)
for x in ["s", 1]:
    try:
        print(isinstance(x, int | list[int]))
    except TypeError as e:
        print(e)
for c in [int, str]:
    try:
        print(issubclass(c, int | list[int]))
    except TypeError as e:
        print(e)
class TV:
    def __init__(self, name):
        self.__name__ = name

    def __typing_subst__(self, arg):
        return arg

    def __repr__(self):
        return "~" + self.__name__

    def __or__(self, o):
        return NotImplemented


T = TV("T")
u = int | list[T]
print(u, u.__parameters__, u[str], (int | str).__parameters__)
try:
    u[str, int]
except TypeError as e:
    print(e)
