d = {}
for i in range(20):
    d[str(i)] = i
for i in range(0, 20, 3):
    del d[str(i)]
d["new"] = 1
d["0"] = 0
print(d)
print(list(d.items())[:3], len(d))
while d:
    k, v = d.popitem()
    if v is not None and v < 5:
        print("popped", k, v)
print(d)
keys = {10**20: 1, -1: 2, 2.5: 3, "s": 4, (1,): 5, None: 6, False: 7}
print(keys, keys[False], keys[0] if 0 in keys else "no 0")
