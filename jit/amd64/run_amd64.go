package amd64

import (
	"errors"

	"github.com/pyjit/pyjit/jit/abi"
)

var (
	errNotLoaded = errors.New("amd64: trace not loaded")
	errFreed     = errors.New("amd64: trace code was freed")
)

// Run executes the loaded trace with ctx until it leaves through a guard
// exit, which it returns. Preempt exits are answered here: call
// abi.PreemptPoint (letting the runtime stop or reschedule this
// goroutine) and re-enter at the continuation. The caller must keep the
// slot array ctx.Slots points to alive across the call.
func (c *Compiled) Run(ctx *abi.Context) (exit uint64, preempts int, err error) {
	exit, preempts, _, err = c.RunInterruptible(ctx, nil)
	return exit, preempts, err
}

// RunInterruptible is Run with interrupt requests: after each preempt
// exit (the runtime asks every goroutine that ran 10 ms to yield, so a
// long-running trace takes one at least that often) it calls stop, and
// when stop reports true and the trace has an interrupt exit it returns
// with interrupted set instead of re-entering; RestoreInterrupt then
// gives the loop head's slot values. A nil stop never interrupts.
func (c *Compiled) RunInterruptible(ctx *abi.Context, stop func() bool) (exit uint64, preempts int, interrupted bool, err error) {
	blk := c.mem.blk
	if blk == nil {
		return 0, 0, false, errNotLoaded
	}
	pc := blk.Addr() + uintptr(c.Entry)
	for {
		if !blk.Enter() {
			return 0, preempts, false, errFreed
		}
		exit = Call(pc, ctx)
		blk.Leave()
		if exit != abi.ExitPreempt {
			return exit, preempts, false, nil
		}
		preempts++
		abi.PreemptPoint()
		if stop != nil && c.Interrupt != nil && stop() {
			return exit, preempts, true, nil
		}
		pc = blk.Addr() + uintptr(c.Cont)
	}
}
