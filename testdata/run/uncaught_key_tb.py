d = {"a": 1}
def lookup(k):
    return d[k]
lookup("b")
