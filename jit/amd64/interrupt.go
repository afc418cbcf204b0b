package amd64

// This file lets Go stop a running trace between two iterations, for a
// pending signal (KeyboardInterrupt): a trace otherwise only ends through
// a failing guard, and a long compiled loop whose guards hold would run
// to its end with the signal unhandled.
//
// A preempt exit leaves the trace at the top of its loop body with every
// loop-live value in its home word (or spill word). The first guard of
// the loop body, if its snapshot reads only values defined before LOOP,
// describes exactly that state: its exit stub would store those same
// values, because nothing between LOOP and the guard redefines them and
// trace instructions have no side effects. So after a preempt exit Go
// can copy the homes into that exit's words and report the exit as if
// the guard had failed; the interpreter then resumes at the loop head
// and handles the signal at its next check.

import (
	"errors"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// interruptExit is how a preempt exit becomes a guard exit.
type interruptExit struct {
	exit uint64 // the guard's exit number; 0 if the trace has none
	// src[i] is the home word holding Exits[k].Values[i] when that value
	// comes from a register (FromReg), else -1.
	src []int
}

// findInterruptExit picks the first guard after LOOP whose snapshot reads
// only constants and values defined before LOOP that are in a home or a
// spill word.
func findInterruptExit(t *ir.Trace, exits []Exit, homes map[ir.Ref]int) interruptExit {
	loop := t.LoopRef()
	for k, e := range exits {
		if e.Guard <= loop {
			continue
		}
		src := make([]int, len(e.Values))
		for i, v := range e.Values {
			src[i] = -1
			switch {
			case v.Const:
			case v.Ref >= loop:
				return interruptExit{}
			case v.FromReg:
				w, ok := homes[v.Ref]
				if !ok {
					return interruptExit{}
				}
				src[i] = w
			}
		}
		return interruptExit{exit: uint64(abi.FirstTraceExit + k), src: src}
	}
	return interruptExit{}
}

// Interruptible reports whether RunInterruptible can stop this trace
// between iterations.
func (c *Compiled) Interruptible() bool { return c.intr.exit != 0 }

// RunInterruptible is Run, except that after each preempt exit (and its
// abi.PreemptPoint) it calls interrupted, if not nil; when that reports
// true and the trace is Interruptible, the trace leaves through its first
// loop guard's exit with the state of the loop head instead of being
// re-entered.
func (c *Compiled) RunInterruptible(ctx *abi.Context, interrupted func() bool) (exit uint64, preempts int, err error) {
	blk := c.mem.blk
	if blk == nil {
		return 0, 0, errors.New("amd64: trace not loaded")
	}
	pc := blk.Addr() + uintptr(c.Entry)
	for {
		if !blk.Enter() {
			return 0, preempts, errors.New("amd64: trace code was freed")
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

// leaveAtLoopHead writes the interrupt exit's words from the homes the
// preempt exit filled. Homes and exit words both start at Alloc.Spills
// and may overlap, so all values are read before any is written.
func (c *Compiled) leaveAtLoopHead(ctx *abi.Context) {
	e := &c.Exits[c.intr.exit-abi.FirstTraceExit]
	vals := make([]uint64, len(e.Values))
	for i, w := range c.intr.src {
		if w >= 0 {
			vals[i] = ctx.Scratch[w]
		}
	}
	for i, v := range e.Values {
		if c.intr.src[i] >= 0 {
			ctx.Scratch[v.Word] = vals[i]
		}
	}
}
