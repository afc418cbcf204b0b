def cold(n):
    s = 0
    for i in range(n):
        s += i
    return s


def hot(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def main():
    total = 0
    for _ in range(30):
        total += hot(100000)
        total += cold(1000)
    print(total)


main()
