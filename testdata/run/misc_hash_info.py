import sys
print(sys.hash_info)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, sys.hash_info[0], len(sys.hash_info))
M = sys.hash_info.modulus
# The rational hash recipe from the docs must agree with hash().
def hash_fraction(m, n):
    P = sys.hash_info.modulus
    while m % P == n % P == 0:
        m, n = m // P, n // P
    if n % P == 0:
        hash_value = sys.hash_info.inf
    else:
        hash_value = (abs(m) % P) * pow(n, P - 2, P) % P
    if m < 0:
        hash_value = -hash_value
    if hash_value == -1:
        hash_value = -2
    return hash_value
for x, m, n in [(0.5, 1, 2), (1.25, 5, 4), (-3.75, -15, 4), (1e10, 10 ** 10, 1), (2.0 ** 70, 2 ** 70, 1),
                (1 / 3, 6004799503160661, 18014398509481984)]:
    print(x, hash(x) == hash_fraction(m, n))
print(hash(float('inf')) == sys.hash_info.inf, hash(M) == 0, hash(M + 1) == 1)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0] == sys.float_info.max)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0, sys.float_info.min / 2 > 0)
print(sys.int_info, sys.int_info.bits_per_digit, len(sys.int_info))
