import _posixsubprocess, os
def run(args, exe=None, cwd=None, env=None, close_fds=True):
    r, w = os.pipe()
    er, ew = os.pipe()
    xr, xw = os.pipe()
    exe = exe or [os.fsencode(d) + b"/" + os.fsencode(args[0]) for d in ("/nonexistent", "/usr/bin", "/bin")]
    pid = _posixsubprocess.fork_exec(args, exe, close_fds, tuple(sorted({xw})), cwd, env,
        -1, -1, r, w, er, ew, xr, xw, True, False, -1, None, None, None, -1, None, True)
    os.close(w); os.close(ew); os.close(xw)
    err = os.read(xr, 1000)
    out = b""
    while True:
        part = os.read(r, 1000)
        if not part:
            break
        out += part
    errout = os.read(er, 1000)
    os.close(r); os.close(er); os.close(xr)
    if err:
        print("errpipe", err)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        return
    p, st = os.waitpid(pid, 0)
    print(p == pid, os.waitstatus_to_exitcode(st), out, errout)
run([b"echo", b"hi", "there"])
run(["sh", "-c", "echo out; echo err >&2; exit 3"])
run(["pwd"], cwd="/tmp")
run(["sh", "-c", "echo $FOO"], env=[b"FOO=bar"])
run(["nonexistent-cmd-xyz"])
run(["pwd"], cwd="/nonexistent")
run(["/etc/passwd"], exe=[b"/etc/passwd"])
