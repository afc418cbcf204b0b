import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info)
print(sys.int_info, sys.hash_info.modulus, sys.hash_info.algorithm, sys.thread_info.name)
print(sys.exception())
try:
    1/0
except ZeroDivisionError:
    print(repr(sys.exception()))
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, sys._getframe(1).f_code.co_name, fr.f_back.f_code.co_name
def g(): return f()
print(g())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(700)
try:
    str(10**800)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
print(sys.gettrace(), sys.getprofile(), sys.is_finalizing(), sys.getswitchinterval())
sys.settrace(None)
print(sys.get_asyncgen_hooks())
print(sys.call_tracing(lambda a, b: a + b, (1, 2)))
import decimal, fractions, statistics
print(decimal.Decimal('1.1') + decimal.Decimal('2.2'), fractions.Fraction(3, 6), statistics.mean([1, 2, 3, 4]))
