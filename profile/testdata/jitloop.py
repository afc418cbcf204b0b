def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


print(loop(150_000_000))
