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
		pc = blk.Addr() + uintptr(c.Cont)
	}
}
