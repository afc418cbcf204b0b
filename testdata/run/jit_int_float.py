# Hot loops whose locals change type mid-loop, int overflow into big ints,
# float division by zero inside a hot loop.

def sum_to(n):
    i = 0
    total = 0
    while i < n:
        total += i * 2
        i += 1
    return total

for n in (0, 1, 5, 1000, 3000):
    print(sum_to(n))

def int_then_float(n):
    x = 0
    half = n // 2
    for i in range(n):
        if i == half:
            x = x + 0.5
        x = x + 1
    return x

print(int_then_float(10), int_then_float(1001))

def float_then_int(n):
    x = 1.5
    i = 0
    while i < n:
        x = x * 1.5
        i = i + 1
        if i == 7:
            x = 3
    return x

print(float_then_int(5), float_then_int(50))

def overflow(n):
    a = 1
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a

print(overflow(10), overflow(100), overflow(300))

def mul_overflow():
    x = 3
    k = 0
    while k < 100:
        x = x * 3 - 1
        k += 1
    return x

print(mul_overflow())

def neg_overflow():
    x = -(2 ** 62)
    steps = 0
    while steps < 10:
        x = x - 2 ** 61
        steps += 1
    return x

print(neg_overflow())

def floats(n):
    acc = 0.0
    x = 0.1
    for i in range(n):
        acc = acc + x * i - 0.25
        acc = acc / 1.0001
    return acc

print(floats(10), floats(5000))

def mixed(n):
    acc = 0.0
    for i in range(1, n):
        acc += 1 / i
        acc -= i * 0.5
        acc += i
    return acc

print(mixed(2000))

def divzero(n):
    out = []
    d = 3.0
    total = 0.0
    for i in range(n):
        d = d - 1.0
        try:
            total = total + 1.0 / d
        except ZeroDivisionError as e:
            out.append(("zde", i, str(e)))
            d = 10.0
    return total, out

print(divzero(40))

def nan_compare(n):
    x = 0.0
    count = 0
    for i in range(n):
        if x < 1e300:
            count += 1
        if i == 20:
            x = float("nan")
    return count

print(nan_compare(100))

def negzero():
    x = -0.0
    r = 0.0
    for i in range(50):
        r = x * 1.0
    return r

print(negzero())

def bitops(n):
    h = 5381
    for i in range(n):
        h = (h * 33) ^ i
        h = h & 0xFFFFFFFF
        h = h | 1
    return h

print(bitops(10000))

def truthy(n):
    k = n
    c = 0
    while k:
        k -= 1
        c += 2
    f = 3.0
    while f:
        f = f - 1.0
        c += 1
    return c

print(truthy(700))

def unary(n):
    a = 0
    b = 0.0
    c = 0
    m = -(2 ** 62) - 2 ** 62
    for i in range(n):
        a = -a + -i
        b = -b - 0.5 * +i
        c = ~c ^ i
    z = 0.0
    for i in range(20):
        z = -z
    w = 0
    for i in range(20):
        w = -m
        if i == 10:
            m = m + 1
    return a, b, c, z, w

print(unary(1000), unary(7))
