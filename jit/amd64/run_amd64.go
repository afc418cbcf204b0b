package amd64

import "github.com/pyjit/pyjit/jit/abi"

// Run executes the loaded trace with ctx until it leaves through a guard
// exit, which it returns. Preempt exits are answered here: call
// abi.PreemptPoint (letting the runtime stop or reschedule this
// goroutine) and re-enter at the continuation. The caller must keep the
// slot array ctx.Slots points to alive across the call.
func (c *Compiled) Run(ctx *abi.Context) (exit uint64, preempts int, err error) {
	return c.RunInterruptible(ctx, nil)
}
