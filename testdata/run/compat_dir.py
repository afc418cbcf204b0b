# dir(obj) calls type(obj).__dir__ and sorts what it returns.
import enum


class Meta(type):
    def __dir__(cls):
        return ["zeta", "alpha"]


class WithMeta(metaclass=Meta):
    pass


class Own:
    def __dir__(self):
        return ("b", "a", "c")


class Sub(Own):
    x = 1


class Super:
    y = 2

    def __dir__(self):
        return ["extra"] + super().__dir__()


print(dir(WithMeta), dir(Own()), dir(Sub()))
print("extra" in dir(Super()), "y" in dir(Super()), "__class__" in dir(Super()))


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name


class Number(enum.IntEnum):
    ONE = 1


print(dir(Color))
print(dir(Color.RED))
print("bit_length" in dir(Number), "ONE" in dir(Number))


class Bad:
    def __dir__(self):
        return 5


try:
    dir(Bad())
except TypeError as e:
    print("TypeError", e)
