# Object references in JIT traces: locals holding lists, tuples, None and
# bools; FOR_ITER over lists and tuples at the loop head; element types
# that change in the middle of a hot loop (the guards exit and the
# interpreter takes over).

def sum_list(xs):
    total = 0.0
    for x in xs:
        total += x
    return total

floats = [i * 0.5 for i in range(100)]
print(sum_list(floats))
print(sum_list(tuple(floats)))
print(sum_list([]), sum_list(()))

def sum_mixed(xs):
    total = 0
    for x in xs:
        total = total + x
    return total

# ints, then floats, then an int too big for int64 arithmetic.
print(sum_mixed([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0.5, 1.5, 2.5, 2 ** 70, 3]))
print(sum_mixed(list(range(50)) + [True, False, True] + list(range(5))))

def type_error(xs):
    total = 0
    for x in xs:
        total += x
    return total

try:
    type_error([1, 2, 3, 4, 5, 6, 7, 8, "nine", 10])
except TypeError as e:
    print("TypeError:", e)

def with_objects(xs, flag):
    seen = None
    count = 0
    label = "items"
    for x in xs:
        if flag:
            count += x
        if seen:
            count += 1
        other = xs
    return count, label, other is xs

print(with_objects([1, 2, 3, 4, 5, 6], True))
print(with_objects([1, 2, 3, 4, 5, 6], False))

def switch_seq():
    out = []
    for seq in ([1, 2, 3, 4], (5, 6, 7, 8), [9.5, 10.5], (11, "x"), []):
        s = 0
        for v in seq:
            if v == "x":
                s += 100
            else:
                s += v
        out.append(s)
    return out

print(switch_seq())

def nested_lists(rows):
    total = 0
    for row in rows:
        for v in row:
            total += v
    return total

print(nested_lists([[1, 2, 3], [4, 5], [], [6.5, 7.5], (8, 9)]))

def bools(xs):
    n = 0
    for b in xs:
        if b:
            n += 1
    return n

print(bools([True, False, True, True, False, 1, 0, 2.0, 0.0, None, True]))

def mutate_while_iterating():
    xs = [1, 2, 3]
    total = 0
    for x in xs:
        total += x
        if len(xs) < 10:
            xs.append(x + 10)
    return total, xs

print(mutate_while_iterating())

def none_local(n):
    last = None
    i = 0
    for v in range(n):
        if last is None:
            i += 1
        last = v
    return i, last

print(none_local(20))
