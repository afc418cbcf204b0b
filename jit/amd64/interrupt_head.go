package amd64

// This file adds the fallback interrupt exit for traces where no loop
// guard's snapshot can stand for the loop head (interrupt.go): typically a
// float computed and stored to a local before the loop's first guard
// (`while i < n: s += 0.5; i += 1`). ir.PeelLoop records the loop-head
// state itself (Trace.Head, in pre-loop refs that hold the next
// iteration's values after the back-edge's PHI moves, and that the
// register allocator keeps alive up to the back-edge), so the values the
// preempt exit leaves in their homes and spill words are exactly that
// state. The exit has no stub of its own: it is appended to Exits after
// the guard exits, and RunInterruptible reports its number.

import (
	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// headInterruptExit appends the loop-head exit built from t.Head and
// returns it as the interrupt exit, or the zero interruptExit when the
// trace has no Head or a value of it is not kept across the back-edge.
func (g *gen) headInterruptExit() interruptExit {
	t := g.t
	h := t.Head
	loop := t.LoopRef()
	if h == nil || len(h.Frames) != 0 || loop == ir.RefNone {
		return interruptExit{}
	}
	live := make(map[ir.Ref]bool, len(g.a.LoopLive))
	for _, r := range g.a.LoopLive {
		live[r] = true
	}
	vals := make([]ir.ExitValue, 0, len(h.Entries))
	for _, e := range h.Entries {
		v := ir.ExitValue{Slot: e.Slot, Type: t.TypeOf(e.Ref), Ref: e.Ref}
		if k, ok := t.Const(e.Ref); ok {
			v.Const, v.Bits = true, k.Bits
			vals = append(vals, v)
			continue
		}
		if e.Ref >= loop || !live[e.Ref] {
			return interruptExit{}
		}
		switch l := g.a.LocOf(e.Ref); l.Kind {
		case ir.LocReg:
			w, ok := g.homes[e.Ref]
			if !ok {
				return interruptExit{}
			}
			v.Word = w
		case ir.LocSpill:
			v.Word = l.Index
		default:
			return interruptExit{}
		}
		vals = append(vals, v)
	}
	// Guard is the LOOP instruction: the exit is in the loop, not in the
	// peeled first iteration.
	g.c.Exits = append(g.c.Exits, Exit{Guard: loop, Snap: -1, PC: h.PC, Values: vals})
	src := make([]int, len(vals))
	for i := range src {
		src[i] = -1 // the values are read from the homes in place
	}
	return interruptExit{exit: uint64(abi.FirstTraceExit + len(g.c.Exits) - 1), src: src}
}
