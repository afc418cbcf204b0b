package arm64

import (
	"errors"

	"github.com/pyjit/pyjit/jit/abi"
)

// Run executes the loaded trace with ctx until it leaves through a guard
// exit, which it returns. Preempt exits are answered here: call
// abi.PreemptPoint (letting the runtime stop or reschedule this
// goroutine) and re-enter at the continuation. The caller must keep the
// slot array ctx.Slots points to alive across the call.
func (c *Compiled) Run(ctx *abi.Context) (exit uint64, preempts int, err error) {
	return c.RunInterruptible(ctx, nil)
}

// RunInterruptible is Run, except that after each preempt exit (and its
// abi.PreemptPoint) it calls interrupted, if not nil; when that reports
// true and the trace has an interrupt exit (InterruptPC), the trace
// leaves through it with the state of the loop's top instead of being
// re-entered.
func (c *Compiled) RunInterruptible(ctx *abi.Context, interrupted func() bool) (exit uint64, preempts int, err error) {
	blk := c.mem.blk
	if blk == nil {
		return 0, 0, errors.New("arm64: trace not loaded")
	}
	pc := blk.Addr() + uintptr(c.Entry)
	for {
		if !blk.Enter() {
			return 0, preempts, errors.New("arm64: trace code was freed")
		}
		exit = Call(pc, ctx)
		blk.Leave()
		if exit != abi.ExitPreempt {
			return exit, preempts, nil
		}
		preempts++
		abi.PreemptPoint()
		if interrupted != nil && c.intr.exit != 0 && interrupted() {
			c.leaveAtLoopHead(ctx)
			return c.intr.exit, preempts, nil
		}
		pc = blk.Addr() + uintptr(c.Cont)
	}
}
