a = [x * 2 for x in range(10) if x % 2 if x > 3]
b = {x: y for x, y in pairs}
c = {x for x in items}
d = (x for x in items)
e = [[y for y in row] for row in matrix for z in row]
f = sum(x for x in range(10))
g = [x async for x in agen()]
h = [(i, j) for i in range(3) for j in range(i)]
