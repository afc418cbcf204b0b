def f():
    return [[j for j in range(2)] for i in range(3) for k in [(m := 1)]]
