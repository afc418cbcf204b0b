def f(rows):
    return [[(found := cell) for cell in row] for row in rows], found

[[(mod_found := cell) for cell in row] for row in []]
