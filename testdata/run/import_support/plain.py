print("plain: executing as", __name__)
VALUE = 42
_private = 1


def hello():
    return "hello from plain"
