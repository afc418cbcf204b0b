def f(cmd):
    match cmd:
        case ["go", direction]:
            return direction
        case {"key": value, **rest}:
            return value, rest
        case Point(x=0, y=py) as pt:
            return py, pt
        case [first, *others]:
            return first, others
        case Color.RED | Color.GREEN:
            return None
        case None:
            pass
        case _ if guard_var:
            pass
