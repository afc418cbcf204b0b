xs = [0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, 3.0, 0.1]
for a in xs:
    for b in [1.0, -3.0, 0.5, 7]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
print(0.1 + 0.2, 1/3, 2.0 ** 0.5, 10.0 ** 20, 1e16, 1e-5, 123456789.0 * 10)
print(float("1.5"), float("-inf"), float("nan"), float(3), float("  2e3 "))
print(int(2.9), int(-2.9), round(2.675, 2), round(0.5), round(1.5), round(-0.5))
print(1.0 == 1, 1.5 < 2, 2 ** 0.5 > 1.41, float("nan") == float("nan"))
print(abs(-2.5), -(-1.0), 3 * 1.5, 7 // 2.0, -7 % 2.5, divmod(7.5, 2))
print(hash(1.0), hash(1.5), hash(-2.5), 1e22, 1e23, 5e-324)
print(3.0.is_integer(), (2.5).is_integer())
for f in ["1 / 0.0", "1 // 0.0", "1 % 0.0"]:
    try:
        if f == "1 / 0.0":
            1 / 0.0
        elif f == "1 // 0.0":
            1 // 0.0
        else:
            1 % 0.0
    except ZeroDivisionError as e:
        print(f, e)
try:
    float("abc")
except ValueError as e:
    print(e)
