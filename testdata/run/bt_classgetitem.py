# Which builtin types have __class_getitem__.
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and hasattr(getattr(builtins, n), "__class_getitem__"))
print(names)
d = {}
for T in [type(d.keys()), type(d.values()), type(d.items()), type(iter([])), type(reversed([]))]:
    print(T.__name__, hasattr(T, "__class_getitem__"))
print(list[int], dict[str, int], type[int], memoryview[int] if hasattr(memoryview, "__class_getitem__") else "-")
print(ExceptionGroup[int], BaseExceptionGroup[ValueError].__origin__)
