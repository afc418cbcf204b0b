# int and float methods added for parity with CPython.
for n in [0, 1, -1, 7, -255, 2**70 + 3, -(2**65)]:
    print(n, n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator,
          n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__(), n.__round__(-1), n.__getnewargs__())
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), True.bit_count())
for x in [0.0, -0.0, 1.0, -1.5, 0.1, 3.141592653589793, 1e300, -1e-310, 5e-324, 2.0**-1022, float('inf'), float('-inf'), float('nan'), 1.7976931348623157e308]:
    print(repr(x), x.hex(), float.fromhex(x.hex()) == x or x != x, x.conjugate(), x.__getnewargs__())
    try:
        print(x.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for s in ['0x1.8p1', '-0x1p-1074', '0X.8P+1', '1', 'a.b', '  0x1.fffffffffffffp+1023 ', 'inf', '-Infinity', 'nan', '0x0p0', '0x1p-1080', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1p-1075', '0x3p-1076']:
    print(s, float.fromhex(s))
for s in ['', '0x', 'x1', '1p', '0x1p+', '1..2', '0x1.0p1 junk']:
    try:
        float.fromhex(s)
    except ValueError as e:
        print(repr(s), e)
try:
    float.fromhex('0x1p1024')
except OverflowError as e:
    print(e)
print(float.__getformat__('double'), float.__getformat__('float'))
try:
    float.__getformat__('int')
except ValueError as e:
    print(e)
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (1.5).__divmod__('x'))
class F(float): pass
print(type(F.fromhex('0x1p3')).__name__, F.fromhex('0x1p3'))
print(divmod(-7, 2.5), (2.5).as_integer_ratio(), (-0.375).as_integer_ratio())
