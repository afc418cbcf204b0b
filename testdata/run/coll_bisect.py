import bisect
import _bisect

print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=2))
print(bisect.bisect_right(a, 2, lo=1, hi=None))
print(bisect.bisect_left(a, 5, 0, -1), bisect.bisect_left(a, 5, 3, -7))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
    print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5.0)
print(b)

recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("e", 3), key=lambda r: r[1])
print(recs)

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

# tuples and strings
words = sorted(["pear", "apple", "fig", "kiwi"])
print(words, bisect.bisect_left(words, "grape"), bisect.bisect(words, "kiwi"))

# non-list sequence
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right((1, 2, 3), 2))

class MyList(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
ml = MyList([1, 3])
bisect.insort(ml, 2)
print(ml)

for f in [lambda: _bisect.bisect_right([1], 1, 0, 1, 2), lambda: _bisect.bisect_right([1]),
          lambda: _bisect.bisect_right([1], 1, foo=1), lambda: _bisect.bisect_right([1], 1, 0, lo=1),
          lambda: _bisect.bisect_right([1], 1, -1), lambda: _bisect.bisect_right([1], 1, "a"),
          lambda: _bisect.bisect_right([1], 1, 0, "a"), lambda: _bisect.insort_left(3, 1),
          lambda: _bisect.bisect_right(None, 1), lambda: _bisect.bisect_right([1], 1, hi=2**70),
          lambda: _bisect.bisect_left([1, 2], "x"), lambda: _bisect.insort((1, 2), 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
