# types.GenericAlias from subscripting builtin classes.
print(list[int], dict[str, int], tuple[int, ...], type[int], tuple[()])
print(set[list[int]], frozenset[str], enumerate[int])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, type(a).__name__)
print(a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a([1, 2]), a.append is list.append)
print(dict[str, list[int]].__args__)


class K:
    pass


print(list[K], dict[K, "x"])
try:
    list[int][str]
except TypeError as e:
    print(e)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList([1]))
try:
    int[str]
except TypeError as e:
    print(e)
