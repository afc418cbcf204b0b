package interp

// This file implements posix's small functions: sync, fspath, strerror,
// umask, urandom, device_encoding, the environment, cpu_count and the
// device-number helpers.

import (
	"os"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

func posixSync(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("sync", args, kw, 0); err != nil {
		return Value{}, err
	}
	syscall.Sync()
	return None, nil
}

func posixFspath(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("fspath", args, kw, []string{"path"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	r, ok, err := fspathValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, NewError(&TypeErrorType, "expected str, bytes or os.PathLike object, not %s", typeName(a[0]))
	}
	return r, nil
}

func posixStrerror(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("strerror", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return StrValue(strerror(int64(n))), nil
}

func posixUmask(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("umask", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return Int(int64(syscall.Umask(n))), nil
}

func posixUrandom(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("urandom", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, NewError(&ValueErrorType, "negative argument not allowed")
	}
	buf, err := allocBuffer(n)
	if err != nil {
		return Value{}, err
	}
	for off := 0; off < len(buf); {
		k, err := unix.Getrandom(buf[off:], 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return Value{}, goOSError(err)
		}
		off += k
	}
	return BytesValue(buf), nil
}

func posixDeviceEncoding(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("device_encoding", args, kw, []string{"fd"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
		return StrValue("UTF-8"), nil
	}
	return None, nil
}

// envBytes converts a putenv/unsetenv argument (str or bytes, via fspath).
func envBytes(t *Thread, fname string, v Value) (string, error) {
	p, err := convPath(t, fname, "name", v, false, false)
	if err != nil {
		return "", err
	}
	return p.path, nil
}

func posixPutenv(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("putenv", args, kw, 2); err != nil {
		return Value{}, err
	}
	name, err := envBytes(t, "putenv", args[0])
	if err != nil {
		return Value{}, err
	}
	value, err := envBytes(t, "putenv", args[1])
	if err != nil {
		return Value{}, err
	}
	if name == "" || strings.IndexByte(name, '=') >= 0 {
		return Value{}, NewError(&ValueErrorType, "illegal environment variable name")
	}
	if err := syscall.Setenv(name, value); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixUnsetenv(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("unsetenv", args, kw, 1); err != nil {
		return Value{}, err
	}
	name, err := envBytes(t, "unsetenv", args[0])
	if err != nil {
		return Value{}, err
	}
	if name == "" || strings.IndexByte(name, '=') >= 0 {
		return Value{}, NewError(&ValueErrorType, "illegal environment variable name")
	}
	if err := syscall.Unsetenv(name); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func posixCPUCount(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("cpu_count", args, kw, 0); err != nil {
		return Value{}, err
	}
	// sysconf(_SC_NPROCESSORS_ONLN): the online CPUs, not the affinity
	// mask runtime.NumCPU reports.
	data, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return None, nil
	}
	n := 0
	for _, part := range strings.Split(strings.TrimSpace(string(data)), ",") {
		lo, hi, found := strings.Cut(part, "-")
		a, ok1 := atoiSimple(lo)
		b := a
		ok2 := true
		if found {
			b, ok2 = atoiSimple(hi)
		}
		if !ok1 || !ok2 {
			return None, nil
		}
		n += b - a + 1
	}
	return Int(int64(n)), nil
}

func atoiSimple(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func devPart(name string, f func(uint64) uint64) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		d, err := longArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Int(int64(f(uint64(d)))), nil
	}
}

func posixMakedev(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("makedev", args, kw, 2); err != nil {
		return Value{}, err
	}
	ma, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	mi, err := longArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	return Int(int64(unix.Mkdev(uint32(ma), uint32(mi)))), nil
}
