data = [1, 2, 3]
a = [x * y for x in data for y in range(x) if x > y]
b = {x for x in data}
c = {k: v for k, v in zip(data, data)}
d = (x for x in data)
e = [[i + j for j in data] for i in data]
