import sys
def f():
    raise ValueError("x")
def g():
    f()
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    tb.tb_next = tb.tb_next.tb_next
    print(tb.tb_next.tb_frame.f_code.co_name)
    for bad in [5, tb]:
        try:
            tb.tb_next = bad
        except (TypeError, ValueError) as err:
            print(type(err).__name__, err)
    tb.tb_next = None
    print(tb.tb_next)
