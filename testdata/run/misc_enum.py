import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
print([c.name for c in Color], Color.__members__.keys())
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE)
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, int(Num.TWO), Num(2), sorted([Num.TWO, Num.ONE]))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw), ~Perm.R)

class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, IP.A | 4, int(IP.B), IP(3))

class Auto(Enum):
    X = auto()
    Y = auto()
print(Auto.X.value, Auto.Y.value)

class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, S.B, S.A.upper(), S.B == 'bee')

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)

class Alias(Enum):
    A = 1
    B = 1
print(Alias.B is Alias.A, list(Alias), Alias.__members__['B'])

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
Shape = Enum('Shape', [('SQUARE', 2), ('CIRCLE', 5)])
print(Shape.CIRCLE.value, Shape(2))

class WithMethods(Enum):
    A = 1
    def describe(self):
        return self.name.lower() + str(self.value)
    @classmethod
    def first(cls):
        return list(cls)[0]
print(WithMethods.A.describe(), WithMethods.first())
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.RED])
print(Color.RED.__class__.__name__, isinstance(Color.RED, Color), type(Color).__name__)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
print(format(Num.ONE), f'{Color.RED}', f'{Num.TWO:>5}|')
