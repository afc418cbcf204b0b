for a in [0, 1, -1, 7, -7, 2**62, -2**63, 2**64 + 3, -(10**20)]:
    for b in [1, -1, 3, -3, 2**40, -(2**70)]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b)
print(2**63, -2**63 - 1, 2**63 - 1 + 1, (2**63) * 2 // 4)
print(7 / 2, -7 / 2, 1 / 3, 2**70 / 3, 10**30 / 10**10)
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, 0 ** 0, 10 ** 20)
print(1 << 70, -1 >> 3, 5 >> 100, -5 >> 100, 3 << 0)
print(~5, ~-1, -(-2**63), +5, abs(-2**63), abs(-3))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(2**70, 7))
print(pow(3, 4), pow(3, 4, 5), pow(2, -1, 7), pow(2, 100, 10**9+7))
print(int("123"), int("-0x1f", 16), int(" 42 "), int("1_000"), int(3.9), int(-3.9), int(True))
print(hash(1), hash(-1), hash(2**61), hash(2**100), hash(True))
print(1 < 2, 2 <= 2, 3 == 3.0, 2**70 > 2**69, -1 != 1, 1 == True)
print(round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2), round(1350, -2))
print(bin(10), oct(8), hex(255), hex(-255), (255).bit_length())
for op in ["1 // 0", "1 % 0", "1 / 0", "2 ** -1 // 0", "1 << -1"]:
    try:
        eval_result = None
        if op == "1 // 0":
            1 // 0
        elif op == "1 % 0":
            1 % 0
        elif op == "1 / 0":
            1 / 0
        elif op == "1 << -1":
            1 << -1
        else:
            0.5 // 0
    except (ZeroDivisionError, ValueError) as e:
        print(op, type(e).__name__, e)
