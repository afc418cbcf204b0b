# Frame attributes reached through tracebacks and generators.
def f(a, b=2):
    c = a + b
    1 / 0
try:
    f(1)
except ZeroDivisionError as e:
    tb = e.__traceback__
    top, fr = tb.tb_frame, tb.tb_next.tb_frame
    print(top.f_code.co_name, fr.f_code.co_name, fr.f_globals is globals(), top.f_globals is globals())
    import builtins
    print(fr.f_builtins is builtins.__dict__, fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes, fr.f_lasti > 0, isinstance(fr.f_lasti, int))
    print(sorted(fr.f_locals.items()), "tb" in top.f_locals, fr.f_lineno, fr.clear())
def g():
    yield 1
it = g()
next(it)
print(it.gi_frame.f_code.co_name, sorted(it.gi_frame.f_locals), it.gi_frame.f_globals is globals())
