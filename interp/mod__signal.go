package interp

// This file implements the _signal module (CPython's
// Modules/signalmodule.c). Go's runtime owns the process's signal
// handlers, so a Python handler is installed with os/signal.Notify: a
// goroutine records arrivals, and the interpreter's thread runs the
// Python handlers at its next check (loop back-edges, and after the
// blocking calls that sleep, wait or send signals), as CPython runs them
// between bytecodes. SIGINT gets default_int_handler, which raises
// KeyboardInterrupt.

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

func init() {
	builtinModules["_signal"] = makeSignalModule
	delete(cModules, "_signal")
}

const nsig = 65

// sigHandler is the Python-level handler of one signal.
type sigHandler struct {
	in      *Interpreter // whose main thread runs it
	handler Value        // SIG_DFL (0), SIG_IGN (1) or a callable
}

var sigState struct {
	mu       sync.Mutex
	handlers [nsig]sigHandler
	ch       chan os.Signal
	// tripped[n] is set when signal n arrived and its handler has not
	// run yet; anyTripped says some tripped flag may be set.
	tripped    [nsig]atomic.Bool
	wakeupFD   int
	wakeupWarn bool
	blocked    [nsig]bool
	owner      *Interpreter
	// initIgnored records the signals ignored when the process started.
	initIgnored [nsig]bool
}

// anyTripped is the eval loop's cheap test for pending signals.
var anyTripped atomic.Bool

// sigWake is signalled when a signal arrives, to wake sleeping calls
// (time.sleep, signal.pause) so handlers run promptly, as EINTR does in
// CPython.
var sigWake = make(chan struct{}, 1)

var (
	defaultIntHandler Value
	itimerErrorType   *Type
	signalOnce        sync.Once
)

func setupSignal() {
	sigState.wakeupFD = -1
	defaultIntHandler = FromObject(&NewBuiltin("default_int_handler", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Value{}, newException(&KeyboardInterruptType)
	}).Object)
	sigState.ch = make(chan os.Signal, 64)
	go func() {
		for s := range sigState.ch {
			n, ok := s.(syscall.Signal)
			if !ok || n <= 0 || int(n) >= nsig {
				continue
			}
			sigState.tripped[n].Store(true)
			anyTripped.Store(true)
			select {
			case sigWake <- struct{}{}:
			default:
			}
			sigState.mu.Lock()
			fd := sigState.wakeupFD
			sigState.mu.Unlock()
			if fd >= 0 {
				_, _ = syscall.Write(fd, []byte{byte(n)})
			}
		}
	}()
}

// startSignals gives the interpreter its startup handlers the first time
// _signal is imported: SIGINT raises KeyboardInterrupt, signals ignored
// at startup (and SIGPIPE and SIGXFSZ, which CPython ignores) report
// SIG_IGN.
func startSignals(in *Interpreter) {
	sigState.mu.Lock()
	defer sigState.mu.Unlock()
	// The interpreter that imports _signal last owns the process's
	// signals (one per process outside of tests): it starts from the
	// startup handlers.
	if sigState.owner == in {
		return
	}
	if sigState.owner == nil {
		for n := 1; n < nsig; n++ {
			sigState.initIgnored[n] = signal.Ignored(syscall.Signal(n))
		}
	} else {
		for n := 1; n < nsig; n++ {
			if h := sigState.handlers[n].handler; !h.IsNull() && !(h.IsInt() && (h.AsInt() == 0 || sigState.initIgnored[n])) {
				signal.Reset(syscall.Signal(n))
			}
			sigState.tripped[n].Store(false)
		}
		sigState.wakeupFD = -1
		sigState.blocked = [nsig]bool{}
	}
	sigState.owner = in
	for n := 1; n < nsig; n++ {
		h := Int(0)
		if n == int(syscall.SIGPIPE) || n == int(syscall.SIGXFSZ) || sigState.initIgnored[n] {
			h = Int(1)
		}
		sigState.handlers[n] = sigHandler{in: in, handler: h}
	}
	if !sigState.initIgnored[syscall.SIGINT] {
		sigState.handlers[syscall.SIGINT] = sigHandler{in: in, handler: defaultIntHandler}
		signal.Notify(sigState.ch, syscall.SIGINT)
	}
}

// signalCheck runs the handlers of the signals that arrived, on t if it
// is the main thread of their interpreter (PyErr_CheckSignals).
func signalCheck(t *Thread) error {
	if !anyTripped.Load() {
		return nil
	}
	if t == nil || t.in == nil || t != t.in.main {
		return nil
	}
	anyTripped.Store(false)
	if profTicks.Load() != 0 {
		profileSample(t) // the profiler's tick (profile_hook.go)
	}
	for n := 1; n < nsig; n++ {
		if !sigState.tripped[n].Load() {
			continue
		}
		sigState.mu.Lock()
		h := sigState.handlers[n]
		blocked := sigState.blocked[n]
		sigState.mu.Unlock()
		if blocked {
			anyTripped.Store(true)
			continue
		}
		if h.in != nil && h.in != t.in {
			continue
		}
		sigState.tripped[n].Store(false)
		if h.handler.IsNull() || h.handler.IsInt() {
			continue
		}
		frame := None
		if t.frame != nil {
			frame = FromObject(&t.frame.Object)
		}
		if _, err := Call(t, h.handler, []Value{Int(int64(n)), frame}, nil); err != nil {
			anyTripped.Store(true)
			return err
		}
	}
	return takeInterrupt(t)
}

// waitSignalDelivery waits briefly for the signal goroutine to record a
// signal this process sent itself, when a Python handler catches it.
func waitSignalDelivery(sig syscall.Signal) {
	if sig <= 0 || int(sig) >= nsig {
		return
	}
	sigState.mu.Lock()
	h := sigState.handlers[sig].handler
	sigState.mu.Unlock()
	if h.IsNull() || h.IsInt() {
		return
	}
	for i := 0; i < 1000 && !sigState.tripped[sig].Load(); i++ {
		time.Sleep(time.Millisecond)
	}
}

// signalResetDefault restores the default action of sig.
func signalResetDefault(sig syscall.Signal) {
	signal.Reset(sig)
}

func makeSignalModule(in *Interpreter) *Module {
	signalOnce.Do(setupSignal)
	startSignals(in)
	m := NewModule("_signal")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("This module provides mechanisms to use signal handlers in Python.\n\nFunctions:\n\nalarm() -- cause SIGALRM after a specified time [Unix only]\nsetitimer() -- cause a signal (described below) after a specified\n               float time and the timer may restart then [Unix only]\ngetitimer() -- get current value of timer [Unix only]\nsignal() -- set the action for a given signal\ngetsignal() -- get the signal action for a given signal\npause() -- wait until a signal arrives [Unix only]\ndefault_int_handler() -- default SIGINT handler\n\nsignal constants:\nSIG_DFL -- used to refer to the system default handler\nSIG_IGN -- used to ignore the signal\nNSIG -- number of defined signals\nSIGINT, SIGTERM, etc. -- signal numbers\n\nitimer constants:\nITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n               expiration\nITIMER_VIRTUAL -- decrements only when the process is executing,\n               and delivers SIGVTALRM upon expiration\nITIMER_PROF -- decrements both when the process is executing and\n               when the system is executing on behalf of the process.\n               Coupled with ITIMER_VIRTUAL, this timer is usually\n               used to profile the time spent by the application\n               in user and kernel space. SIGPROF is delivered upon\n               expiration.\n\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame."))
	set("SIG_DFL", Int(0))
	set("SIG_IGN", Int(1))
	for _, c := range signalConstants {
		set(c.name, Int(c.value))
	}
	set("default_int_handler", defaultIntHandler)
	if itimerErrorType == nil {
		if v, err := Call(in.main, TypeValue(&TypeType), []Value{StrValue("ItimerError"),
			NewTupleValue([]Value{TypeValue(&OSErrorType)}), FromObject(&newModuleNS("signal").Object)}, nil); err == nil {
			itimerErrorType, _ = asType(v)
		}
	}
	if itimerErrorType != nil {
		set("ItimerError", TypeValue(itimerErrorType))
	}
	for name, f := range map[string]BuiltinFn{
		"signal":          signalSignal,
		"getsignal":       signalGetsignal,
		"raise_signal":    signalRaise,
		"strsignal":       signalStrsignal,
		"valid_signals":   signalValidSignals,
		"set_wakeup_fd":   signalSetWakeupFD,
		"alarm":           signalAlarm,
		"pause":           signalPause,
		"pthread_sigmask": signalPthreadSigmask,
		"pthread_kill":    signalPthreadKill,
		"siginterrupt":    signalSiginterrupt,
		"setitimer":       signalSetitimer,
		"getitimer":       signalGetitimer,
		"sigpending":      signalSigpending,
	} {
		moduleFn(m, name, f)
	}
	return m
}

// newModuleNS is a class namespace with __module__ set.
func newModuleNS(module string) *Dict {
	d := NewDict()
	d.setStrNoErr(Intern("__module__"), StrValue(module))
	return d
}

// signumArg converts and range-checks a signal number.
func signumArg(t *Thread, v Value) (int, error) {
	n, err := fdValue(t, v)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= nsig {
		return 0, NewError(&ValueErrorType, "signal number out of range")
	}
	return n, nil
}

func signalSignal(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("signal", args, kw, 2); err != nil {
		return Value{}, err
	}
	n, err := signumArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	h := args[1]
	sig := syscall.Signal(n)
	var mode int // 0 default, 1 ignore, 2 Python handler
	switch {
	case isIntLike(h) && !h.IsBool():
		iv, _ := smallInt(h)
		if iv != 0 && iv != 1 {
			return Value{}, NewError(&TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
		}
		mode = int(iv)
		h = Int(iv)
	case h.Type().Slots.Call != nil:
		mode = 2
	default:
		return Value{}, NewError(&TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	if t != t.in.main {
		return Value{}, NewError(&ValueErrorType, "signal only works in main thread of the main interpreter")
	}
	if sig == syscall.SIGKILL || sig == syscall.SIGSTOP || n == 32 || n == 33 {
		return Value{}, newOSError(syscall.EINVAL)
	}
	sigState.mu.Lock()
	old := sigState.handlers[n]
	sigState.handlers[n] = sigHandler{in: t.in, handler: h}
	sigState.mu.Unlock()
	switch mode {
	case 0:
		signal.Reset(sig)
		sigState.tripped[n].Store(false)
	case 1:
		signal.Ignore(sig)
		sigState.tripped[n].Store(false)
	case 2:
		signal.Notify(sigState.ch, sig)
	}
	if old.handler.IsNull() {
		return None, nil
	}
	return old.handler, nil
}

func signalGetsignal(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("getsignal", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := signumArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	sigState.mu.Lock()
	h := sigState.handlers[n].handler
	sigState.mu.Unlock()
	if h.IsNull() {
		return None, nil
	}
	return h, nil
}

func signalRaise(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("raise_signal", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := signumArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n == 32 || n == 33 {
		return Value{}, newOSError(syscall.EINVAL)
	}
	t.in.Flush()
	sig := syscall.Signal(n)
	sigState.mu.Lock()
	h := sigState.handlers[n].handler
	sigState.mu.Unlock()
	if h.IsInt() && h.AsInt() == 0 && (n == int(syscall.SIGPIPE) || n == int(syscall.SIGXFSZ)) {
		// Go ignores these without Notify; the default action kills.
		signal.Reset(sig)
	}
	if err := unix.Tgkill(syscall.Getpid(), syscall.Gettid(), sig); err != nil {
		return Value{}, goOSError(err)
	}
	waitSignalDelivery(sig)
	return None, signalCheck(t)
}

func signalStrsignal(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("strsignal", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := signumArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if s := strsignalTexts[n]; s != "" {
		return StrValue(s), nil
	}
	return None, nil
}

// signalSet is a Python set of signal numbers.
func signalSet(t *Thread, nums []int) (Value, error) {
	items := make([]Value, len(nums))
	for i, n := range nums {
		items[i] = Int(int64(n))
	}
	return Call(t, TypeValue(&SetType), []Value{NewListValue(items)}, nil)
}

func signalValidSignals(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("valid_signals", args, kw, 0); err != nil {
		return Value{}, err
	}
	var nums []int
	for n := 1; n < nsig; n++ {
		// glibc reserves 32 and 33 for its threads.
		if n != 32 && n != 33 {
			nums = append(nums, n)
		}
	}
	return signalSet(t, nums)
}

func signalSetWakeupFD(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("set_wakeup_fd", args, kw, []string{"fd", "warn_on_full_buffer"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	fd, err := fdValue(t, a[0])
	if err != nil {
		return Value{}, err
	}
	warn, err := boolArg(t, a[1], true)
	if err != nil {
		return Value{}, err
	}
	if t != t.in.main {
		return Value{}, NewError(&ValueErrorType, "set_wakeup_fd only works in main thread of the main interpreter")
	}
	if fd != -1 {
		var st syscall.Stat_t
		if err := syscall.Fstat(fd, &st); err != nil {
			return Value{}, goOSError(err)
		}
		fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
		if err != nil {
			return Value{}, goOSError(err)
		}
		if fl&unix.O_NONBLOCK == 0 {
			return Value{}, NewError(&ValueErrorType, "the fd %d must be in non-blocking mode", fd)
		}
	}
	sigState.mu.Lock()
	old := sigState.wakeupFD
	sigState.wakeupFD, sigState.wakeupWarn = fd, warn
	sigState.mu.Unlock()
	return Int(int64(old)), nil
}

func signalAlarm(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("alarm", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	// alarm(2) through setitimer(ITIMER_REAL): arm64 Linux has no alarm
	// system call. The previous timer's remaining time is rounded as
	// glibc's alarm rounds it (up to a whole second, at least 1).
	old, err := unix.Setitimer(unix.ItimerReal, unix.Itimerval{Value: unix.Timeval{Sec: int64(uint32(n))}})
	if err != nil {
		return Value{}, goOSError(err)
	}
	prev := int64(old.Value.Sec)
	if old.Value.Usec >= 500000 || prev == 0 && old.Value.Usec > 0 {
		prev++
	}
	return Int(prev), nil
}

// signalPause waits for a signal with a Python handler and runs it.
func signalPause(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("pause", args, kw, 0); err != nil {
		return Value{}, err
	}
	t.in.Flush()
	for !anyTripped.Load() {
		<-sigWake
	}
	return None, signalCheck(t)
}

// interruptibleSleep sleeps for d, running signal handlers as signals
// arrive; an exception from a handler ends the sleep (PEP 475).
func interruptibleSleep(t *Thread, d time.Duration) error {
	deadline := time.Now().Add(d)
	for {
		if err := signalCheck(t); err != nil {
			return err
		}
		left := time.Until(deadline)
		if left <= 0 {
			return nil
		}
		timer := time.NewTimer(left)
		select {
		case <-timer.C:
			return signalCheck(t)
		case <-sigWake:
			timer.Stop()
		}
	}
}

// signalPthreadSigmask emulates the mask: Go cannot block signals per
// thread, so blocked signals are recorded and their handlers deferred
// until they are unblocked.
func signalPthreadSigmask(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("pthread_sigmask", args, kw, 2); err != nil {
		return Value{}, err
	}
	how, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	items, err := iterateToSlice(t, args[1])
	if err != nil {
		return Value{}, err
	}
	var nums []int
	for _, it := range items {
		n, err := fdValue(t, it)
		if err != nil {
			return Value{}, err
		}
		if n < 1 || n >= nsig {
			return Value{}, NewError(&ValueErrorType, "signal number %d out of range [1; %d]", n, nsig-1)
		}
		nums = append(nums, n)
	}
	if how < 0 || how > 2 {
		return Value{}, newOSError(syscall.EINVAL)
	}
	sigState.mu.Lock()
	var old []int
	for n := 1; n < nsig; n++ {
		if sigState.blocked[n] {
			old = append(old, n)
		}
	}
	if how == unix.SIG_SETMASK {
		sigState.blocked = [nsig]bool{}
	}
	for _, n := range nums {
		sigState.blocked[n] = how != unix.SIG_UNBLOCK
	}
	sigState.mu.Unlock()
	res, err := signalSet(t, old)
	if err != nil {
		return Value{}, err
	}
	return res, signalCheck(t)
}

func signalSigpending(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("sigpending", args, kw, 0); err != nil {
		return Value{}, err
	}
	var nums []int
	for n := 1; n < nsig; n++ {
		if sigState.tripped[n].Load() {
			nums = append(nums, n)
		}
	}
	return signalSet(t, nums)
}

func signalPthreadKill(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("pthread_kill", args, kw, 2); err != nil {
		return Value{}, err
	}
	n, err := fdValue(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if n == 0 {
		return None, nil
	}
	return signalRaise(t, None, []Value{Int(int64(n))}, nil)
}

func signalSiginterrupt(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("siginterrupt", args, kw, 2); err != nil {
		return Value{}, err
	}
	if _, err := signumArg(t, args[0]); err != nil {
		return Value{}, err
	}
	return None, nil
}

func itimerValue(it unix.Itimerval) Value {
	f := func(tv unix.Timeval) Value { return Float(float64(tv.Sec) + float64(tv.Usec)*1e-6) }
	return NewTupleValue([]Value{f(it.Value), f(it.Interval)})
}

func timevalArg(t *Thread, v Value) (unix.Timeval, error) {
	var f float64
	if v.IsFloat() {
		f = v.AsFloat()
	} else {
		n, err := longArg(t, v)
		if err != nil {
			return unix.Timeval{}, err
		}
		f = float64(n)
	}
	sec := int64(f)
	usec := int64((f - float64(sec)) * 1e6)
	if usec == 0 && f > float64(sec) {
		usec = 1
	}
	return unix.Timeval{Sec: sec, Usec: usec}, nil
}

func signalSetitimer(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("setitimer", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	which, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	var it unix.Itimerval
	if it.Value, err = timevalArg(t, args[1]); err != nil {
		return Value{}, err
	}
	if len(args) == 3 {
		if it.Interval, err = timevalArg(t, args[2]); err != nil {
			return Value{}, err
		}
	}
	old, err := unix.Setitimer(unix.ItimerWhich(which), it)
	if err != nil {
		return Value{}, itimerError(err)
	}
	return itimerValue(old), nil
}

func itimerError(err error) error {
	e := goOSError(err)
	if itimerErrorType != nil {
		e.typ = itimerErrorType
	}
	return e
}

func signalGetitimer(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("getitimer", args, kw, 1); err != nil {
		return Value{}, err
	}
	which, err := fdValue(t, args[0])
	if err != nil {
		return Value{}, err
	}
	it, err := unix.Getitimer(unix.ItimerWhich(which))
	if err != nil {
		return Value{}, itimerError(err)
	}
	return itimerValue(it), nil
}

// exitSignals records interpreters whose program ended with an uncaught
// KeyboardInterrupt: CPython then dies by SIGINT (exit status 130 in a
// shell) so that its caller sees the interrupt.
var exitSignals sync.Map // *Interpreter -> syscall.Signal

func (in *Interpreter) setExitSignal(sig syscall.Signal) { exitSignals.Store(in, sig) }

// ExitSignal is the signal the process should die by after running the
// program (0: none), which the command kills itself with once its output
// is flushed.
func (in *Interpreter) ExitSignal() syscall.Signal {
	if v, ok := exitSignals.Load(in); ok {
		return v.(syscall.Signal)
	}
	return 0
}

// DieBySignal ends the process by sig with its default action, as
// CPython does for an uncaught KeyboardInterrupt; it returns only if the
// signal did not kill the process.
func DieBySignal(sig syscall.Signal) {
	signal.Reset(sig)
	_ = syscall.Kill(syscall.Getpid(), sig)
	time.Sleep(100 * time.Millisecond)
}
