import keyword, reprlib, types, abc

print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.softkwlist)
r = reprlib.Repr()
r.maxlist = 3
print(reprlib.repr(list(range(100))), r.repr([1, 2, 3, 4, 5]), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))

class Cached:
    @reprlib.recursive_repr()
    def __repr__(self):
        return '<Cached %s>' % self.items
c = Cached()
c.items = [c]
print(repr(c))

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
def gen():
    yield 1
print(isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))
print(types.MappingProxyType({'k': 1})['k'])
Dyn = types.new_class('Dyn', (object,), {}, lambda ns: ns.update(x=5))
print(Dyn.__name__, Dyn.x)
print(types.resolve_bases((int,)), types.NoneType, types.NotImplementedType, types.EllipsisType)

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass
    @property
    @abc.abstractmethod
    def name(self):
        pass
class Impl(Base):
    def run(self):
        return 'ran'
    @property
    def name(self):
        return 'impl'
try:
    Base()
except TypeError as e:
    print(e)
print(Impl().run(), Impl().name, isinstance(Impl(), Base), sorted(Base.__abstractmethods__))
class Virtual(abc.ABC):
    pass
Virtual.register(int)
print(isinstance(3, Virtual), issubclass(int, Virtual), issubclass(str, Virtual))
class Meta(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Duck:
    def quack(self):
        pass
print(issubclass(Duck, Meta), isinstance(1, Meta), abc.get_cache_token() is not None)
n2 = types.SimpleNamespace()
n2.self = n2
print(n2, types.SimpleNamespace(x=1) != types.SimpleNamespace(x=2), types.SimpleNamespace(x=1) == 1)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
class Sub(types.SimpleNamespace):
    pass
print(Sub(q=1), types.SimpleNamespace.__name__, types.SimpleNamespace, vars(types.SimpleNamespace(z=3)))
import sys
print(type(sys.implementation) is types.SimpleNamespace, sys.implementation.name == 'cpython' or True)
