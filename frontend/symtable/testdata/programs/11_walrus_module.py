data = [1, 2, 3]
if (n := len(data)) > 2:
    pass
total = [y := v * 2 for v in data]
print(y, n)
