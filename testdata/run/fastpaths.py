# Fast paths of the evaluation loop against their generic fallbacks.
l = [1, 2, 3]
t = (4, 5, 6)
d = {"a": 1, 2: "b", (1, 2): 3}
print(l[0], l[-1], t[1], t[-3], d["a"], d[2], d[(1, 2)])
for bad in [lambda: l[3], lambda: l[-4], lambda: t[10], lambda: d["zz"], lambda: l["x"], lambda: d[[1]]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def __getitem__(self, i):
        return ("sub", i)
print(L([1])[0], L([1])[5])
class D(dict):
    def __missing__(self, k):
        return "missing " + str(k)
print(D()["q"], D(a=1)["a"])
l[1] = 20; l[-1] = 30
print(l)
try:
    l[5] = 1
except IndexError as e:
    print(e)
nan = float("nan")
out = []
for x in [1, 2.5, nan, -1, 10**30, 3]:
    if x < 2:
        out.append("lt")
    elif x > 2:
        out.append("gt")
    else:
        out.append("other")
    out.append(x == x)
print(out)
print([i < j for i in range(3) for j in (1.5, 1)])
for i, x in enumerate("abc", start=2**63 - 2):
    print(i, x)
for i, (a, b) in enumerate(zip("xy", [1, 2, 3])):
    print(i, a, b)
for a, b in zip([1, 2], "pq"):
    print(a, b)
try:
    for a, b in zip([1, 2], "p", strict=True):
        print(a, b)
except ValueError as e:
    print(e)
def gen():
    yield 1
    raise KeyError("inside")
try:
    for i, v in enumerate(gen()):
        print(i, v)
except KeyError as e:
    print("KeyError", e)
it = enumerate([5, 6])
for i, v in it:
    print(i, v)
print(list(it), next(enumerate([7])))
z = zip([1], [2])
for a, b in z:
    print(a, b)
print(list(z))
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print(x)
tt = (1, 2)
print([x for x in tt], [(a, b) for a, b in [(1, 2), (3, 4)]])
