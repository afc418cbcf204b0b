# reprlib imports _thread.get_ident for recursive_repr's guard.
import reprlib


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(" + repr(self.children) + ")"


n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n))
print(reprlib.repr("x" * 100))
print(reprlib.repr(list(range(50))), reprlib.repr({i: i for i in range(20)}))
r = reprlib.Repr()
r.maxlist = 3
print(r.repr([1, 2, 3, 4, 5]), r.repr(set(range(10))), r.repr((1, (2, (3, (4, (5, (6, (7,)))))))))
