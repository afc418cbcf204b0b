package interp

// This file implements posix's process functions: ids, kill, wait and the
// wait-status macros, times, uname, system, _exit and the exec family.

import (
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// posixProcFuncs are the process functions.
var posixProcFuncs = map[string]BuiltinFn{
	"getpid":                 idFunc("getpid", func() int { return syscall.Getpid() }),
	"getppid":                idFunc("getppid", func() int { return syscall.Getppid() }),
	"getuid":                 idFunc("getuid", func() int { return syscall.Getuid() }),
	"geteuid":                idFunc("geteuid", func() int { return syscall.Geteuid() }),
	"getgid":                 idFunc("getgid", func() int { return syscall.Getgid() }),
	"getegid":                idFunc("getegid", func() int { return syscall.Getegid() }),
	"getpgrp":                idFunc("getpgrp", func() int { return syscall.Getpgrp() }),
	"getgroups":              posixGetgroups,
	"getlogin":               posixGetlogin,
	"getpgid":                pidFunc("getpgid", syscall.Getpgid),
	"getsid":                 pidFunc("getsid", unix.Getsid),
	"setsid":                 posixSetsid,
	"kill":                   posixKill,
	"killpg":                 posixKillpg,
	"times":                  posixTimes,
	"uname":                  posixUname,
	"waitpid":                posixWaitpid,
	"wait":                   posixWait,
	"waitstatus_to_exitcode": posixWaitstatusToExitcode,
	"WIFEXITED":              waitMacro("WIFEXITED", func(s syscall.WaitStatus) Value { return Bool(s.Exited()) }),
	"WEXITSTATUS":            waitMacro("WEXITSTATUS", func(s syscall.WaitStatus) Value { return Int(int64(s>>8) & 0xff) }),
	"WIFSIGNALED":            waitMacro("WIFSIGNALED", func(s syscall.WaitStatus) Value { return Bool(s.Signaled()) }),
	"WTERMSIG":               waitMacro("WTERMSIG", func(s syscall.WaitStatus) Value { return Int(int64(s & 0x7f)) }),
	"WIFSTOPPED":             waitMacro("WIFSTOPPED", func(s syscall.WaitStatus) Value { return Bool(s.Stopped()) }),
	"WSTOPSIG":               waitMacro("WSTOPSIG", func(s syscall.WaitStatus) Value { return Int(int64(s>>8) & 0xff) }),
	"WIFCONTINUED":           waitMacro("WIFCONTINUED", func(s syscall.WaitStatus) Value { return Bool(s.Continued()) }),
	"WCOREDUMP":              waitMacro("WCOREDUMP", func(s syscall.WaitStatus) Value { return Bool(s&0x80 != 0) }),
	"_exit":                  posixExit,
	"abort":                  posixAbort,
	"system":                 posixSystem,
	"register_at_fork":       posixRegisterAtFork,
	"execv":                  posixExecv,
	"execve":                 posixExecve,
	"fork":                   posixFork,
	"getloadavg":             posixGetloadavg,
	"nice":                   posixNice,
}

func idFunc(name string, f func() int) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 0); err != nil {
			return Value{}, err
		}
		return Int(int64(f())), nil
	}
}

func pidFunc(name string, f func(int) (int, error)) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		pid, err := fdValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		r, err := f(pid)
		if err != nil {
			return Value{}, goOSError(err)
		}
		return Int(int64(r)), nil
	}
}

func posixGetgroups(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("getgroups", args, kw, 0); err != nil {
		return Value{}, err
	}
	gs, err := syscall.Getgroups()
	if err != nil {
		return Value{}, goOSError(err)
	}
	out := make([]Value, len(gs))
	for i, g := range gs {
		out[i] = Int(int64(g))
	}
	return NewListValue(out), nil
}

func posixSetsid(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("setsid", args, kw, 0); err != nil {
		return Value{}, err
	}
	if _, err := syscall.Setsid(); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

// posixGetlogin is getlogin(): the user of the controlling terminal,
// from utmp as glibc does; without one it fails as glibc's does.
func posixGetlogin(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("getlogin", args, kw, 0); err != nil {
		return Value{}, err
	}
	if name := os.Getenv("LOGNAME"); name != "" && fdIsTerminal(0) {
		return StrValue(name), nil
	}
	return Value{}, newOSError(syscall.ENXIO)
}

func fdIsTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

func signalArg(t *Thread, v Value) (syscall.Signal, error) {
	n, err := fdValue(t, v)
	return syscall.Signal(n), err
}

func posixKill(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("kill", args, kw, 2); err != nil {
		return Value{}, err
	}
	pid, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	sig, err := signalArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	t.in.Flush()
	if err := syscall.Kill(pid, sig); err != nil {
		return Value{}, goOSError(err)
	}
	// A signal sent to ourselves is delivered before kill returns in C;
	// give the signal goroutine the chance to record it so the handler
	// runs at the next check, as in CPython.
	if pid == syscall.Getpid() || pid == 0 {
		waitSignalDelivery(sig)
	}
	return None, signalCheck(t)
}

func posixKillpg(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("killpg", args, kw, 2); err != nil {
		return Value{}, err
	}
	pg, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	sig, err := signalArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if err := syscall.Kill(-pg, sig); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixTimes(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("times", args, kw, 0); err != nil {
		return Value{}, err
	}
	var tms syscall.Tms
	ticks, err := syscall.Times(&tms)
	if err != nil {
		return Value{}, goOSError(err)
	}
	const hz = 100.0 // sysconf(_SC_CLK_TCK) on Linux
	return makeStructSeq(timesResultType, 5, []Value{
		Float(float64(tms.Utime) / hz), Float(float64(tms.Stime) / hz),
		Float(float64(tms.Cutime) / hz), Float(float64(tms.Cstime) / hz), Float(float64(ticks) / hz)}), nil
}

func posixUname(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("uname", args, kw, 0); err != nil {
		return Value{}, err
	}
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return Value{}, goOSError(err)
	}
	s := func(b []byte) Value {
		if i := strings.IndexByte(string(b), 0); i >= 0 {
			b = b[:i]
		}
		return StrValue(fsDecode(string(b)))
	}
	return makeStructSeq(unameResultType, 5, []Value{s(u.Sysname[:]), s(u.Nodename[:]), s(u.Release[:]), s(u.Version[:]), s(u.Machine[:])}), nil
}

// waitFor is waitpid with EINTR retried after running signal handlers
// (PEP 475).
func waitFor(t *Thread, pid, options int) (int, syscall.WaitStatus, error) {
	var ws syscall.WaitStatus
	for {
		t.in.Flush()
		r, err := syscall.Wait4(pid, &ws, options, nil)
		if err == syscall.EINTR {
			if err := signalCheck(t); err != nil {
				return 0, 0, err
			}
			continue
		}
		if err != nil {
			return 0, 0, goOSError(err)
		}
		return r, ws, nil
	}
}

func posixWaitpid(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("waitpid", args, kw, 2); err != nil {
		return Value{}, err
	}
	pid, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	opts, err := fdValue(t, args[1])
	if err != nil {
		return Value{}, err
	}
	r, ws, err := waitFor(t, pid, opts)
	if err != nil {
		return Value{}, err
	}
	return NewTupleValue([]Value{Int(int64(r)), Int(int64(ws))}), nil
}

func posixWait(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("wait", args, kw, 0); err != nil {
		return Value{}, err
	}
	r, ws, err := waitFor(t, -1, 0)
	if err != nil {
		return Value{}, err
	}
	return NewTupleValue([]Value{Int(int64(r)), Int(int64(ws))}), nil
}

// statusArg is a wait status (a C int).
func statusArg(t *Thread, name string, args []Value, kw []string) (syscall.WaitStatus, error) {
	a, err := clinicArgs(name, args, kw, []string{"status"}, 1, 1)
	if err != nil {
		return 0, err
	}
	n, err := fdValue(t, a[0])
	return syscall.WaitStatus(uint32(n)), err
}

func waitMacro(name string, f func(syscall.WaitStatus) Value) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		s, err := statusArg(t, name, args, kw)
		if err != nil {
			return Value{}, err
		}
		return f(s), nil
	}
}

func posixWaitstatusToExitcode(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	s, err := statusArg(t, "waitstatus_to_exitcode", args, kw)
	if err != nil {
		return Value{}, err
	}
	switch {
	case s.Exited():
		return Int(int64(s.ExitStatus())), nil
	case s.Signaled():
		return Int(-int64(s & 0x7f)), nil
	case s.Stopped():
		return Value{}, NewError(&ValueErrorType, "process stopped by delivery of signal %d", int(s>>8)&0xff)
	}
	return Value{}, NewError(&ValueErrorType, "invalid wait status: %d", int32(s))
}

func posixExit(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("_exit", args, kw, []string{"status"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	n, err := fdValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	// _exit skips flushing Python's buffers; pyjit's print buffer is its
	// own, which C stdio's would have been written by now, so flush it.
	t.in.Flush()
	os.Exit(n & 0xff)
	return None, nil
}

func posixAbort(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("abort", args, kw, 0); err != nil {
		return Value{}, err
	}
	t.in.Flush()
	signalResetDefault(syscall.SIGABRT)
	_ = syscall.Kill(syscall.Getpid(), syscall.SIGABRT)
	time.Sleep(time.Second)
	os.Exit(134)
	return None, nil
}

// posixSystem is system(command): /bin/sh -c command, returning the wait
// status.
func posixSystem(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("system", args, kw, []string{"command"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	p, err := convPath(t, "system", "command", a[0], false, false)
	if err != nil {
		return Value{}, err
	}
	t.in.Flush()
	cmd := exec.Command("/bin/sh", "-c", p.path)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		return Int(127 << 8), nil
	}
	_ = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok {
		return Int(int64(ws)), nil
	}
	return Int(-1), nil
}

// posixRegisterAtFork accepts the callbacks: pyjit never forks the
// interpreter (subprocesses are started by fork+exec in Go), so they
// never run.
func posixRegisterAtFork(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("register_at_fork", args, kw, []string{"before", "after_in_child", "after_in_parent"}, 0, 0)
	if err != nil {
		return Value{}, err
	}
	if a[0].IsNull() && a[1].IsNull() && a[2].IsNull() {
		return Value{}, NewError(&TypeErrorType, "At least one argument is required.")
	}
	for i, n := range []string{"before", "after_in_child", "after_in_parent"} {
		if !a[i].IsNull() && !isCallableValue(a[i]) {
			return Value{}, NewError(&TypeErrorType, "'%s' must be callable, not %s", n, typeName(a[i]))
		}
	}
	return None, nil
}

// isCallableValue is callable(v).
func isCallableValue(v Value) bool { return v.Type().Slots.Call != nil }

// execArgs converts exec's argv and env.
func execArgs(t *Thread, name string, path, argv Value, env Value) (string, []string, []string, error) {
	p, err := convPath(t, name, "path", path, false, false)
	if err != nil {
		return "", nil, nil, err
	}
	_, isList := asList(argv)
	_, isTuple := asTuple(argv)
	if !isList && !isTuple {
		return "", nil, nil, NewError(&TypeErrorType, "%s() arg 2 must be a tuple or list", name)
	}
	items, err := iterateToSlice(t, argv)
	if err != nil {
		return "", nil, nil, err
	}
	if len(items) < 1 {
		return "", nil, nil, NewError(&ValueErrorType, "%s() arg 2 must not be empty", name)
	}
	args := make([]string, len(items))
	for i, it := range items {
		ap, err := convPath(t, name, "args", it, false, false)
		if err != nil {
			return "", nil, nil, err
		}
		args[i] = ap.path
	}
	if args[0] == "" {
		return "", nil, nil, NewError(&ValueErrorType, "%s() arg 2 first element cannot be empty", name)
	}
	var envs []string
	if env.IsNull() {
		envs = os.Environ()
	} else {
		keys, err := callMethodValue(t, env, "keys")
		if err != nil {
			return "", nil, nil, err
		}
		ks, err := iterateToSlice(t, keys)
		if err != nil {
			return "", nil, nil, err
		}
		for _, k := range ks {
			v, err := GetItem(t, env, k)
			if err != nil {
				return "", nil, nil, err
			}
			kp, err := convPath(t, name, "key", k, false, false)
			if err != nil {
				return "", nil, nil, err
			}
			vp, err := convPath(t, name, "value", v, false, false)
			if err != nil {
				return "", nil, nil, err
			}
			if kp.path == "" || strings.IndexByte(kp.path[1:], '=') >= 0 {
				return "", nil, nil, NewError(&ValueErrorType, "illegal environment variable name")
			}
			envs = append(envs, kp.path+"="+vp.path)
		}
	}
	return p.path, args, envs, nil
}

// callMethodValue calls v.name() and reports a missing method as
// AttributeError.
func callMethodValue(t *Thread, v Value, name string) (Value, error) {
	m, err := GetAttrString(t, v, name)
	if err != nil {
		return Value{}, err
	}
	return Call(t, m, nil, nil)
}

func posixExecv(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("execv", args, kw, 2); err != nil {
		return Value{}, err
	}
	path, argv, env, err := execArgs(t, "execv", args[0], args[1], Value{})
	if err != nil {
		return Value{}, err
	}
	t.in.Flush()
	return Value{}, goOSError(syscall.Exec(path, argv, env))
}

func posixExecve(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("execve", args, kw, []string{"path", "argv", "env"}, 3, 3)
	if err != nil {
		return Value{}, err
	}
	path, argv, env, err := execArgs(t, "execve", a[0], a[1], a[2])
	if err != nil {
		return Value{}, err
	}
	t.in.Flush()
	return Value{}, goOSError(syscall.Exec(path, argv, env))
}

// posixFork refuses: a Go process cannot safely fork without exec.
func posixFork(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	return Value{}, notImplemented("os.fork (a Go runtime cannot fork without exec; use subprocess)")
}

func posixGetloadavg(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("getloadavg", args, kw, 0); err != nil {
		return Value{}, err
	}
	var si unix.Sysinfo_t
	if err := unix.Sysinfo(&si); err != nil {
		return Value{}, NewError(&OSErrorType, "Load averages are unobtainable")
	}
	f := func(x uint64) Value { return Float(float64(x) / 65536) }
	return NewTupleValue([]Value{f(si.Loads[0]), f(si.Loads[1]), f(si.Loads[2])}), nil
}

func posixNice(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("nice", args, kw, 1); err != nil {
		return Value{}, err
	}
	inc, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	cur, err := unix.Getpriority(unix.PRIO_PROCESS, 0)
	if err != nil {
		return Value{}, goOSError(err)
	}
	// The raw syscall returns 20-nice.
	n := 20 - cur + inc
	if err := unix.Setpriority(unix.PRIO_PROCESS, 0, n); err != nil {
		return Value{}, goOSError(err)
	}
	return Int(int64(n)), nil
}
