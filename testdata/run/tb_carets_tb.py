def compute(x, y):
    z = x * 2
    return z + y
items = [1, 2, 3]
def pick(i):
    return items[i] + compute(items[i], "s")
print(pick(0))
