import os, sys
print(type(os.getpid()), os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), type(os.getgroups()))
for st in (0, 256, 768, 0x7f00, 9, 15, 0x8b, 0x137f, 0xffff):
    print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st),
          os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WIFCONTINUED(st), os.WCOREDUMP(st))
for st in (0, 256, 768, 9, 15, 0x8b):
    print(os.waitstatus_to_exitcode(st))
for st in (0x137f, 0xffff):
    try:
        os.waitstatus_to_exitcode(st)
    except ValueError as e:
        print("ValueError", e)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, type(u.release))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user >= 0)
print(type(os.cpu_count()), os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r), len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
print(os.system("exit 3"), os.system("true"), os.waitstatus_to_exitcode(os.system("exit 7")))
try:
    os.kill(os.getpid(), 0)
    print("kill 0 ok")
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e.errno, e)
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print("ChildProcessError", e)
print(os.WNOHANG, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.O_CLOEXEC, os.O_NONBLOCK, os.O_DIRECTORY)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.EX_OK, os.P_NOWAIT if hasattr(os, "P_NOWAIT") else None)
print(callable(os.register_at_fork))
os.register_at_fork(before=lambda: None)
try:
    os.register_at_fork()
except TypeError as e:
    print("TypeError", e)
try:
    os.register_at_fork(before=3)
except TypeError as e:
    print("TypeError", e)
print(os.major(os.makedev(8, 3)), os.minor(os.makedev(8, 3)), os.makedev(8, 3))
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w))
os.set_inheritable(r, True)
print(os.get_inheritable(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e)
os.write(w, b"abc")
print(os.read(r, 10))
d = os.dup(w)
print(d > w, os.get_inheritable(d))
os.dup2(w, d)
print(os.get_inheritable(d))
os.dup2(w, d, inheritable=False)
print(os.get_inheritable(d))
for fd in (r, w, d):
    os.close(fd)
print(os.device_encoding(r))
print(os.strerror(2), os.fspath("p"))
print(os.getpid() == __import__("posix").getpid())
print(type(os.environ[b"PATH" if False else "PATH"]))
st = os.stat_result(tuple(range(10)))
print(st, st.st_atime, st.st_blocks)
st = os.stat_result(tuple(range(13)))
print(st.st_atime, st.st_mtime, st.st_ctime, st.st_atime_ns)
try:
    os.stat_result((1, 2))
except TypeError as e:
    print("TypeError", e)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).lines)
