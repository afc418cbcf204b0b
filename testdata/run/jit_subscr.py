# List and tuple indexing, unpacking and item stores in JIT traces,
# including items and lengths that change in the middle of a hot loop.

def advance(dt, n, bodies):
    for _ in range(n):
        for (r, [vx, vy, vz], m) in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz * m

bodies = [([1.0, 2.0, 3.0], [0.5, -0.25, 0.125], 2.0),
          ([-1.0, 0.0, 1.0], [0.1, 0.2, 0.3], 0.5)]
advance(0.01, 200, bodies)
print(bodies)

def index_sum(xs, idx):
    total = 0
    for i in idx:
        total += xs[i]
    return total

print(index_sum([10, 20, 30, 40], [0, 1, 2, 3, 3, 2, 1, 0] * 5))
print(index_sum((1.5, 2.5), [0, 1] * 10 + [1]))
try:
    index_sum([1, 2, 3], [0, 1, 2, 0, 1, 2, 3])
except IndexError as e:
    print("IndexError:", e)
print(index_sum([1, 2, 3], [0, 1, 2, 0, 1, -1, -2]))
print(index_sum([1, 2, 3.5, "x"][:3], [0, 1, 2, 0, 1, 2]))

def store_loop(xs, n):
    for i in range(n):
        xs[i % 3 if False else 0] = xs[0] + 1
        xs[1] = xs[1] * 2
    return xs

print(store_loop([0, 1, 2], 30))
print(store_loop([0.0, 1.0, "s"], 10))
print(store_loop([0, 1.0, None], 10))

def store_changes_kind(xs):
    for i in range(len(xs)):
        xs[i] = xs[i] + 1
    return xs

print(store_changes_kind([1, 2, 3, 4, 5, 6, 7, 8.5, 9.5, 2 ** 63 - 1, 10]))

def unpack_pairs(pairs):
    s = 0
    for a, b in pairs:
        s += a * b
    return s

print(unpack_pairs([(1, 2), (3, 4), [5, 6], (7.5, 2), (1, 2)]))
try:
    unpack_pairs([(1, 2), (3, 4), (5, 6), (1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)

def swap_loop(xs, n):
    for _ in range(n):
        xs[0], xs[1] = xs[1], xs[0]
    return xs

print(swap_loop([1, 2], 11), swap_loop([1.5, 2.5], 10))

def bubble(xs):
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs

print(bubble([5, 3, 9, 1, 7, 2, 8, 6, 4, 0]))
print(bubble([2.5, -1.0, 3.25, 0.0, 9.0, -7.5]))
