# FOR_ITER over enumerate() of a list or tuple at a JIT loop head, with
# starts near the int64 limit, items changing type and loops left early.

def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def times_row(i, u):
    total = 0.0
    for j, u_j in enumerate(u):
        total += eval_a(i, j) * u_j
    return total

u = [1.0 + k * 0.01 for k in range(60)]
print([round(times_row(i, u), 12) for i in range(4)])
print(times_row(2, tuple(u)))

def weighted(xs, start):
    s = 0
    for i, x in enumerate(xs, start):
        s += i * x
    return s

print(weighted([1, 2, 3, 4, 5, 6, 7, 8], 0))
print(weighted([1, 2, 3, 4, 5, 6, 7, 8], 2 ** 63 - 5))
print(weighted([1, 2, 3, 4, 5, 6, 7, 8], -(2 ** 63)))
print(weighted([1, 2, 3, 4.5, 5, 6, "x" * 0 or 7, 8], 1))

def first_big(xs):
    for i, x in enumerate(xs):
        if x > 10:
            return i
    return -1

print(first_big([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]), first_big([1, 2]))

def resume_after_break(xs):
    e = enumerate(xs)
    s = 0
    for i, x in e:
        s += x
        if i == 5:
            break
    rest = list(e)
    return s, rest

print(resume_after_break(list(range(10, 20))))
