package ir

import (
	"fmt"

	"github.com/pyjit/pyjit/jit/abi"
)

// Exit layout (shared by the backends). When a guard fails, its exit stub
// stores each snapshot value that is in a register into a Scratch word
// (numbered from Alloc.Spills upward, one per such value), leaves spilled
// values where they are (their own spill word), and returns the exit
// number. Constants are not written: the descriptor holds them. The
// descriptor (ExitValue list) says, per snapshot entry, which of the three
// applies, so Go can read the slot values back from ctx.Scratch with
// Restore. The ExitPreempt stub uses the same words (from Alloc.Spills) as
// homes for the loop-live registers, which the continuation entry reloads.

// ExitValue describes where one snapshot entry's value is at an exit.
type ExitValue struct {
	Slot  int32
	Type  Type
	Ref   Ref
	Const bool   // the value is Bits
	Bits  uint64 // the constant's bits
	Word  int    // otherwise: ctx.Scratch[Word]
	// FromReg is set when the stub must store register Reg (of Type's
	// class) into Word; clear when Word is the value's spill word.
	FromReg bool
	Reg     int
}

// ExitValues builds the descriptor of snapshot snap under allocation a.
func (a *Alloc) ExitValues(t *Trace, snap int) ([]ExitValue, error) {
	if snap < 0 || snap >= len(t.Snaps) {
		return nil, fmt.Errorf("ir: bad snapshot %d", snap)
	}
	var vals []ExitValue
	next := a.Spills
	for _, e := range t.Snaps[snap].Entries {
		v := ExitValue{Slot: e.Slot, Type: t.TypeOf(e.Ref), Ref: e.Ref}
		if k, ok := t.Const(e.Ref); ok {
			v.Const, v.Bits = true, k.Bits
		} else {
			switch l := a.LocOf(e.Ref); l.Kind {
			case LocReg:
				v.FromReg, v.Reg, v.Word = true, l.Index, next
				next++
			case LocSpill:
				v.Word = l.Index
			default:
				return nil, fmt.Errorf("ir: S%d slot %d: %v has no location", snap, e.Slot, e.Ref)
			}
		}
		vals = append(vals, v)
	}
	if next > abi.ScratchWords {
		return nil, fmt.Errorf("ir: exit S%d needs %d scratch words", snap, next)
	}
	return vals, nil
}

// Homes returns the Scratch word each register-resident loop-live value
// is saved to by the preempt exit (keyed by Ref).
func (a *Alloc) Homes() (map[Ref]int, error) {
	homes := make(map[Ref]int)
	next := a.Spills
	for _, r := range a.LoopLive {
		if a.LocOf(r).Kind == LocReg {
			homes[r] = next
			next++
		}
	}
	if next > abi.ScratchWords {
		return nil, fmt.Errorf("ir: %d loop-live values exceed the scratch area", next)
	}
	return homes, nil
}

// SlotValue is one restored slot: Type selects the tag (TInt, TFloat,
// TBool: unboxed with payload Bits; TPtr: Bits is the object address).
type SlotValue struct {
	Slot int32
	Type Type
	Bits uint64
}

// Restore reads the values of an exit from ctx.
func Restore(vals []ExitValue, ctx *abi.Context) []SlotValue {
	out := make([]SlotValue, len(vals))
	for i, v := range vals {
		bits := v.Bits
		if !v.Const && v.Word >= 0 && v.Word < abi.ScratchWords {
			bits = ctx.Scratch[v.Word]
		}
		out[i] = SlotValue{Slot: v.Slot, Type: v.Type, Bits: bits}
	}
	return out
}

// Slot layout of the interpreter's frame as compiled code reads it (see
// interp/value.go; the backends' tests check these against interp).
const (
	SlotSize       = 16 // bytes per slot
	SlotRefOffset  = 0  // the ref word
	SlotBitsOffset = 8  // the payload word
)
