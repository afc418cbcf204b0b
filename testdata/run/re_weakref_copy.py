import re, weakref, copy
p = re.compile(r'(?P<x>a+)', re.I)
r = weakref.ref(p)
print(r() is p)
print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = p.match('AAb')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
class S(str): pass
m = re.match('a', S('abc'))
print(type(m.string).__name__, type(m.group()).__name__, m.string)
print(re.sub('x', 'y', S('axb')), type(re.sub('x', 'y', S('ab'))).__name__)
print(p.groupindex['x'])
