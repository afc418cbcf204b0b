# classmethod/staticmethod copy the function's metadata; __isabstractmethod__.
def f():
    "doc"


f.x = 1
s = staticmethod(f)
print(s.__name__, s.__doc__, s.__isabstractmethod__, classmethod(f).__qualname__, s.__module__, s.__annotations__)
s2 = staticmethod(len)
print(s2.__name__)


def g():
    pass


g.__isabstractmethod__ = True
print(classmethod(g).__isabstractmethod__, property(g).__isabstractmethod__, property(None, g).__isabstractmethod__, property().__isabstractmethod__)
s.extra = 5
print(s.extra)
