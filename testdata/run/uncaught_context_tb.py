try:
    int("abc")
except ValueError:
    raise RuntimeError("conversion failed")
