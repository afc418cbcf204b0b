import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color.BLUE.value, Color(2), Color['RED'], list(Color), len(Color))
print(Color.RED is Color.RED, Color.RED == 1, Color.RED.name, isinstance(Color.RED, Color))
class P(IntEnum):
    A = 1
    B = 2
print(P.A + 1, P.B < 3, repr(P.A), str(P.A), format(P.B), sorted([P.B, P.A]))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), list(Perm), ~Perm.R)
class S(StrEnum):
    X = auto()
    Y = 'why'
print(S.X, S.Y.upper(), repr(S.X))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
print(Color.__members__.keys())
class F(IntFlag):
    A = 1
    B = 2
print(F.A | F.B, F(3), F.A | 4)
@enum.unique
class U(Enum):
    X = 1
print(U.X)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
