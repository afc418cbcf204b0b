# int // and % with Python's floor semantics in JIT traces, int ** 2, and
# divisors that become 0 or -1 in the middle of a hot loop.

def divmods(a, bs):
    q = 0
    m = 0
    for b in bs:
        q += a // b
        m += a % b
    return q, m

divisors = [1, 2, 3, 7, -1 + 3, -2, -3, -7, 10 ** 9, -(10 ** 9), 5] * 4
for a in (0, 1, -1, 7, -7, 100, -100, 2 ** 62, -(2 ** 62), -(2 ** 63), 2 ** 63 - 1):
    print(a, divmods(a, divisors))

print(divmods(-(2 ** 63), [3, 5, 7, 9, -1, 11]))
print(divmods(17, [3, 5, 7, 9, -1, 11, -1]))
try:
    divmods(17, [3, 5, 7, 9, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def digits(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s

print([digits(x) for x in (0, 9, 12345, 2 ** 62, 10 ** 18)])

def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

print([collatz(x) for x in range(1, 30)])

def squares(xs):
    t = 0
    for x in xs:
        t += x ** 2
    return t

print(squares(list(range(-20, 20))))
print(squares([3, 2 ** 31, 2 ** 32, 5]))
print(squares([1, 2, 3, 1.5, 2]))

def mod_floats(xs):
    t = 0
    for x in xs:
        t += x % 3
    return t

print(mod_floats([1, 2, 3, 4, 5, 6, 7, 8.5, -1.5, 9, 10]))
