a, *b = [1, 2, 3]
c = d[e:f:g]
h[i:j] = k
[*l] = m
print(*n, **o)
