total = 0
for i in range(100):
    if i % 3 == 0:
        continue
    if i > 50:
        break
    total += i
print(total)
n = 0
while n < 10:
    n += 1
else:
    print("while else", n)
for i in range(3):
    pass
else:
    print("for else", i)
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print([i for i in range(10) if i % 2], [(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip("abc", range(3))}, {c for c in "hello"})
matrix = [[i * j for j in range(4)] for i in range(4)]
print(matrix, [row[1] for row in matrix])
x = 0
while True:
    x += 1
    if x >= 5:
        break
print(x, [y for y in range(20, 0, -4)])
