match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(x, y) if x == y:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case [1, 2, *others]:
        pass
    case (1 | 2 | 3) as n:
        pass
    case -1 | 1.5 | 2j | -3+4j | "s" | b"b" | None | True | False:
        pass
    case Color.RED:
        pass
    case _:
        pass

match = 1
case = match
