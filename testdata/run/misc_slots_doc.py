class Special:
    __slots__ = ('_name', '__doc__', '_getitem')
    def __init__(self, doc):
        self._name = 'x'
        self.__doc__ = doc
s = Special('the doc')
print(s.__doc__, s._name, type(Special.__dict__['__doc__']).__name__)
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print(e)
class Documented:
    "docstring"
    __slots__ = ('x',)
print(Documented.__doc__)
