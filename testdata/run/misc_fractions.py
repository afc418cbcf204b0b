from fractions import Fraction as F
a = F(3, 4); b = F('1/3')
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-a), a // b, a % b, divmod(a, b))
print(F(0.5), F('1.25'), F(10, -4), a.numerator, a.denominator, float(a), int(F(7, 2)), round(F(7, 2)), round(F(5, 3), 2))
print(a < b, a == F(6, 8), hash(F(1, 2)) == hash(0.5), F(1, 3).limit_denominator(2), F(3.14159).limit_denominator(100))
print(repr(a), str(F(4, 1)), F(1, 2) + 1, 1 - F(1, 2), F(1, 2) * 2.0, sum([F(1, n) for n in range(1, 6)]))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
