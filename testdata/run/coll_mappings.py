from collections import Counter, OrderedDict, ChainMap, UserDict, UserList, UserString

c = Counter("abracadabra")
print(sorted(c.items()), c["a"], c["z"], len(c))
print(c.most_common(3), c.most_common(1))
c.update("aaz")
print(c["a"], c["z"], c.total())
c.subtract({"a": 10})
print(c["a"], sorted(c.elements()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-2), -Counter(a=1, b=-2))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(2), wc, repr(Counter()))
print(Counter({"x": 2}) == Counter(x=2), dict(Counter([1, 1, 2])))
del wc["the"]
print(wc)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o2 = OrderedDict([(1, 1), (2, 2)])
o3 = OrderedDict([(2, 2), (1, 1)])
print(o2 == o3, dict(o2) == dict(o3), o2 == {2: 2, 1: 1})
print(list(reversed(o2)), o2 | {3: 3})

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0))
cm["c"] = 9
print(cm.maps)
child = cm.new_child({"a": 100})
print(child["a"], child.parents["a"], "c" in child)
print(dict(ChainMap({1: 1}, {2: 2})))

class MyDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)
md = MyDict({"x": 1})
md["y"] = 5
print(md, md.data, len(md), "x" in md, md.get("y"))
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], len(ul), ul + [5])
us = UserString("hello")
print(us.upper(), us[1:3], len(us), us + "!")

# _count_elements fast and slow paths
from collections import Counter
from _collections import _count_elements
class Loud(Counter):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
Loud("aab")
class G(dict):
    def get(self, k, default=None):
        print("get", k)
        return dict.get(self, k, default)
g = G()
_count_elements(g, "xyx")
print(g)
m = {}
_count_elements(m, [1, 1, 2.0, 2, True])
print(m)
try:
    _count_elements({}, [[1]])
except TypeError as e:
    print(e)
c = Counter(a=1)
_count_elements(c, iter("aab"))
print(c)
