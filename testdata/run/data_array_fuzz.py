# Random slice assignments, deletions, inserts and lookups on arrays.
import array, _random
r = _random.Random(8)
out = []
def ri(a, b):
    return a + int(r.random() * (b - a + 1))
for n in range(800):
    a = array.array('h', [ri(-5, 5) for _ in range(ri(0, 12))])
    op = ri(0, 7)
    i, j, k = ri(-15, 15), ri(-15, 15), ri(-3, 3) or 1
    try:
        if op == 0:
            a[i:j:k] = array.array('h', [ri(0, 9) for _ in range(ri(0, 5))])
        elif op == 1:
            del a[i:j:k]
        elif op == 2:
            out.append(repr(a[i:j:k]))
        elif op == 3:
            a.insert(i, 7); a.pop(j)
        elif op == 4:
            a.remove(ri(-5, 5))
        elif op == 5:
            out.append(str(a.index(ri(-5, 5), i, j)))
        elif op == 6:
            a[i] = ri(-40000, 40000)
        else:
            a[i:j] = array.array('h', [1, 2, 3])
    except Exception as e:
        out.append(type(e).__name__ + ' ' + str(e))
    out.append(repr(a))
print('\n'.join(out))
