match p:
    case [x, *rest]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=y) | Point(0, y):
        pass
    case str() as s if s:
        pass
    case _:
        pass
