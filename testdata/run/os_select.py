import select, os
r, w = os.pipe()
def nm(x):
    if isinstance(x, int):
        return {r: "r", w: "w"}.get(x, x)
    if isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], int):
        return (nm(x[0]), x[1])
    return type(x)(nm(i) for i in x) if isinstance(x, (list, tuple)) else x
print(nm(select.select([r], [w], [], 0)))
os.write(w, b"x")
print(nm(select.select([r], [w], [r], 0.0)))
class F:
    def __init__(self, fd): self.fd = fd
    def fileno(self): return self.fd
fr = F(r)
res = select.select([fr], [], [], None)
print(res[0][0] is fr, res[1:], )
for bad in ([9999], ["x"], [-1]):
    try:
        select.select(bad, [], [], 0)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for t in (-1, "x"):
    try:
        select.select([], [], [], t)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
p = select.poll()
p.register(r, select.POLLIN)
p.register(w)
print(nm(sorted(p.poll(0))))
print(nm(sorted(p.poll())))
p.modify(w, select.POLLIN)
print(nm(sorted(p.poll(10))))
p.unregister(w)
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", nm(e.args[0]))
try:
    p.modify(w, 1)
except OSError as e:
    print(type(e).__name__, e)
print(os.read(r, 10), p.poll(0), p.poll(1.5))
ep = select.epoll()
print(ep.closed, type(ep.fileno()))
ep.register(r, select.EPOLLIN)
ep.register(w, select.EPOLLOUT)
print(nm(ep.poll(0)))
os.write(w, b"yy")
print(nm(sorted(ep.poll(1))))
ep.modify(w, select.EPOLLIN)
print(nm(ep.poll(0.01)))
ep.unregister(r)
try:
    ep.register(w)
except FileExistsError as e:
    print("FileExistsError", e)
ep.close()
print(ep.closed)
try:
    ep.poll()
except ValueError as e:
    print("ValueError", e)
with select.epoll() as ep2:
    print(ep2.closed)
print(ep2.closed)
os.close(w)
print(select.select([r], [], [], 0)[0] == [r], os.read(r, 10), os.read(r, 10))
os.close(r)
print(select.POLLIN, select.POLLOUT, select.POLLHUP, select.EPOLLET, select.error is OSError)
