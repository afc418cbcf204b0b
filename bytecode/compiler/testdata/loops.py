for i in range(10):
    if i % 2:
        continue
    while i:
        i -= 1
        if i == 3:
            break
    else:
        print(i)
