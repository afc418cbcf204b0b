# __abstractmethods__ and the abstract-class check of object.__new__
# (what abc.ABCMeta relies on), plus __instancecheck__/__subclasscheck__
# on a metaclass.
class A:
    def f(self):
        pass


A.__abstractmethods__ = frozenset({"f", "g"})
try:
    A()
except TypeError as e:
    print(e)
print(sorted(A.__abstractmethods__))
A.__abstractmethods__ = frozenset({"f"})
try:
    A()
except TypeError as e:
    print(e)
A.__abstractmethods__ = frozenset()
print(type(A()).__name__)
A.__abstractmethods__ = {"h"}
del A.__abstractmethods__
print(type(A()).__name__)
try:
    A.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42

    def __subclasscheck__(cls, sub):
        return sub is int


class Answer(metaclass=Meta):
    pass


print(isinstance(42, Answer), isinstance(41, Answer), isinstance(42, (str, Answer)))
print(issubclass(int, Answer), issubclass(str, Answer), isinstance(Answer(), Answer))
