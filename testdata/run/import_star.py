# from m import * honours __all__, else skips names starting with '_'.
from import_support.starmod import *
print(a, b, _c)
try:
    d
except NameError as e:
    print(e)
from import_support.starnoall import *
print(x, y)
try:
    _hidden
except NameError as e:
    print(e)
try:
    from import_support.starbad import *
except TypeError as e:
    print(type(e).__name__, e)
class C:
    from import_support.starmod import *
print(C.a, C._c)
