package interp

// This file implements the less central posix functions: sysconf,
// scheduling and priority, pread/pwrite, sendfile, getrandom, ttyname
// and the set*id family.

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

func init() {
	for name, f := range map[string]BuiltinFn{
		"sysconf":           posixSysconf,
		"sched_getaffinity": posixSchedGetaffinity,
		"sched_yield": func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("sched_yield", args, kw, 0); err != nil {
				return Value{}, err
			}
			syscall.Syscall(syscall.SYS_SCHED_YIELD, 0, 0, 0)
			return None, nil
		},
		"getpriority": posixGetpriority,
		"setpriority": posixSetpriority,
		"pread":       posixPread,
		"pwrite":      posixPwrite,
		"sendfile":    posixSendfile,
		"getrandom":   posixGetrandom,
		"ttyname":     posixTtyname,
		"setpgid":     posixSetpgid,
		"setpgrp": func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("setpgrp", args, kw, 0); err != nil {
				return Value{}, err
			}
			if err := syscall.Setpgid(0, 0); err != nil {
				return Value{}, goOSError(err)
			}
			return None, nil
		},
		"wait3":   posixWait3,
		"wait4":   posixWait4,
		"setuid":  setIDFunc("setuid", syscall.Setuid),
		"seteuid": setIDFunc("seteuid", syscall.Seteuid),
		"setgid":  setIDFunc("setgid", syscall.Setgid),
		"setegid": setIDFunc("setegid", syscall.Setegid),
	} {
		posixFuncs[name] = f
	}
}

// sysconfValue answers the sysconf names whose values pyjit can compute
// the way glibc does; ok is false for the others.
func sysconfValue(n int) (int64, bool) {
	rlim := func(r int) int64 {
		var l unix.Rlimit
		if unix.Getrlimit(r, &l) != nil || l.Cur == unix.RLIM_INFINITY {
			return -1
		}
		return int64(l.Cur)
	}
	sysinfo := func(free bool) int64 {
		var si unix.Sysinfo_t
		if unix.Sysinfo(&si) != nil {
			return -1
		}
		x := si.Totalram
		if free {
			x = si.Freeram
		}
		return int64(x) * int64(si.Unit) / int64(os.Getpagesize())
	}
	switch n {
	case sysconfNames["SC_ARG_MAX"]:
		if s := rlim(unix.RLIMIT_STACK); s >= 0 && s/4 > 131072 {
			return s / 4, true
		}
		return 131072, true
	case sysconfNames["SC_CHILD_MAX"]:
		return rlim(unix.RLIMIT_NPROC), true
	case sysconfNames["SC_CLK_TCK"]:
		return 100, true
	case sysconfNames["SC_NGROUPS_MAX"]:
		return 65536, true
	case sysconfNames["SC_OPEN_MAX"]:
		return rlim(unix.RLIMIT_NOFILE), true
	case sysconfNames["SC_PAGESIZE"]:
		return int64(os.Getpagesize()), true
	case sysconfNames["SC_NPROCESSORS_CONF"], sysconfNames["SC_NPROCESSORS_ONLN"]:
		if v, err := posixCPUCount(nil, None, nil, nil); err == nil && v.IsInt() {
			return v.AsInt(), true
		}
		return -1, true
	case sysconfNames["SC_PHYS_PAGES"]:
		return sysinfo(false), true
	case sysconfNames["SC_AVPHYS_PAGES"]:
		return sysinfo(true), true
	case sysconfNames["SC_SIGQUEUE_MAX"]:
		return rlim(unix.RLIMIT_SIGPENDING), true
	case sysconfNames["SC_LINE_MAX"]:
		return 2048, true
	case sysconfNames["SC_LOGIN_NAME_MAX"]:
		return 256, true
	case sysconfNames["SC_IOV_MAX"]:
		return 1024, true
	case sysconfNames["SC_TTY_NAME_MAX"], sysconfNames["SC_RTSIG_MAX"]:
		return 32, true
	case sysconfNames["SC_STREAM_MAX"]:
		return 16, true
	case sysconfNames["SC_SEM_NSEMS_MAX"], sysconfNames["SC_TZNAME_MAX"]:
		return -1, true
	}
	return 0, false
}

func posixSysconf(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("sysconf", args, kw, 1); err != nil {
		return Value{}, err
	}
	var n int
	if s, ok := asStr(args[0]); ok {
		v, found := sysconfNames[s.s]
		if !found {
			return Value{}, NewError(&ValueErrorType, "unrecognized configuration name")
		}
		n = v
	} else if isIntLike(args[0]) {
		var err error
		if n, err = fdValue(t, args[0]); err != nil {
			return Value{}, err
		}
	} else {
		return Value{}, NewError(&TypeErrorType, "configuration names must be strings or integers")
	}
	v, ok := sysconfValue(n)
	if !ok {
		known := false
		for _, x := range sysconfNames {
			known = known || x == n
		}
		if !known {
			return Value{}, newOSError(syscall.EINVAL)
		}
		return Value{}, notImplemented("this sysconf name")
	}
	return Int(v), nil
}

// sysconfNamesDict is posix.sysconf_names.
func sysconfNamesDict() Value {
	keys := make([]string, 0, len(sysconfNames))
	for k := range sysconfNames {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	d := NewDict()
	for _, k := range keys {
		d.setStrNoErr(Intern(k), Int(int64(sysconfNames[k])))
	}
	return FromObject(&d.Object)
}

func posixSchedGetaffinity(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("sched_getaffinity", args, kw, 1); err != nil {
		return Value{}, err
	}
	pid, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	var set unix.CPUSet
	if err := unix.SchedGetaffinity(pid, &set); err != nil {
		return Value{}, goOSError(err)
	}
	var cpus []int
	for i := 0; i < len(set)*64; i++ {
		if set.IsSet(i) {
			cpus = append(cpus, i)
		}
	}
	return signalSet(t, cpus)
}

func posixGetpriority(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("getpriority", args, kw, 2); err != nil {
		return Value{}, err
	}
	which, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	who, err := fdValue(t, args[1])
	if err != nil {
		return Value{}, err
	}
	r, err := unix.Getpriority(which, who)
	if err != nil {
		return Value{}, goOSError(err)
	}
	// The raw system call returns 20 - nice.
	return Int(int64(20 - r)), nil
}

func posixSetpriority(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("setpriority", args, kw, 3); err != nil {
		return Value{}, err
	}
	var v [3]int
	for i := range v {
		var err error
		if v[i], err = fdValue(t, args[i]); err != nil {
			return Value{}, err
		}
	}
	if err := unix.Setpriority(v[0], v[1], v[2]); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixPread(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("pread", args, kw, 3); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	n, err := longArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	off, err := longArg(t, args[2])
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, NewError(&ValueErrorType, "negative buffersize in pread")
	}
	buf, err := allocBuffer(n)
	if err != nil {
		return Value{}, err
	}
	var k int
	err = retryEINTR(func() error {
		var e error
		k, e = unix.Pread(fd, buf, off)
		return e
	})
	if err != nil {
		return Value{}, goOSError(err)
	}
	return BytesValue(buf[:k]), nil
}

func posixPwrite(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("pwrite", args, kw, 3); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	data, err := bufferArg(args[1])
	if err != nil {
		return Value{}, err
	}
	off, err := longArg(t, args[2])
	if err != nil {
		return Value{}, err
	}
	var k int
	err = retryEINTR(func() error {
		var e error
		k, e = unix.Pwrite(fd, data, off)
		return e
	})
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Int(int64(k)), nil
}

func posixSendfile(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("sendfile", args, kw, []string{"out_fd", "in_fd", "offset", "count"}, 4, 4)
	if err != nil {
		return Value{}, err
	}
	out, err := fdValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	in, err := fdValue(t, a[1])
	if err != nil {
		return Value{}, err
	}
	count, err := longArg(t, a[3])
	if err != nil {
		return Value{}, err
	}
	var offp *int64
	if !a[2].IsNone() {
		off, err := longArg(t, a[2])
		if err != nil {
			return Value{}, err
		}
		offp = &off
	}
	if out == 1 || out == 2 {
		t.in.Flush()
	}
	var n int
	err = retryEINTR(func() error {
		var e error
		n, e = unix.Sendfile(out, in, offp, int(count))
		return e
	})
	if err != nil {
		return Value{}, goOSError(err)
	}
	return Int(int64(n)), nil
}

func posixGetrandom(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("getrandom", args, kw, []string{"size", "flags"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	n, err := longArg(t, a[0])
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, newOSError(syscall.EINVAL)
	}
	flags := 0
	if !a[1].IsNull() {
		if flags, err = fdValue(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	buf, err := allocBuffer(n)
	if err != nil {
		return Value{}, err
	}
	var k int
	err = retryEINTR(func() error {
		var e error
		k, e = unix.Getrandom(buf, flags)
		return e
	})
	if err != nil {
		return Value{}, goOSError(err)
	}
	return BytesValue(buf[:k]), nil
}

func posixTtyname(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("ttyname", args, kw, 1); err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if !fdIsTerminal(fd) {
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
			return Value{}, goOSError(err)
		}
		return Value{}, newOSError(syscall.ENOTTY)
	}
	name, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(fd))
	if err != nil {
		return Value{}, goOSError(err)
	}
	return StrValue(fsDecode(name)), nil
}

func posixSetpgid(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("setpgid", args, kw, 2); err != nil {
		return Value{}, err
	}
	pid, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	pg, err := fdValue(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if err := syscall.Setpgid(pid, pg); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func setIDFunc(name string, f func(int) error) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		id, err := longArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if id < 0 || id > 1<<32-2 {
			return Value{}, NewError(&OverflowErrorType, "%s is greater than maximum", map[bool]string{true: "gid", false: "uid"}[strings.Contains(name, "gid")])
		}
		if err := f(int(id)); err != nil {
			return Value{}, goOSError(err)
		}
		return None, nil
	}
}

// rusageValue builds a resource.struct_rusage (wait3 and wait4 return
// one, as CPython's do by importing resource).
func rusageValue(ru *syscall.Rusage) Value {
	resourceOnce.Do(setupResourceTypes)
	tv := func(x syscall.Timeval) Value { return Float(float64(x.Sec) + float64(x.Usec)*1e-6) }
	return makeStructSeq(rusageType, 16, []Value{tv(ru.Utime), tv(ru.Stime), Int(ru.Maxrss), Int(ru.Ixrss),
		Int(ru.Idrss), Int(ru.Isrss), Int(ru.Minflt), Int(ru.Majflt), Int(ru.Nswap), Int(ru.Inblock),
		Int(ru.Oublock), Int(ru.Msgsnd), Int(ru.Msgrcv), Int(ru.Nsignals), Int(ru.Nvcsw), Int(ru.Nivcsw)})
}

// waitRusage is wait4 with EINTR retried after running signal handlers.
func waitRusage(t *Thread, pid, options int) (Value, error) {
	var ws syscall.WaitStatus
	var ru syscall.Rusage
	for {
		t.in.Flush()
		r, err := syscall.Wait4(pid, &ws, options, &ru)
		if err == syscall.EINTR {
			if err := signalCheck(t); err != nil {
				return Value{}, err
			}
			continue
		}
		if err != nil {
			return Value{}, goOSError(err)
		}
		return NewTupleValue([]Value{Int(int64(r)), Int(int64(ws)), rusageValue(&ru)}), nil
	}
}

func posixWait3(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("wait3", args, kw, []string{"options"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	opts, err := fdValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	return waitRusage(t, -1, opts)
}

func posixWait4(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("wait4", args, kw, []string{"pid", "options"}, 2, 2)
	if err != nil {
		return Value{}, err
	}
	pid, err := fdValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	opts, err := fdValue(t, a[1])
	if err != nil {
		return Value{}, err
	}
	return waitRusage(t, pid, opts)
}
