f = lambda: [y := 1 for i in x]
g = lambda x=(z := 1): x
[x for x in range(3) if (w := x)]
[[j for j in i] for i in range(3)]

@(deco := lambda fn: fn)
def decorated():
    pass
