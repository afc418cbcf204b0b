import os
for n in ("SC_CLK_TCK", "SC_PAGE_SIZE", "SC_PAGESIZE", "SC_OPEN_MAX", "SC_NPROCESSORS_ONLN", "SC_LINE_MAX", "SC_ARG_MAX"):
    print(n, os.sysconf(n) == os.sysconf(os.sysconf_names[n]), type(os.sysconf(n)))
print(os.sysconf("SC_CLK_TCK"), os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_NPROCESSORS_ONLN") == os.cpu_count())
print(os.sysconf("SC_OPEN_MAX") == __import__("resource").getrlimit(__import__("resource").RLIMIT_NOFILE)[0])
print(len(os.sysconf_names), os.sysconf_names["SC_ARG_MAX"])
for bad in ("nope", 99999, 1.5):
    try:
        os.sysconf(bad)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
aff = os.sched_getaffinity(0)
print(type(aff), len(aff) >= 1, len(aff) <= os.cpu_count())
os.sched_yield()
print(os.getpriority(os.PRIO_PROCESS, 0) == os.getpriority(os.PRIO_PROCESS, os.getpid()))
p = "/tmp/pyjit_os_more_" + str(os.getpid())
fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
print(os.pwrite(fd, b"hello world", 0), os.pwrite(fd, b"W", 6), os.pread(fd, 5, 6), os.pread(fd, 100, 0), os.lseek(fd, 0, os.SEEK_CUR))
fd2 = os.open(p + "2", os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
print(os.sendfile(fd2, fd, 0, 5), os.sendfile(fd2, fd, 6, 100), os.pread(fd2, 100, 0))
os.close(fd)
os.close(fd2)
os.unlink(p)
os.unlink(p + "2")
print(len(os.getrandom(8)), len(os.getrandom(0)), len(os.getrandom(4, os.GRND_NONBLOCK)))
try:
    os.ttyname(os.open("/dev/null", os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)
import _posixsubprocess
def spawn(args):
    xr, xw = os.pipe()
    pid = _posixsubprocess.fork_exec(args, [b"/bin/sh"], True, (xw,), None, None,
        -1, -1, -1, -1, -1, -1, xr, xw, True, False, -1, None, None, None, -1, None, True)
    os.close(xw)
    os.close(xr)
    return pid
pid = spawn([b"sh", b"-c", b"exit 3"])
p, st, ru = os.wait4(pid, 0)
print(p == pid, os.waitstatus_to_exitcode(st), type(ru).__name__, ru.ru_utime >= 0, len(ru))
pid = spawn([b"sh", b"-c", b"kill -9 $$"])
p, st, ru = os.wait3(0)
print(p == pid, os.WIFSIGNALED(st), os.WTERMSIG(st), os.waitstatus_to_exitcode(st))
try:
    os.wait3(os.WNOHANG)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
