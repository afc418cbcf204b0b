# Generator gi_* attributes and classmethod/staticmethod __dict__.
def g():
    x = yield 1
    yield x
it = g()
print(it.gi_code.co_name, it.gi_suspended, it.gi_running, it.gi_frame is not None, it.gi_yieldfrom)
next(it)
print(it.gi_suspended, it.gi_frame.f_code.co_name, it.gi_frame.f_lineno)
list(it)
print(it.gi_suspended, it.gi_frame, it.gi_code.co_name)
def f():
    "doc"
cm = classmethod(f)
sm = staticmethod(f)
print(cm.__dict__["__doc__"], sorted(sm.__dict__), cm.__wrapped__ is f)
cm.extra = 1
print(cm.__dict__["extra"])
