with open(p) as f, g():
    f.read()
