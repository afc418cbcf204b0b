class C(metaclass=lambda *a: type(*a), flag=(lambda: 1)()):
    try:
        pass
    except Exception as exc:
        pass
    match value:
        case [a, *rest]:
            pass
        case {"k": v, **kw}:
            pass
    del exc
    for i in range(3):
        pass
    with open(f) as fh:
        pass
    import os.path
    [i for i in range(3)]
