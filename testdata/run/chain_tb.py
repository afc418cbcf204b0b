def a():
    return 1 / 0
def b():
    try:
        a()
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
def c():
    try:
        b()
    except ValueError:
        d = {}
        return d["missing"]
c()
