package jit

import (
	"errors"
	"math"
	"runtime"
	"sync"
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
func enter(tr *Trace, t *interp.Thread, f *interp.Frame, stop func() bool) (exitInfo, error) {
	rec := tr.rec
	if f.NumSlots() != rec.nslots || f.StackDepth() != rec.depth0 {
		return exitInfo{}, errEntry
	}
	buf, ctx, pooled := tr.buffers(t)
	if pooled {
		defer tr.release()
	}
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

// callOut answers the trace's call sites (POW, CALLF) with the
// interpreter's own functions on thread t.
func (tr *Trace) callOut(t *interp.Thread) func(ir.Op, *abi.Context) bool {
	return func(op ir.Op, ctx *abi.Context) bool {
		x := math.Float64frombits(ctx.Aux[0])
		var v float64
		ok := false
		switch op {
		case ir.POW:
			v, ok = interp.JITFloatPow(x, math.Float64frombits(ctx.Aux[1]))
		case ir.CALLF:
			if k := ctx.Aux[1]; k < uint64(len(tr.rec.helpers)) {
				v, ok = interp.JITCallFloat(t, tr.rec.helpers[k], x)
			}
		}
		ctx.Aux[0] = math.Float64bits(v)
		return ok
	}
}

// entryBuffers are a trace's slot copy and context, reused from one
// entry to the next (entering allocated both every time, which cost
// more than a short inner loop's whole run). A second goroutine that
// enters while they are in use gets fresh ones.
type entryBuffers struct {
	mu     sync.Mutex
	buf    []interp.Value
	ctx    *abi.Context
	thread *interp.Thread
}

// buffers returns the slot copy and context for one run on thread t,
// with the trace's call handler installed; pooled reports that they are
// the trace's own, to be given back with release.
func (tr *Trace) buffers(t *interp.Thread) (buf []interp.Value, ctx *abi.Context, pooled bool) {
	n := tr.rec.nslots + numVirtual
	eb := &tr.entry
	if !eb.mu.TryLock() {
		return make([]interp.Value, n), abi.NewContext(), false
	}
	if eb.buf == nil {
		eb.buf, eb.ctx = make([]interp.Value, n), abi.NewContext()
	}
	if eb.thread != t {
		// The handler closes over the thread; the native code is shared
		// by every entry, so it is installed under the same lock.
		eb.thread = t
		if c, ok := any(tr.native).(interface {
			setCall(func(ir.Op, *abi.Context) bool)
		}); ok {
			c.setCall(tr.callOut(t))
		}
	}
	return eb.buf, eb.ctx, true
}

// release clears the slot copy (so that it keeps no object alive) and
// gives the buffers back.
func (tr *Trace) release() {
	clear(tr.entry.buf)
	tr.entry.mu.Unlock()
}
