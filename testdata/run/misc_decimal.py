from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, InvalidOperation
print(D('1.1') + D('2.2'), D('10') / D('3'), D('1.30') * 2, D(2).sqrt(), D('-0'), D('1e3'), D('123.456').quantize(D('0.01')))
getcontext().prec = 10
print(D(1) / D(7), D('1.5').quantize(D('1'), rounding=ROUND_HALF_UP), D('2.5').to_integral_value(), D('0.1') + D('0.2') == D('0.3'))
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / D(3))
print(repr(D('3.14')), str(D('1E+2')), int(D('7.9')), float(D('0.25')), D('5').compare(D('3')), max(D('1'), D('2')))
try:
    D('abc')
except InvalidOperation:
    print('InvalidOperation')
print(D(10) ** 3, D('-3.5').copy_abs(), D('12.3400').normalize(), D('1.23E-5'), hash(D(5)) == hash(5))
