import _thread
l = _thread.allocate_lock()
print(type(l), l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
with l:
    print(l.locked())
print(l.locked())
r = _thread.RLock()
print(r._is_owned(), r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except _thread.error as e:
    print(type(e).__name__, e)
print(_thread.get_ident() == _thread.get_ident(), type(_thread.get_ident()))
print(_thread.TIMEOUT_MAX, _thread._count(), _thread.stack_size(), hasattr(_thread, "daemon_threads_allowed"))
loc = _thread._local(); loc.x = 1; print(loc.x, type(loc))
print(_thread.LockType, _thread.RLock, isinstance(l, _thread.LockType))
import reprlib
print(reprlib.repr(list(range(100))))

for kw in [dict(blocking=False, timeout=1), dict(timeout=-2), dict(timeout=1e10), dict(timeout="x")]:
    try:
        l.acquire(**kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    _thread.stack_size(100)
except ValueError as e:
    print(e)
try:
    _thread.allocate_lock(1)
except TypeError as e:
    print(e)
print(r.acquire(timeout=0.5), r.acquire(blocking=False))
st = r._release_save()
print(st[0], st[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore((2, _thread.get_ident()))
print(r._is_owned())
r.release(); r.release()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
l.acquire()
print(repr(l).startswith("<locked _thread.lock object at 0x"))
print(sorted(n for n in dir(_thread.LockType) if not n.startswith("__")))
print(sorted(n for n in dir(_thread.RLock) if not n.startswith("__")))
class L(_thread._local):
    pass
a = L(); a.y = 2; print(a.y, L.__mro__[1])
r.acquire()
st = r._release_save()
try:
    r._release_save()
except RuntimeError as e:
    print(e)
l = _thread.allocate_lock()
l.acquire()
for f in [lambda: l.release(1), lambda: _thread.RLock().release(1), lambda: _thread.LockType(), lambda: l.locked(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
with _thread.RLock() as x:
    print(x)
