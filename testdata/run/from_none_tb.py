try:
    [][0]
except IndexError:
    raise KeyError("k") from None
