package interp

// This file implements the select module on Linux: select.select, poll
// objects and epoll objects, which the selectors module (and through it
// subprocess.communicate) is built on.

import (
	"math"
	"sort"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

func init() {
	builtinModules["select"] = makeSelectModule
	delete(cModules, "select")
}

var (
	pollType   = Type{Name: "poll"}
	epollType  = Type{Name: "epoll"}
	selectOnce sync.Once
)

// pollObj is a select.poll object: registered fds and their masks.
type pollObj struct {
	Object
	fds  map[int]int16
	busy bool
}

// epollObj is a select.epoll object.
type epollObj struct {
	Object
	fd int // -1 once closed
}

var selectConstants = []struct {
	name  string
	value int64
}{
	{"EPOLLERR", 8}, {"EPOLLET", 2147483648}, {"EPOLLEXCLUSIVE", 268435456}, {"EPOLLHUP", 16},
	{"EPOLLIN", 1}, {"EPOLLMSG", 1024}, {"EPOLLONESHOT", 1073741824}, {"EPOLLOUT", 4},
	{"EPOLLPRI", 2}, {"EPOLLRDBAND", 128}, {"EPOLLRDHUP", 8192}, {"EPOLLRDNORM", 64},
	{"EPOLLWRBAND", 512}, {"EPOLLWRNORM", 256}, {"EPOLL_CLOEXEC", 524288}, {"PIPE_BUF", 4096},
	{"POLLERR", 8}, {"POLLHUP", 16}, {"POLLIN", 1}, {"POLLMSG", 1024}, {"POLLNVAL", 32},
	{"POLLOUT", 4}, {"POLLPRI", 2}, {"POLLRDBAND", 128}, {"POLLRDHUP", 8192},
	{"POLLRDNORM", 64}, {"POLLWRBAND", 512}, {"POLLWRNORM", 256},
}

func setupSelectTypes() {
	initBuiltinType(&pollType, "")
	pollType.Module = "select"
	pollType.Slots.New = func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		return Value{}, NewError(&TypeErrorType, "cannot create 'select.poll' instances")
	}
	addMethod(&pollType, "register", pollRegister)
	addMethod(&pollType, "modify", pollModify)
	addMethod(&pollType, "unregister", pollUnregister)
	addMethod(&pollType, "poll", pollPoll)

	initBuiltinType(&epollType, "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object\n\nsizehint must be a positive integer or -1 for the default size. The\nsizehint is used to optimize internal data structures. It doesn't limit\nthe maximum number of monitored events.")
	epollType.Module = "select"
	epollType.Flags |= FlagBaseType
	epollType.Slots.New = epollNew
	addMethod(&epollType, "register", epollRegister)
	addMethod(&epollType, "modify", epollModify)
	addMethod(&epollType, "unregister", epollUnregister)
	addMethod(&epollType, "poll", epollPoll)
	addMethod(&epollType, "close", noArgMethod("close", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := objectAs[epollObj](self.ref)
		if e.fd >= 0 {
			fd := e.fd
			e.fd = -1
			if err := syscall.Close(fd); err != nil {
				return Value{}, goOSError(err)
			}
		}
		return None, nil
	}))
	addMethod(&epollType, "fileno", noArgMethod("fileno", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		e, err := openEpoll(self)
		if err != nil {
			return Value{}, err
		}
		return Int(int64(e.fd)), nil
	}))
	addGetSet(&epollType, "closed", func(t *Thread, v Value) (Value, error) {
		return Bool(objectAs[epollObj](v.ref).fd < 0), nil
	}, nil)
	addMethod(&epollType, "__enter__", noArgMethod("__enter__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if _, err := openEpoll(self); err != nil {
			return Value{}, err
		}
		return self, nil
	}))
	addMethod(&epollType, "__exit__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		e := objectAs[epollObj](self.ref)
		if e.fd >= 0 {
			_ = syscall.Close(e.fd)
			e.fd = -1
		}
		return None, nil
	})
	for _, tp := range []*Type{&pollType, &epollType} {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

func makeSelectModule(in *Interpreter) *Module {
	selectOnce.Do(setupSelectTypes)
	m := NewModule("select")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors."))
	for _, c := range selectConstants {
		set(c.name, Int(c.value))
	}
	set("error", TypeValue(&OSErrorType))
	set("epoll", TypeValue(&epollType))
	moduleFn(m, "select", selectSelect)
	moduleFn(m, "poll", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("poll", args, kw, 0); err != nil {
			return Value{}, err
		}
		p := &pollObj{Object: Object{typ: &pollType}, fds: map[int]int16{}}
		return FromObject(&p.Object), nil
	})
	return m
}

// selectTimeout converts a timeout in seconds (None: forever) to a
// duration; forever is reported as -1.
func selectTimeout(t *Thread, v Value, msg string) (time.Duration, error) {
	if v.IsNull() || v.IsNone() {
		return -1, nil
	}
	var f float64
	switch {
	case v.IsFloat():
		f = v.AsFloat()
	case isIntLike(v):
		n, ok := smallInt(v)
		if !ok {
			return 0, NewError(&OverflowErrorType, "timeout is too large")
		}
		f = float64(n)
	default:
		r, found, err := callMethod(t, v, "__float__")
		if err != nil {
			return 0, err
		}
		if !found || !r.IsFloat() {
			return 0, NewError(&TypeErrorType, "%s", msg)
		}
		f = r.AsFloat()
	}
	if math.IsNaN(f) {
		return 0, NewError(&ValueErrorType, "Invalid value NaN (not a number)")
	}
	if f > float64(math.MaxInt64)/1e9 {
		return 0, NewError(&OverflowErrorType, "timeout is too large")
	}
	return time.Duration(math.Ceil(f * 1e9)), nil
}

// selectFDs converts one of select's lists.
func selectFDs(t *Thread, v Value) ([]Value, []int, error) {
	items, err := iterateToSlice(t, v)
	if err != nil {
		return nil, nil, err
	}
	fds := make([]int, len(items))
	for i, it := range items {
		fd, err := fdArgOrFileno(t, it)
		if err != nil {
			return nil, nil, err
		}
		if fd < 0 {
			return nil, nil, NewError(&ValueErrorType, "file descriptor cannot be a negative integer (%d)", fd)
		}
		if fd >= 1024 {
			return nil, nil, NewError(&ValueErrorType, "filedescriptor out of range in select()")
		}
		fds[i] = fd
	}
	return items, fds, nil
}

func selectSelect(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("select", args, kw, 3, 4); err != nil {
		return Value{}, err
	}
	var timeout Value
	if len(args) == 4 {
		timeout = args[3]
	}
	d, err := selectTimeout(t, timeout, "timeout must be a float or None")
	if err != nil {
		return Value{}, err
	}
	if d < -1 || (d < 0 && !timeout.IsNull() && !timeout.IsNone()) {
		return Value{}, NewError(&ValueErrorType, "timeout must be non-negative")
	}
	var objs [3][]Value
	var fds [3][]int
	for i := 0; i < 3; i++ {
		if objs[i], fds[i], err = selectFDs(t, args[i]); err != nil {
			return Value{}, err
		}
	}
	deadline := time.Now().Add(d)
	t.in.Flush()
	for {
		var sets [3]unix.FdSet
		nfd := 0
		for i := 0; i < 3; i++ {
			for _, fd := range fds[i] {
				sets[i].Set(fd)
				nfd = max(nfd, fd+1)
			}
		}
		var tv *unix.Timeval
		if d >= 0 {
			left := time.Until(deadline)
			if left < 0 {
				left = 0
			}
			x := unix.NsecToTimeval(left.Nanoseconds())
			tv = &x
		}
		_, err := unix.Select(nfd, &sets[0], &sets[1], &sets[2], tv)
		if err == unix.EINTR {
			if err := signalCheck(t); err != nil {
				return Value{}, err
			}
			continue
		}
		if err != nil {
			return Value{}, goOSError(err)
		}
		var out [3]Value
		for i := 0; i < 3; i++ {
			var ready []Value
			for j, fd := range fds[i] {
				if sets[i].IsSet(fd) {
					ready = append(ready, objs[i][j])
				}
			}
			out[i] = NewListValue(ready)
		}
		return NewTupleValue(out[:]), nil
	}
}

// eventMask converts a poll/epoll event mask (an unsigned short for
// poll).
func eventMask(t *Thread, v Value, short bool) (int64, error) {
	n, err := longArg(t, v)
	if err != nil {
		return 0, err
	}
	if short && (n < 0 || n > math.MaxUint16) {
		if n < 0 {
			return 0, NewError(&OverflowErrorType, "can't convert negative int to unsigned")
		}
		return 0, NewError(&OverflowErrorType, "Python int too large for C unsigned short")
	}
	return n, nil
}

func pollRegister(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("register", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	mask := int64(unix.POLLIN | unix.POLLPRI | unix.POLLOUT)
	if len(args) == 2 {
		if mask, err = eventMask(t, args[1], true); err != nil {
			return Value{}, err
		}
	}
	objectAs[pollObj](self.ref).fds[fd] = int16(uint16(mask))
	return None, nil
}

func pollModify(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("modify", args, kw, 2); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	mask, err := eventMask(t, args[1], true)
	if err != nil {
		return Value{}, err
	}
	p := objectAs[pollObj](self.ref)
	if _, ok := p.fds[fd]; !ok {
		return Value{}, newOSError(syscall.ENOENT)
	}
	p.fds[fd] = int16(uint16(mask))
	return None, nil
}

func pollUnregister(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("unregister", args, kw, 1); err != nil {
		return Value{}, err
	}
	fd, err := fdArgOrFileno(t, args[0])
	if err != nil {
		return Value{}, err
	}
	p := objectAs[pollObj](self.ref)
	if _, ok := p.fds[fd]; !ok {
		return Value{}, newException(&KeyErrorType, args[0])
	}
	delete(p.fds, fd)
	return None, nil
}

// pollMillis converts poll's timeout in milliseconds (None or negative:
// forever) to what poll(2) takes.
func pollMillis(t *Thread, args []Value) (int, error) {
	if len(args) == 0 || args[0].IsNone() {
		return -1, nil
	}
	d, err := selectTimeout(t, args[0], "timeout must be an integer or None")
	if err != nil {
		return 0, err
	}
	// The value is milliseconds, selectTimeout read it as seconds.
	ms := math.Ceil(float64(d) / 1e9)
	if ms < 0 {
		return -1, nil
	}
	if ms > math.MaxInt32 {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(ms), nil
}

func pollPoll(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("poll", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	ms, err := pollMillis(t, args)
	if err != nil {
		return Value{}, err
	}
	p := objectAs[pollObj](self.ref)
	if p.busy {
		return Value{}, NewError(&RuntimeErrorType, "concurrent poll() invocation")
	}
	keys := make([]int, 0, len(p.fds))
	for fd := range p.fds {
		keys = append(keys, fd)
	}
	sort.Ints(keys)
	pfds := make([]unix.PollFd, len(keys))
	for i, fd := range keys {
		pfds[i] = unix.PollFd{Fd: int32(fd), Events: p.fds[fd]}
	}
	t.in.Flush()
	p.busy = true
	defer func() { p.busy = false }()
	start := time.Now()
	for {
		wait := ms
		if ms > 0 {
			wait = ms - int(time.Since(start).Milliseconds())
			if wait < 0 {
				wait = 0
			}
		}
		_, err := unix.Poll(pfds, wait)
		if err == unix.EINTR {
			if err := signalCheck(t); err != nil {
				return Value{}, err
			}
			continue
		}
		if err != nil {
			return Value{}, goOSError(err)
		}
		break
	}
	var out []Value
	for _, pf := range pfds {
		if pf.Revents != 0 {
			out = append(out, NewTupleValue([]Value{Int(int64(pf.Fd)), Int(int64(uint16(pf.Revents)))}))
		}
	}
	return NewListValue(out), nil
}

func epollNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs("epoll", args, kwnames, []string{"sizehint", "flags"}, 0, 2)
	if err != nil {
		return Value{}, err
	}
	if !a[0].IsNull() {
		n, err := longArg(t, a[0])
		if err != nil {
			return Value{}, err
		}
		if n == 0 || n < -1 {
			return Value{}, NewError(&ValueErrorType, "negative sizehint")
		}
	}
	fd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return Value{}, goOSError(err)
	}
	e := &epollObj{Object: Object{typ: typ}, fd: fd}
	return FromObject(&e.Object), nil
}

func openEpoll(v Value) (*epollObj, error) {
	e := objectAs[epollObj](v.ref)
	if e.fd < 0 {
		return nil, NewError(&ValueErrorType, "I/O operation on closed epoll object")
	}
	return e, nil
}

func epollCtl(t *Thread, self Value, op int, fdv Value, maskv Value) error {
	e, err := openEpoll(self)
	if err != nil {
		return err
	}
	fd, err := fdArgOrFileno(t, fdv)
	if err != nil {
		return err
	}
	ev := unix.EpollEvent{Fd: int32(fd)}
	if !maskv.IsNull() {
		mask, err := eventMask(t, maskv, false)
		if err != nil {
			return err
		}
		ev.Events = uint32(mask)
	}
	if err := unix.EpollCtl(e.fd, op, fd, &ev); err != nil {
		return goOSError(err)
	}
	return nil
}

func epollRegister(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("register", args, kw, []string{"fd", "eventmask"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	mask := a[1]
	if mask.IsNull() {
		mask = Int(unix.EPOLLIN | unix.EPOLLPRI | unix.EPOLLOUT)
	}
	return None, epollCtl(t, self, unix.EPOLL_CTL_ADD, a[0], mask)
}

func epollModify(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("modify", args, kw, []string{"fd", "eventmask"}, 2, 2)
	if err != nil {
		return Value{}, err
	}
	return None, epollCtl(t, self, unix.EPOLL_CTL_MOD, a[0], a[1])
}

func epollUnregister(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("unregister", args, kw, []string{"fd"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	return None, epollCtl(t, self, unix.EPOLL_CTL_DEL, a[0], Value{})
}

func epollPoll(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("poll", args, kw, []string{"timeout", "maxevents"}, 0, 2)
	if err != nil {
		return Value{}, err
	}
	e, err := openEpoll(self)
	if err != nil {
		return Value{}, err
	}
	ms := -1
	if !a[0].IsNull() && !a[0].IsNone() {
		d, err := selectTimeout(t, a[0], "timeout must be an integer or None")
		if err != nil {
			return Value{}, err
		}
		if d >= 0 {
			ms = int(math.Ceil(float64(d) / 1e6))
		}
	}
	maxev := -1
	if !a[1].IsNull() {
		if maxev, err = fdValue(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	if maxev == -1 {
		maxev = 1023
	} else if maxev <= 0 {
		return Value{}, NewError(&ValueErrorType, "maxevents must be greater than 0, got %d", maxev)
	}
	evs := make([]unix.EpollEvent, maxev)
	t.in.Flush()
	start := time.Now()
	var n int
	for {
		wait := ms
		if ms > 0 {
			wait = max(ms-int(time.Since(start).Milliseconds()), 0)
		}
		n, err = unix.EpollWait(e.fd, evs, wait)
		if err == unix.EINTR {
			if err := signalCheck(t); err != nil {
				return Value{}, err
			}
			continue
		}
		if err != nil {
			return Value{}, goOSError(err)
		}
		break
	}
	out := make([]Value, n)
	for i := 0; i < n; i++ {
		out[i] = NewTupleValue([]Value{Int(int64(evs[i].Fd)), Int(int64(evs[i].Events))})
	}
	return NewListValue(out), nil
}
