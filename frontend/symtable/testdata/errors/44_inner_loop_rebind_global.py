def f():
    return [[(a := 1) for b in c] for d in e for a in f]
