a = [x * y for x in xs if x for y in ys]
b = {k: v for k, v in d.items()}
c = (z for z in zs)
d = {s for s in ss}
