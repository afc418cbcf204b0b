def f(**kw):
    global kw
