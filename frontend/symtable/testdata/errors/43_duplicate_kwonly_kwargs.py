def f(*, k, **k): pass
