def add(a, b):
    return a + b
total = add(1, 2)
total = add(total, "x")
