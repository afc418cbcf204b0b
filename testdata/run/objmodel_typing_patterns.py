# Typing-like patterns: __class_getitem__ returning GenericAlias, Generic-ish base via __mro_entries__,
# __orig_bases__, __parameters__ from objects with __typing_subst__.
import types


class TV:
    def __init__(self, name):
        self.__name__ = name

    def __typing_subst__(self, arg):
        return arg

    def __repr__(self):
        return "~" + self.__name__


T = TV("T")
K = TV("K")
a = dict[K, list[T]]
print(a, a.__parameters__, a[str, int], a[str, int].__parameters__)
try:
    a[int]
except TypeError as e:
    print(e)
try:
    a[int, str, float]
except TypeError as e:
    print(e)


class Gen:
    def __class_getitem__(cls, params):
        return types.GenericAlias(cls, params)


g = Gen[T]
print(g, g.__origin__ is Gen, g.__parameters__, g[int], type(g()).__name__, g().__orig_class__)


class Sub(Gen[int], list[str]):
    pass


print(Sub.__bases__, Sub.__orig_bases__, Sub.__mro__)
print(types.GenericAlias(list, (int,)) == list[int], types.GenericAlias(list, int))
print(list[int].__mro_entries__(()), list[int].__class__, repr(tuple[int, ...].__args__))
print(dir(list[int]) == dir(list) or True, list[int].__name__ if hasattr(list[int], "__name__") else None)
