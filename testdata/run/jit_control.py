# Breaks, nested loops, loops in functions called many times, exceptions
# raised inside hot loops, ranges with odd steps.

def find(n, target):
    i = 0
    while True:
        if i * i >= target:
            break
        i += 1
    return i

print([find(0, t) for t in (0, 1, 2, 99, 100, 10000)])

def nested(n):
    total = 0
    for i in range(n):
        j = 0
        while j < i:
            total += i * j
            j += 1
        for k in range(3):
            total -= k
    return total

print(nested(5), nested(200))

def small(k):
    s = 0
    for i in range(k):
        s += i
    return s

print(sum(small(k) for k in range(600)))

def raiser(n):
    i = 0
    try:
        while i < n:
            i += 1
            if i == 777:
                raise ValueError("at " + str(i))
    except ValueError as e:
        return str(e), i
    return "done", i

print(raiser(100), raiser(5000))

def steps():
    out = []
    for step in (1, 2, 3, -1, -7, 1000):
        s = 0
        c = 0
        for i in range(-500, 500, step) if step > 0 else range(500, -500, step):
            s += i
            c += 1
        out.append((s, c))
    return out

print(steps())

def range_resume(n):
    it = iter(range(n))
    s = 0
    for x in it:
        s += x
        if x == 300:
            break
    rest = list(it)[:5]
    return s, rest, len(list(it))

print(range_resume(1000))

def for_else(n):
    for i in range(n):
        if i == n + 1:
            break
    else:
        return "else", i
    return "break", i

print(for_else(2000))

def loop_var_after(n):
    x = 0
    for x in range(n):
        pass
    return x

print(loop_var_after(1000), loop_var_after(1))

def big_range():
    s = 0
    for i in range(2**62, 2**62 + 1000):
        s += i
    return s

print(big_range())

def countdown():
    n = 2000
    hits = 0
    while n > 0:
        n -= 3
        if n % 2 == 0:
            hits += 1
    return n, hits

print(countdown())

def gen(n):
    for i in range(n):
        if i % 100 == 0:
            yield i

print(list(gen(1000)))

def unbound(n):
    for i in range(n):
        if i == 600:
            del i
            try:
                print(i)
            except UnboundLocalError as e:
                return "unbound", str(e)
    return "ok"

print(unbound(1000))
