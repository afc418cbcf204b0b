package interp

// This file implements the resource module: getrusage, getrlimit,
// setrlimit, prlimit and getpagesize.

import (
	"os"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

func init() {
	builtinModules["resource"] = makeResourceModule
	delete(cModules, "resource")
}

var (
	rusageType   *Type
	resourceOnce sync.Once
)

func setupResourceTypes() {
	rusageType = newStructSeqType("resource", "struct_rusage", "struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
		[]string{"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
			"ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"}, 16)
}

func makeResourceModule(in *Interpreter) *Module {
	resourceOnce.Do(setupResourceTypes)
	m := NewModule("resource")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	for _, c := range resourceConstants {
		set(c.name, Int(c.value))
	}
	set("error", TypeValue(&OSErrorType))
	set("struct_rusage", TypeValue(rusageType))
	moduleFn(m, "getrusage", resourceGetrusage)
	moduleFn(m, "getrlimit", resourceGetrlimit)
	moduleFn(m, "setrlimit", resourceSetrlimit)
	moduleFn(m, "prlimit", resourcePrlimit)
	moduleFn(m, "getpagesize", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getpagesize", args, kw, 0); err != nil {
			return Value{}, err
		}
		return Int(int64(os.Getpagesize())), nil
	})
	return m
}

func resourceGetrusage(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("getrusage", args, kw, 1); err != nil {
		return Value{}, err
	}
	who, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		if err == syscall.EINVAL {
			return Value{}, NewError(&ValueErrorType, "invalid who parameter")
		}
		return Value{}, goOSError(err)
	}
	return rusageValue(&ru), nil
}

// rlimValue is one limit, RLIM_INFINITY as -1.
func rlimValue(x uint64) Value {
	if x == unix.RLIM_INFINITY {
		return Int(-1)
	}
	return uintValue(x)
}

func resourceArg(t *Thread, v Value) (int, error) {
	r, err := fdValue(t, v)
	if err != nil {
		return 0, err
	}
	if r < 0 || r >= 16 /* RLIM_NLIMITS */ {
		return 0, NewError(&ValueErrorType, "invalid resource specified")
	}
	return r, nil
}

func resourceGetrlimit(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("getrlimit", args, kw, 1); err != nil {
		return Value{}, err
	}
	r, err := resourceArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	var lim unix.Rlimit
	if err := unix.Getrlimit(r, &lim); err != nil {
		return Value{}, goOSError(err)
	}
	return NewTupleValue([]Value{rlimValue(lim.Cur), rlimValue(lim.Max)}), nil
}

// rlimitArg converts a (soft, hard) pair.
func rlimitArg(t *Thread, v Value) (unix.Rlimit, error) {
	items, err := iterateToSlice(t, v)
	if err != nil {
		return unix.Rlimit{}, NewError(&TypeErrorType, "expected a tuple of 2 integers")
	}
	if len(items) != 2 {
		return unix.Rlimit{}, NewError(&ValueErrorType, "expected a tuple of 2 integers")
	}
	var out [2]uint64
	for i, it := range items {
		n, err := longArg(t, it)
		if err != nil {
			return unix.Rlimit{}, err
		}
		out[i] = uint64(n)
	}
	return unix.Rlimit{Cur: out[0], Max: out[1]}, nil
}

func resourceSetrlimit(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("setrlimit", args, kw, 2); err != nil {
		return Value{}, err
	}
	r, err := resourceArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	lim, err := rlimitArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if err := unix.Setrlimit(r, &lim); err != nil {
		if err == unix.EINVAL {
			return Value{}, NewError(&ValueErrorType, "current limit exceeds maximum limit")
		}
		if err == unix.EPERM {
			return Value{}, NewError(&ValueErrorType, "not allowed to raise maximum limit")
		}
		return Value{}, goOSError(err)
	}
	return None, nil
}

func resourcePrlimit(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("prlimit", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	pid, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	r, err := resourceArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	var newLim *unix.Rlimit
	if len(args) == 3 {
		l, err := rlimitArg(t, args[2])
		if err != nil {
			return Value{}, err
		}
		newLim = &l
	}
	var old unix.Rlimit
	if err := unix.Prlimit(pid, r, newLim, &old); err != nil {
		return Value{}, goOSError(err)
	}
	return NewTupleValue([]Value{rlimValue(old.Cur), rlimValue(old.Max)}), nil
}
