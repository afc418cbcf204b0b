package arm64

// This file (the mirror of amd64/interrupt.go) lets Go stop a running
// trace between two iterations, for a pending signal
// (KeyboardInterrupt): a trace otherwise only ends through
// a failing guard, and a long compiled loop whose guards hold would run
// to its end with the signal unhandled.
//
// A preempt exit leaves the trace at the top of its loop body, after the
// back-edge's PHI moves, with every loop-live value in its home word (or
// spill word). Two guards' snapshots can be rebuilt from there:
//
//   - the first guard of the loop body, if its snapshot reads only
//     constants and values defined before LOOP: its exit stub would
//     store those same values, because nothing between LOOP and the guard
//     redefines them and trace instructions have no side effects;
//   - otherwise the last guard of the loop body, if its snapshot reads
//     only constants, loop invariants and PHI right-hand sides (values the
//     PHI moves just copied into their left-hand side's location): that
//     is the state at the last guard of the iteration that just ended, and
//     resuming there redoes the (pure) rest of that iteration.
//
// After a preempt exit Go copies the words into that exit's words and
// reports the exit as if the guard had failed. That is only right if the
// guard's snapshot describes the state before the guarded instruction
// ran, so that resuming there redoes it whatever its outcome; a snapshot
// that resumes at a branch's target (as irtest's hand-built SumLoop does
// for `while i < n`) would skip the rest of the loop. pyjit's recorder
// makes every snapshot resume at the instruction that made the
// assumption; only a caller that knows its snapshots follow that rule may
// pass an interrupted function.

import (
	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// interruptExit is how a preempt exit becomes a guard exit.
type interruptExit struct {
	exit uint64 // the guard's exit number; 0 if the trace has none
	// src[i] is the Scratch word holding Exits[k].Values[i] after a
	// preempt exit, -1 for a constant.
	src []int
}

// findInterruptExit picks the exit a preempt exit can become (see the
// top of the file), trying the first guard of the loop body, then the
// last.
func findInterruptExit(t *ir.Trace, a *ir.Alloc, exits []Exit, homes map[ir.Ref]int) interruptExit {
	loop := t.LoopRef()
	first, last := -1, -1
	for k, e := range exits {
		if e.Guard > loop {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return interruptExit{}
	}
	// word is where value r is after the PHI moves: its home or spill
	// word, or -1.
	word := func(r ir.Ref) int {
		switch l := a.LocOf(r); l.Kind {
		case ir.LocReg:
			if w, ok := homes[r]; ok {
				return w
			}
		case ir.LocSpill:
			return l.Index
		}
		return -1
	}
	// The first guard: values defined before LOOP, where they are.
	if ie, ok := interruptFrom(exits, first, func(r ir.Ref) int {
		if r >= loop {
			return -1
		}
		return word(r)
	}); ok {
		return ie
	}
	// The last guard: a PHI's right-hand side is in its left-hand side's
	// location; a value defined before LOOP that no PHI overwrites is
	// invariant.
	phiLeft := make(map[ir.Ref]ir.Ref)
	overwritten := make(map[ir.Ref]bool)
	for i := int(loop) + 1; i < t.Len(); i++ {
		if ins := t.At(ir.Ref(i)); ins.Op == ir.PHI {
			phiLeft[ins.B] = ins.A
			overwritten[ins.A] = true
		}
	}
	if ie, ok := interruptFrom(exits, last, func(r ir.Ref) int {
		if left, ok := phiLeft[r]; ok {
			return word(left)
		}
		if r >= loop || overwritten[r] {
			return -1
		}
		return word(r)
	}); ok {
		return ie
	}
	return interruptExit{}
}

// interruptFrom builds the interrupt exit from exits[k] given where each
// non-constant snapshot value is after the PHI moves (-1: nowhere).
func interruptFrom(exits []Exit, k int, at func(ir.Ref) int) (interruptExit, bool) {
	e := exits[k]
	src := make([]int, len(e.Values))
	for i, v := range e.Values {
		src[i] = -1
		if v.Const {
			continue
		}
		w := at(v.Ref)
		if w < 0 {
			return interruptExit{}, false
		}
		src[i] = w
	}
	return interruptExit{exit: uint64(abi.FirstTraceExit + k), src: src}, true
}

// InterruptPC returns the bytecode pc the interrupt exit resumes at; ok
// is false when the trace has none (RunInterruptible then never stops
// it early).
func (c *Compiled) InterruptPC() (pc int32, ok bool) {
	if c.intr.exit == 0 {
		return 0, false
	}
	return c.Exits[c.intr.exit-abi.FirstTraceExit].PC, true
}

// leaveAtLoopHead writes the interrupt exit's words from the words the
// preempt exit left. Homes, spill words and exit words may overlap, so
// all values are read before any is written.
func (c *Compiled) leaveAtLoopHead(ctx *abi.Context) {
	e := &c.Exits[c.intr.exit-abi.FirstTraceExit]
	vals := make([]uint64, len(e.Values))
	for i, w := range c.intr.src {
		if w >= 0 && w < abi.ScratchWords {
			vals[i] = ctx.Scratch[w]
		}
	}
	for i, v := range e.Values {
		if c.intr.src[i] >= 0 && v.Word >= 0 && v.Word < abi.ScratchWords {
			ctx.Scratch[v.Word] = vals[i]
		}
	}
}
