def f(data):
    while (chunk := data.read()):
        pass
    if any((hit := x) > 3 for x in data):
        return hit
    return chunk

class C:
    y = (z := 5)
