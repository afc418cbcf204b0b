def f(items):
    for i, (j, k) in enumerate(items):
        pass
    else:
        done = True
    while cond():
        break
    else:
        other = 1
    for x.attr in items:
        pass
