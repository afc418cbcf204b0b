package arm64

// This file describes the interrupt exit: how Go leaves a running trace
// at its back-edge poll when the interpreter has an interrupt request
// (KeyboardInterrupt from a cancelled context), instead of re-entering
// the loop. The poll's preempt stub has already saved the loop-live
// registers to their homes, and after the PHI moves the trace's loop
// snapshot (ir.Trace.LoopSnap) describes the frame at the loop head, so
// the exit needs no code of its own: only a descriptor that reads the
// snapshot's values from the homes and spill words.

import (
	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// interruptExit returns the descriptor of the loop-head exit, or nil when
// the trace has no loop snapshot or one of its values is not kept across
// the back-edge (then the trace is not interruptible).
func (g *gen) interruptExit() *Exit {
	t := g.t
	if t.LoopSnap < 0 || t.LoopSnap >= len(t.Snaps) {
		return nil
	}
	s := t.Snaps[t.LoopSnap]
	if len(s.Frames) != 0 {
		return nil
	}
	live := make(map[ir.Ref]bool, len(g.a.LoopLive))
	for _, r := range g.a.LoopLive {
		live[r] = true
	}
	vals := make([]ir.ExitValue, 0, len(s.Entries))
	for _, e := range s.Entries {
		v := ir.ExitValue{Slot: e.Slot, Type: t.TypeOf(e.Ref), Ref: e.Ref}
		if k, ok := t.Const(e.Ref); ok {
			v.Const, v.Bits = true, k.Bits
			vals = append(vals, v)
			continue
		}
		if !live[e.Ref] {
			return nil
		}
		switch l := g.a.LocOf(e.Ref); l.Kind {
		case ir.LocReg:
			w, ok := g.homes[e.Ref]
			if !ok {
				return nil
			}
			v.Word = w
		case ir.LocSpill:
			v.Word = l.Index
		default:
			return nil
		}
		vals = append(vals, v)
	}
	return &Exit{Guard: ir.RefNone, Snap: t.LoopSnap, PC: s.PC, Values: vals}
}

// RestoreInterrupt reads the loop head's slot values after
// RunInterruptible returned interrupted.
func (c *Compiled) RestoreInterrupt(ctx *abi.Context) (*Exit, []ir.SlotValue) {
	return c.Interrupt, ir.Restore(c.Interrupt.Values, ctx)
}
