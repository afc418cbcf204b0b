def f():
    try:
        pass
    except ValueError as err:
        print(err)
    except (TypeError, KeyError):
        pass
    else:
        r = 1
    finally:
        s = 2

try:
    pass
except* OSError as eg:
    pass
