package amd64

import (
	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// addHeadExit makes the interrupt exit of a trace that has no loop guard
// findInterruptExit can use (a loop without guards, such as
// `while True: pass`): an exit with no stub at the back-edge. After the
// preempt stub has saved the loop-live registers to their homes, the
// slots' values for the next iteration are in those homes, in spill words
// or constants (ir.Trace.Head says which ref each slot holds), so the
// exit's values name those words and RunInterruptible copies nothing. A
// trace whose head names a value that is not live across the loop head
// gets no interrupt exit.
func (g *gen) addHeadExit() {
	h := g.t.Head
	if h == nil || len(h.Frames) != 0 {
		return
	}
	live := make(map[ir.Ref]bool, len(g.a.LoopLive))
	for _, r := range g.a.LoopLive {
		live[r] = true
	}
	vals := make([]ir.ExitValue, 0, len(h.Entries))
	for _, e := range h.Entries {
		v := ir.ExitValue{Slot: e.Slot, Type: g.t.TypeOf(e.Ref), Ref: e.Ref}
		if k, ok := g.t.Const(e.Ref); ok {
			v.Const, v.Bits = true, k.Bits
			vals = append(vals, v)
			continue
		}
		if e.Ref <= 0 || !live[e.Ref] {
			return
		}
		switch l := g.a.LocOf(e.Ref); l.Kind {
		case ir.LocReg:
			w, ok := g.homes[e.Ref]
			if !ok {
				return
			}
			v.Word = w
		case ir.LocSpill:
			v.Word = l.Index
		default:
			return
		}
		vals = append(vals, v)
	}
	g.c.Exits = append(g.c.Exits, Exit{Guard: g.t.LoopRef(), Snap: -1, PC: h.PC, Values: vals})
	src := make([]int, len(vals))
	for i := range src {
		src[i] = -1
	}
	g.c.intr = interruptExit{exit: uint64(abi.FirstTraceExit + len(g.c.Exits) - 1), src: src}
}
