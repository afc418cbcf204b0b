import types, sys
m = types.ModuleType('x')
print(m, m.__name__, m.__doc__, m.__dict__)
m2 = types.ModuleType('y', 'docs')
m2.a = 1
print(m2.a, m2.__doc__, sorted(m2.__dict__))
class M(types.ModuleType):
    def hello(self):
        return "hello from " + self.__name__
    @property
    def prop(self):
        return 42
mm = M('mymod')
mm.val = 3
print(mm, mm.hello(), mm.prop, mm.val, isinstance(mm, types.ModuleType), type(mm).__name__)
sys.modules['mymod'] = mm
import mymod
print(mymod is mm)
try:
    mm.nothing
except AttributeError as e:
    print(e)
try:
    types.ModuleType(5)
except TypeError as e:
    print(e)
import importlib.util
print(importlib.util.find_spec('json').name)
del mm.val
print(hasattr(mm, 'val'))
