def f(path):
    with open(path) as fh, open(path) as (a, b):
        data = fh.read()
    with lock:
        pass
    return data
