class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack().push(1).push(2).push(3)
print(len(s), s.pop(), len(s))
m = s.push
m(10)
print(s.items, m.__self__ is s, m.__func__.__name__, Stack.push(s, 11).items)
print(str.upper("x"), list.append, [].append.__name__)
print(repr(Stack.push)[:22], repr(m)[:31])
meths = [s.pop, s.pop]
print([f() for f in meths])
print(dict.get({"a": 1}, "a"), int.__add__(1, 2), (1).__add__(2), object.__repr__(1)[:12] if False else "")
