package interp

// This file implements _posixsubprocess.fork_exec, the primitive under
// subprocess.Popen. CPython forks and runs C code in the child; a Go
// process may only fork to exec at once, so the child is started with
// syscall.ForkExec and the steps CPython's child performs are mapped onto
// ProcAttr: the standard descriptors, pass_fds and close_fds onto Files,
// cwd onto Dir, start_new_session and process_group onto SysProcAttr.
// An exec failure is reported through errpipe_write exactly as CPython's
// child reports it ("OSError:<hex errno>:" and "noexec" when the failure
// came before exec, i.e. from chdir), so subprocess.py raises the same
// exception.

import (
	"os"
	"sort"
	"strconv"
	"syscall"
)

func init() {
	builtinModules["_posixsubprocess"] = makePosixSubprocessModule
	delete(cModules, "_posixsubprocess")
}

// noChildPid is returned when no child could be started: it is above
// any Linux pid_max, so subprocess's waitpid on it fails with ECHILD,
// which subprocess.py expects when the child already reported failure.
const noChildPid = 1<<31 - 1

func makePosixSubprocessModule(in *Interpreter) *Module {
	m := NewModule("_posixsubprocess")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("A POSIX helper for the subprocess module."))
	moduleFn(m, "fork_exec", forkExec)
	return m
}

// fsBytesList converts a sequence of str/bytes/PathLike to kernel
// strings (PyUnicode_FSConverter on each item).
func fsBytesList(t *Thread, what string, v Value) ([]string, error) {
	items, err := iterateToSlice(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		p, err := convPath(t, "fork_exec", what, it, false, false)
		if err != nil {
			return nil, NewError(&TypeErrorType, "expected str, bytes or os.PathLike object, not %s", typeName(it))
		}
		out[i] = p.path
	}
	return out, nil
}

func forkExec(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "fork_exec() takes no keyword arguments")
	}
	if len(args) != 23 {
		return Value{}, NewError(&TypeErrorType, "fork_exec() takes exactly 23 arguments (%d given)", len(args))
	}
	var argv []string
	var err error
	if !args[0].IsNone() {
		if argv, err = fsBytesList(t, "args", args[0]); err != nil {
			return Value{}, err
		}
	}
	execs, err := fsBytesList(t, "executable_list", args[1])
	if err != nil {
		return Value{}, err
	}
	closeFDs, err := Truth(t, args[2])
	if err != nil {
		return Value{}, err
	}
	passItems, err := iterateToSlice(t, args[3])
	if err != nil {
		return Value{}, err
	}
	var passFDs []int
	for _, it := range passItems {
		fd, err := fdValue(t, it)
		if err != nil {
			return Value{}, err
		}
		if fd < 0 {
			return Value{}, NewError(&ValueErrorType, "bad value(s) in fds_to_keep")
		}
		passFDs = append(passFDs, fd)
	}
	cwd := ""
	if !args[4].IsNone() {
		p, err := convPath(t, "fork_exec", "cwd", args[4], false, false)
		if err != nil {
			return Value{}, err
		}
		cwd = p.path
	}
	var env []string
	if args[5].IsNone() {
		env = syscall.Environ()
	} else if env, err = fsBytesList(t, "env", args[5]); err != nil {
		return Value{}, err
	}
	fds := make([]int, 8)
	for i := range fds {
		if fds[i], err = fdValue(t, args[6+i]); err != nil {
			return Value{}, err
		}
	}
	p2cread, c2pwrite, errwrite, errpipeWrite := fds[0], fds[3], fds[5], fds[7]
	newSession, err := Truth(t, args[15])
	if err != nil {
		return Value{}, err
	}
	pgid, err := fdValue(t, args[16])
	if err != nil {
		return Value{}, err
	}
	attr := &syscall.SysProcAttr{Setsid: newSession}
	if pgid >= 0 {
		attr.Setpgid, attr.Pgid = true, pgid
	}
	if !args[17].IsNone() || !args[18].IsNone() || !args[19].IsNone() {
		cred := &syscall.Credential{Uid: uint32(syscall.Getuid()), Gid: uint32(syscall.Getgid()), NoSetGroups: true}
		if !args[17].IsNone() {
			g, err := fdValue(t, args[17])
			if err != nil {
				return Value{}, err
			}
			cred.Gid = uint32(g)
		}
		if !args[18].IsNone() {
			groups, err := iterateToSlice(t, args[18])
			if err != nil {
				return Value{}, err
			}
			cred.NoSetGroups = false
			for _, g := range groups {
				n, err := fdValue(t, g)
				if err != nil {
					return Value{}, err
				}
				cred.Groups = append(cred.Groups, uint32(n))
			}
		}
		if !args[19].IsNone() {
			u, err := fdValue(t, args[19])
			if err != nil {
				return Value{}, err
			}
			cred.Uid = uint32(u)
		}
		attr.Credential = cred
	}
	umask, err := fdValue(t, args[20])
	if err != nil {
		return Value{}, err
	}
	if !args[21].IsNone() {
		return Value{}, notImplemented("subprocess with preexec_fn (Python code cannot run between fork and exec in a Go process)")
	}
	if len(argv) == 0 {
		argv = []string{""}
		if len(execs) > 0 {
			argv[0] = execs[0]
		}
	}

	files := childFiles(p2cread, c2pwrite, errwrite, passFDs, closeFDs, errpipeWrite)
	t.in.Flush()
	// CPython's child fails at chdir before any exec: check the
	// directory here so the error is reported the same way.
	if cwd != "" {
		if err := checkChdir(cwd); err != nil {
			return Int(noChildPid), reportChildError(errpipeWrite, err, true)
		}
	}
	if umask >= 0 {
		old := syscall.Umask(umask)
		defer syscall.Umask(old)
	}
	var firstErr error
	for _, exe := range execs {
		pid, err := syscall.ForkExec(exe, argv, &syscall.ProcAttr{Dir: cwd, Env: env, Files: files, Sys: attr})
		if err == nil {
			return Int(int64(pid)), nil
		}
		if err != syscall.ENOENT && err != syscall.ENOTDIR && firstErr == nil {
			firstErr = err
		}
		if firstErr == nil && exe == execs[len(execs)-1] {
			firstErr = err
		}
	}
	if firstErr == nil {
		firstErr = syscall.ENOENT
	}
	return Int(noChildPid), reportChildError(errpipeWrite, firstErr, false)
}

// checkChdir reports the errno chdir(dir) would fail with.
func checkChdir(dir string) error {
	var st syscall.Stat_t
	if err := syscall.Stat(dir, &st); err != nil {
		return err
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
		return syscall.ENOTDIR
	}
	return syscall.Access(dir, 1)
}

// reportChildError writes what CPython's child writes to errpipe_write
// when it fails; subprocess.py reads it after fork_exec returns.
func reportChildError(errpipe int, err error, noexec bool) error {
	en, ok := err.(syscall.Errno)
	if !ok {
		return goOSError(err)
	}
	msg := "OSError:" + strconv.FormatInt(int64(en), 16) + ":"
	if noexec {
		msg += "noexec"
	}
	if errpipe < 0 {
		return newOSError(en)
	}
	if _, werr := syscall.Write(errpipe, []byte(msg)); werr != nil {
		return newOSError(en)
	}
	return nil
}

// childFiles maps the child's descriptors: 0-2 from the pipes (or the
// parent's own), pass_fds kept at their numbers, and with close_fds every
// other inheritable descriptor closed.
func childFiles(stdin, stdout, stderr int, pass []int, closeFDs bool, errpipe int) []uintptr {
	std := []int{stdin, stdout, stderr}
	for i := range std {
		if std[i] < 0 {
			std[i] = i
		}
	}
	maxFD := 2
	for _, fd := range pass {
		maxFD = max(maxFD, fd)
	}
	var inheritable []int
	if closeFDs {
		inheritable = inheritableFDs()
		for _, fd := range inheritable {
			maxFD = max(maxFD, fd)
		}
	}
	// A -1 entry closes the descriptor in the child; an entry equal to
	// its index keeps it and clears close-on-exec. Everything not kept
	// is closed: close-on-exec descriptors would close at exec anyway,
	// and errpipe_write is only for CPython's own child code.
	files := make([]uintptr, maxFD+1)
	for i := range files {
		files[i] = ^uintptr(0)
	}
	keep := map[int]bool{}
	for _, fd := range pass {
		if fd != errpipe {
			keep[fd] = true
		}
	}
	for i := 3; i < len(files); i++ {
		if keep[i] || (!closeFDs && isInheritable(i)) {
			files[i] = uintptr(i)
		}
	}
	for i, fd := range std {
		files[i] = uintptr(fd)
	}
	return files
}

func isInheritable(fd int) bool {
	fl, err := fcntlGetFD(fd)
	return err == nil && fl&syscall.FD_CLOEXEC == 0
}

func fcntlGetFD(fd int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// inheritableFDs lists this process's descriptors above 2 without
// close-on-exec.
func inheritableFDs() []int {
	d, err := os.Open("/proc/self/fd")
	if err != nil {
		return nil
	}
	names, _ := d.Readdirnames(-1)
	d.Close()
	var out []int
	for _, n := range names {
		fd, err := strconv.Atoi(n)
		if err != nil || fd <= 2 {
			continue
		}
		if isInheritable(fd) {
			out = append(out, fd)
		}
	}
	sort.Ints(out)
	return out
}
