# float ** and math functions computed by calls out of JIT traces, with
# arguments that make them raise (or return complex numbers) in the
# middle of hot loops.
import math

def mags(pairs):
    total = 0.0
    for dx, dy in pairs:
        total += (dx * dx + dy * dy) ** (-1.5)
    return total

print(mags([(1.0, 2.0), (0.5, 0.25), (3.0, 4.0)] * 10))
try:
    mags([(1.0, 2.0), (0.5, 0.25), (0.0, 0.0)])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def powers(xs, y):
    out = []
    for x in xs:
        out.append(x ** y)
    return out

def pow_sum(xs, y):
    s = 0.0
    for x in xs:
        s += x ** y
    return s

print(pow_sum([1.5, 2.0, 2.5, 3.0, 0.5] * 4, 0.5))
print(pow_sum([1.5, 2.0, 2.5, 3.0, 0.5] * 4, 3))
print(pow_sum([1.5, 2.0, 2.5, 3.0, 4, 5, 0.5], 2.0))
print(pow_sum([1.5, 2.0, 2.5, -3.0, 0.5], 2.5))
try:
    pow_sum([1.5, 2.0, 2.5, 1e300, 0.5], 2.0)
except OverflowError as e:
    print("OverflowError:", e)
print(pow_sum([2.0, float("nan"), float("inf"), -0.0, 0.0], 1.5))

def trig(n):
    s = 0.0
    for i in range(n):
        x = i * 0.1
        s += math.sin(x) * math.cos(x) + math.exp(-x) + math.atan(x)
    return s

print(trig(100))

def logs(xs):
    s = 0.0
    for x in xs:
        s += math.log(x)
    return s

print(logs([1.0, 2.0, 3, 4.5, 10] * 5))
try:
    logs([1.0, 2.0, 3.0, 4.0, 0.0, 5.0])
except ValueError as e:
    print("ValueError:", e)

def shadow(n):
    s = 0.0
    for i in range(n):
        s += math.sin(i)
        if i == n // 2:
            math.sin = math.cos
    return s

saved = math.sin
try:
    print(shadow(40))
finally:
    math.sin = saved
