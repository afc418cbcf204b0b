# copy, deepcopy and pickling (protocols 1-3) of the C collections types.
import copy
import pickle
import sys
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
from functools import partial
from operator import itemgetter, attrgetter, methodcaller

P = namedtuple("P", "x y")
print(P.__module__, sys._getframe().f_code.co_name, sys._getframe(0).f_globals is globals())
def where():
    return sys._getframe(1).f_code.co_name
def caller():
    return where()
print(caller())
try:
    sys._getframe(500)
except ValueError as e:
    print("ValueError", e)

def cmp(o, r):
    if isinstance(o, partial):
        return (r.func, r.args, r.keywords) == (o.func, o.args, o.keywords)
    if callable(o):
        return repr(r) == repr(o)
    return r == o and type(r) is type(o)

def k(x):
    return -x
objs = [deque([1, [2]], maxlen=5), deque("ab"), defaultdict(list, {1: [2]}), OrderedDict(a=[1], b=2), Counter("aab"),
        P(1, [2]), partial(k, 1), partial(divmod, 7), itemgetter(1, 2), attrgetter("a.b"), methodcaller("f", 1, k=2)]
for o in objs:
    c = copy.copy(o)
    d = copy.deepcopy(o)
    print(type(c).__name__, cmp(o, c), cmp(o, d))
for o in objs:
    print(type(o).__name__, [cmp(o, pickle.loads(pickle.dumps(o, proto))) for proto in (1, 2, 3)])

class DQ(deque):
    pass
x = DQ([1, 2], 3)
x.attr = 1
y = pickle.loads(pickle.dumps(x, 2))
print(type(y).__name__, y, y.maxlen, y.attr)
it = iter(deque([1, 2, 3]))
next(it)
print(list(pickle.loads(pickle.dumps(it, 2))))
dd = defaultdict(int, a=1)
dd2 = copy.deepcopy(dd)
dd2["b"] += 1
print(dd, dd2, dd2.default_factory)
import math
print(len.__reduce__(), math.sqrt.__reduce__(), [].append.__reduce__()[1], len.__qualname__, [].append.__qualname__)
print(pickle.loads(pickle.dumps(len, 2)), pickle.loads(pickle.dumps([max, math.floor], 2)))
