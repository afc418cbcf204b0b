package interp

// This file implements interpreter-local interrupt requests: another
// goroutine asks one interpreter to raise KeyboardInterrupt in the code
// it is running (the embedding API's context cancellation), without a
// process signal and without disturbing other interpreters.
//
// A request rides on the signal machinery's "eval breaker": it sets the
// global anyTripped flag, which the eval loop already tests at every
// JUMP_BACKWARD and the sleeping and blocking calls test through
// signalCheck. signalCheck then raises KeyboardInterrupt in the
// interpreter that was asked (see takeInterrupt). Compiled JIT traces do
// not run the eval loop: their back-edge poll exits to Go when the
// runtime wants the goroutine (at the latest after sysmon's 10 ms time
// slice), and the JIT asks InterruptRequested there, leaves the trace
// through its loop-head exit and lets the interpreter raise.

import (
	"sync"
	"sync/atomic"
)

// interrupts holds the interpreters with a pending request
// (*Interpreter -> struct{}); pendingInterrupts counts them, so that an
// interpreter that clears anyTripped can set it again for the others.
var (
	interrupts        sync.Map
	pendingInterrupts atomic.Int32
)

// RequestInterrupt asks the interpreter to raise KeyboardInterrupt at the
// next point where CPython would check for signals (a loop back-edge, a
// sleep, a blocking system call). It is safe to call from any goroutine,
// and does nothing more if a request is already pending.
func (in *Interpreter) RequestInterrupt() {
	if _, loaded := interrupts.LoadOrStore(in, struct{}{}); !loaded {
		pendingInterrupts.Add(1)
	}
	anyTripped.Store(true)
	// Wake a time.sleep or signal.pause in progress (any interpreter's:
	// the others go back to sleep after checking).
	select {
	case sigWake <- struct{}{}:
	default:
	}
}

// ClearInterrupt withdraws a pending request and reports whether there
// was one.
func (in *Interpreter) ClearInterrupt() bool {
	if _, ok := interrupts.LoadAndDelete(in); ok {
		pendingInterrupts.Add(-1)
		return true
	}
	return false
}

// InterruptRequested reports whether a signal handler or an interrupt
// request may be waiting to run (the eval loop's anyTripped test). The
// JIT asks at back-edge polls and, on true, leaves the trace at the loop
// head so that the interpreter's JUMP_BACKWARD check runs: that is also
// how SIGINT reaches a compiled loop.
func (t *Thread) InterruptRequested() bool { return anyTripped.Load() }

// takeInterrupt is called by signalCheck after it cleared anyTripped: it
// sets the flag again while other interpreters still have requests, and
// consumes this interpreter's request as a KeyboardInterrupt.
func takeInterrupt(t *Thread) error {
	if pendingInterrupts.Load() == 0 {
		return nil
	}
	if t.in.ClearInterrupt() {
		if pendingInterrupts.Load() > 0 {
			anyTripped.Store(true)
		}
		return newException(&KeyboardInterruptType)
	}
	anyTripped.Store(true)
	return nil
}
