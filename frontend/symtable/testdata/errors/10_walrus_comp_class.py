class C:
    v = [(w := i) for i in range(3)]
