package ir

import (
	"fmt"

	"github.com/pyjit/pyjit/jit/abi"
)

// Register allocation shared by the backends: linear scan over live
// intervals in trace order. A backend supplies how many registers each
// class has; Loc indices are positions in the backend's own register list.
//
// Intervals: a value lives from its definition to its last use, where a
// guard's snapshot entries count as uses at the guard (an exit must still
// find them). Everything defined before LOOP and used inside the loop, and
// both sides of every PHI, lives to the end of the trace (the back-edge).
// An interval is never split: a value is either in one register for its
// whole life or in one Scratch word ("spilled"), loaded into a backend
// temporary at each use. Registers are freed only after the instruction
// that last uses them, so a result never shares a register with an
// operand or with a value its guard's exit needs: the exit sees the state
// before the instruction. When a class runs out, the interval that ends
// last is spilled.

// RegClass is a register file: general purpose or floating point.
type RegClass uint8

const (
	ClassGPR RegClass = iota
	ClassFPR
)

// ClassOf returns the register class of values of type typ.
func ClassOf(typ Type) RegClass {
	if typ == TFloat {
		return ClassFPR
	}
	return ClassGPR
}

// LocKind says where a value lives.
type LocKind uint8

const (
	LocNone  LocKind = iota // no value, or a constant
	LocReg                  // register Index of its class
	LocSpill                // ctx.Scratch[Index]
)

// Loc is a value's location for its whole life.
type Loc struct {
	Kind  LocKind
	Index int
}

// Alloc is the result of Allocate.
type Alloc struct {
	Loc []Loc // per instruction Ref
	End []int // last use position; len(Ins) means "the back-edge"
	// Spills is the number of Scratch words used for spilled values
	// (words 0..Spills-1). Exit stubs use the words from Spills on.
	Spills int
	// LoopLive lists the values live across the loop head: a preempt exit
	// must save the ones in registers and the re-entry must reload them.
	LoopLive []Ref
}

// Allocate assigns locations to the values of t (which must verify)
// given the number of allocatable registers per class.
func Allocate(t *Trace, gprs, fprs int) (*Alloc, error) {
	n := len(t.Ins)
	a := &Alloc{Loc: make([]Loc, n), End: make([]int, n)}
	loop := int(t.LoopRef())
	use := func(r Ref, at int) {
		if r > 0 && int(r) < n && at > a.End[r] {
			a.End[r] = at
		}
	}
	for i := 1; i < n; i++ {
		a.End[i] = i
	}
	for i := 1; i < n; i++ {
		ins := t.Ins[i]
		info := ins.Op.Info()
		at := i
		if ins.Op == PHI {
			at = n
		}
		if info.A == OpndRef {
			use(ins.A, at)
		}
		if info.B == OpndRef {
			use(ins.B, at)
		}
		if info.Aux == AuxSnap && ins.Aux >= 0 && int(ins.Aux) < len(t.Snaps) {
			for _, e := range t.Snaps[ins.Aux].Entries {
				use(e.Ref, i)
			}
		}
	}
	if loop > 0 && t.LoopSnap >= 0 && t.LoopSnap < len(t.Snaps) {
		// The loop snapshot is read at the back-edge (interrupt exits).
		for _, e := range t.Snaps[t.LoopSnap].Entries {
			use(e.Ref, n)
		}
	}
	if loop > 0 {
		for i := 1; i < loop; i++ {
			if a.End[i] > loop && t.Ins[i].Op.HasValue() {
				a.End[i] = n
				a.LoopLive = append(a.LoopLive, Ref(i))
			}
		}
	}
	counts := [2]int{gprs, fprs}
	var free [2][]bool
	for c := range free {
		free[c] = make([]bool, counts[c])
		for j := range free[c] {
			free[c][j] = true
		}
	}
	var active []Ref
	var freeWords []int
	for i := 1; i < n; i++ {
		// Expire intervals that ended before i.
		kept := active[:0]
		for _, r := range active {
			if a.End[r] >= i {
				kept = append(kept, r)
				continue
			}
			switch l := a.Loc[r]; l.Kind {
			case LocReg:
				free[ClassOf(t.Ins[r].Type)][l.Index] = true
			case LocSpill:
				freeWords = append(freeWords, l.Index)
			}
		}
		active = kept
		ins := t.Ins[i]
		if !ins.Op.HasValue() || ins.Op == PHI {
			continue
		}
		c := ClassOf(ins.Type)
		// A word freed at i may be reused by the value defined at i, but a
		// victim spilled retroactively needs a word free over its whole
		// interval: give it a fresh one.
		spill := func(reuse bool) Loc {
			if k := len(freeWords); reuse && k > 0 {
				w := freeWords[k-1]
				freeWords = freeWords[:k-1]
				return Loc{LocSpill, w}
			}
			a.Spills++
			return Loc{LocSpill, a.Spills - 1}
		}
		if j := firstFree(free[c]); j >= 0 {
			free[c][j] = false
			a.Loc[i] = Loc{LocReg, j}
		} else {
			victim := RefNone
			for _, r := range active {
				if a.Loc[r].Kind == LocReg && ClassOf(t.Ins[r].Type) == c &&
					(victim == RefNone || a.End[r] > a.End[victim]) {
					victim = r
				}
			}
			if victim != RefNone && a.End[victim] > a.End[i] {
				a.Loc[i] = a.Loc[victim]
				a.Loc[victim] = spill(false)
			} else {
				a.Loc[i] = spill(true)
			}
		}
		active = append(active, Ref(i))
	}
	if a.Spills > abi.ScratchWords {
		return nil, fmt.Errorf("ir: %d spill words exceed the scratch area", a.Spills)
	}
	return a, nil
}

func firstFree(free []bool) int {
	for j, f := range free {
		if f {
			return j
		}
	}
	return -1
}

// LocOf returns r's location (LocNone for constants).
func (a *Alloc) LocOf(r Ref) Loc {
	if r > 0 && int(r) < len(a.Loc) {
		return a.Loc[r]
	}
	return Loc{}
}
