import pwd, grp, resource, fcntl, os
r = pwd.getpwuid(0)
print(r, r.pw_name, r[0], len(r), type(r).__name__)
print(pwd.getpwnam("root") == r, pwd.getpwnam("root").pw_uid)
print(grp.getgrgid(0).gr_name, grp.getgrnam(grp.getgrgid(0).gr_name).gr_gid, type(grp.getgrgid(0).gr_mem))
for f, a in ((pwd.getpwuid, 12345), (pwd.getpwnam, "nope"), (grp.getgrgid, 12345), (grp.getgrnam, "nope")):
    try:
        f(a)
    except KeyError as e:
        print(repr(e))
print(len(pwd.getpwall()) > 0, all(type(p.pw_uid) is int for p in pwd.getpwall()), len(grp.getgrall()) > 0)
print(sorted(p.pw_name for p in pwd.getpwall()) == sorted(p.pw_name for p in pwd.getpwall()))
try:
    pwd.getpwuid("x")
except TypeError as e:
    print("TypeError", e)
lim = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(lim), len(lim), lim[0] <= lim[1] or lim[1] == -1)
print(resource.RLIM_INFINITY, resource.RLIMIT_CORE, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, len(ru), type(ru.ru_utime), ru.ru_maxrss > 0, ru[0] == ru.ru_utime)
for bad in (99, -1):
    try:
        resource.getrlimit(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    resource.getrusage(5)
except ValueError as e:
    print("ValueError", e)
print(resource.getpagesize(), resource.error is OSError)
old = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, old[1]))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
resource.setrlimit(resource.RLIMIT_CORE, old)
print(resource.getrlimit(resource.RLIMIT_CORE) == old)
rd, wr = os.pipe()
fl = fcntl.fcntl(rd, fcntl.F_GETFL)
print(fl & os.O_NONBLOCK, fcntl.fcntl(rd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(rd, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(fcntl.fcntl(rd, fcntl.F_GETFL) & os.O_NONBLOCK == os.O_NONBLOCK, os.get_blocking(rd))
try:
    fcntl.fcntl(9999, fcntl.F_GETFL)
except OSError as e:
    print(type(e).__name__, e)
p = "/tmp/pyjit_os_lock_" + str(os.getpid())
fd = os.open(p, os.O_CREAT | os.O_RDWR, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.lockf(fd, fcntl.LOCK_UN)
print("locks ok", fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_SETFD)
os.close(fd)
os.unlink(p)
for x in (rd, wr):
    os.close(x)
