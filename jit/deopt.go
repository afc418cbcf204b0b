package jit

import (
	"errors"
	"math"
	"runtime"
	"unsafe"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// This file enters a compiled trace and leaves it: Go builds the slot
// copy the trace reads, runs it, and writes the exit snapshot's values
// back into the frame (boxing ints and floats into Values: only Go writes
// slots), then the interpreter resumes at the snapshot's pc.

// errEntry reports a frame the trace cannot be entered with (nothing was
// changed).
var errEntry = errors.New("jit: frame does not match the trace's entry state")

// exitInfo is what one trace run did.
type exitInfo struct {
	pc    int32
	guard ir.Ref
	// short: the exit's guard is in the peeled first iteration, so the
	// trace did not complete one iteration (an entry assumption failed).
	short bool
}

// enter runs tr on f and restores f from the exit. On error f is
// unchanged. stop (nil: never) is asked at back-edge polls whether the
// interpreter wants to interrupt the loop; then the exit is at the loop
// head, where the interpreter's own back-edge check raises.
func enter(tr *Trace, f *interp.Frame, stop func() bool) (exitInfo, error) {
	rec := tr.rec
	if f.NumSlots() != rec.nslots || f.StackDepth() != rec.depth0 {
		return exitInfo{}, errEntry
	}
	buf := make([]interp.Value, rec.nslots+numVirtual)
	f.CopySlots(buf)
	var iter interp.Value
	var next, n int64
	if rec.iterSlot >= 0 {
		iter = f.Slot(rec.iterSlot)
		if rec.iterKind == iterRange {
			var step int64
			var ok bool
			if next, step, n, ok = interp.RangeIterState(iter); !ok {
				return exitInfo{}, errEntry
			}
			buf[rec.nslots+vNext] = interp.Int(next)
			buf[rec.nslots+vCount] = interp.Int(n)
			buf[rec.nslots+vStep] = interp.Int(step)
		} else {
			// The trace guards the sequence's type itself.
			seq, i, ok := interp.SeqIterState(iter)
			if !ok {
				return exitInfo{}, errEntry
			}
			next = int64(i)
			buf[rec.nslots+vNext] = interp.Int(next)
			buf[rec.nslots+vSeq] = seq
		}
	}
	ctx := abi.NewContext()
	ctx.Slots = uintptr(unsafe.Pointer(&buf[0]))
	pc, guard, vals, err := tr.native.run(ctx, stop)
	if err != nil {
		return exitInfo{}, err
	}
	depth, ok := rec.depthAt[pc]
	if !ok {
		// compile checked every snapshot; this would be a backend bug
		// after the trace already ran, with the frame still untouched.
		return exitInfo{}, errors.New("jit: exit to a pc without a stack depth")
	}
	for _, v := range vals {
		switch int(v.Slot) - rec.nslots {
		case vNext:
			next = int64(v.Bits)
		case vCount:
			n = int64(v.Bits)
		default:
			f.SetSlot(int(v.Slot), box(v))
		}
	}
	switch {
	case rec.iterSlot < 0:
	case rec.iterKind == iterRange:
		interp.SetRangeIterState(iter, next, n)
	default:
		interp.SetSeqIterIndex(iter, int(next))
	}
	f.SetStackDepth(depth)
	f.SetPC(int(pc))
	// buf must stay reachable while compiled code reads it through the
	// uintptr in ctx, and until the object references the exit handed
	// back as plain words are in the frame: every object the trace read
	// is reachable from buf (traces never store pointers).
	runtime.KeepAlive(buf)
	return exitInfo{pc: pc, guard: guard, short: guard != ir.RefNone && guard < tr.loop}, nil
}

// box makes the Value of a restored slot. compile admits only int,
// float, bool and object exit values.
func box(v ir.SlotValue) interp.Value {
	switch v.Type {
	case ir.TPtr:
		// The word is an object address the trace loaded; read it as a
		// pointer without a uintptr round trip.
		return interp.ObjectValue(*(**interp.Object)(unsafe.Pointer(&v.Bits)))
	case ir.TFloat:
		return interp.Float(math.Float64frombits(v.Bits))
	case ir.TBool:
		return interp.Bool(v.Bits != 0)
	}
	return interp.Int(int64(v.Bits))
}
