package interp

// This file is the whole of what the interpreter knows about the tracing
// JIT (package jit): the JIT interface it calls at hot loop back-edges,
// the per-(code, pc) back-edge counters, and the small exported methods
// that form the JIT contract (read access to a frame's slots, code and
// constants; the only writes are SetSlot, SetStackDepth, SetPC and
// SetRangeIterState, all done by Go code at trace exits).
//
// With Interpreter.JIT nil (the JIT off) the cost is one nil check per
// JUMP_BACKWARD.

import "math"

// JITAction tells the interpreter what a back-edge hook did.
type JITAction uint8

const (
	// JITContinue: nothing happened; the interpreter continues at the
	// loop head and counts the back-edge again from zero (back-off).
	JITContinue JITAction = iota
	// JITResumed: a compiled trace ran and exited; the frame's slots,
	// stack depth and pc were restored from the exit's snapshot and the
	// interpreter resumes at Frame.PC(). The loop stays hot.
	JITResumed
	// JITBlacklist: never call the hook for this loop again.
	JITBlacklist
	// JITRetry: nothing happened, but the loop is hot: call the hook
	// again at its next back-edge (e.g. the recorder found the loop's
	// iterator exhausted, and counting from zero again could land on the
	// same phase of a short inner loop every time).
	JITRetry
)

// JIT is the tracing JIT as the interpreter sees it.
type JIT interface {
	// BackEdge is called by JUMP_BACKWARD when the loop whose head is at
	// word index head in f's code is hot (its counter reached
	// Interpreter.JITThreshold). f.PC() is head and f.StackDepth() is the
	// depth at the head. It must not panic.
	BackEdge(t *Thread, f *Frame, head int) JITAction
}

// blacklisted marks a loop whose counter must never fire again.
const blacklisted = math.MinInt32

// jitBackEdge counts a back-edge to head and calls the JIT when the loop
// is hot. It reports whether a trace ran (then f.pc and f.sp are where
// the interpreter resumes). Counting is an index into the code object's
// counters: no lock, no map lookup.
func (t *Thread) jitBackEdge(f *Frame, head int) bool {
	in := t.in
	if in.JITThreshold <= 0 {
		return false
	}
	co := f.code
	if co.jitCounts == nil {
		co.jitCounts = make([]int32, len(co.Code.Words))
	}
	n := &co.jitCounts[head]
	if *n == blacklisted {
		return false
	}
	// The count saturates at the threshold: a hot loop stays hot without
	// the counter ever wrapping around to blacklisted.
	if th := int32(in.JITThreshold); *n < th {
		if *n++; *n < th {
			return false
		}
	}
	f.pc = head
	switch in.JIT.BackEdge(t, f, head) {
	case JITResumed:
		return true
	case JITBlacklist:
		*n = blacklisted
	case JITRetry:
		*n = int32(in.JITThreshold) - 1
	default:
		*n = 0
	}
	return false
}

// The JIT contract: read access for the recorder and trace entry.

// Code returns the frame's code object.
func (f *Frame) Code() *CodeObject { return f.code }

// PC returns the word index the frame resumes at.
func (f *Frame) PC() int { return f.pc }

// SetPC sets the word index the frame resumes at (trace exits).
func (f *Frame) SetPC(pc int) { f.pc = pc }

// NumSlots returns the length of the slot array (fast locals, then the
// value stack).
func (f *Frame) NumSlots() int { return len(f.slots) }

// Slot returns slot i (the zero Value if i is out of range).
func (f *Frame) Slot(i int) Value {
	if i < 0 || i >= len(f.slots) {
		return Value{}
	}
	return f.slots[i]
}

// CopySlots copies the slot array into dst (as much as fits) and returns
// the number copied. Compiled traces read the copy, never the frame.
func (f *Frame) CopySlots(dst []Value) int { return copy(dst, f.slots) }

// SetSlot writes slot i; out-of-range writes are ignored. Only trace exits
// call it, with values restored from a snapshot.
func (f *Frame) SetSlot(i int, v Value) {
	if i >= 0 && i < len(f.slots) {
		f.slots[i] = v
	}
}

// StackDepth returns the number of values on the frame's value stack.
func (f *Frame) StackDepth() int { return f.sp - f.code.nlocalsplus }

// SetStackDepth sets the value stack depth, clearing the slots above it
// as the interpreter's pops do. It reports false for an impossible depth.
func (f *Frame) SetStackDepth(d int) bool {
	sp := f.code.nlocalsplus + d
	if d < 0 || sp > len(f.slots) {
		return false
	}
	clear(f.slots[sp:])
	f.sp = sp
	return true
}

// NumLocals returns the number of fast locals (locals, cells, free
// variables): the value stack starts at this slot.
func (co *CodeObject) NumLocals() int { return co.nlocalsplus }

// Const returns constant i of the code object (zero Value if out of range).
func (co *CodeObject) Const(i int) Value {
	if i < 0 || i >= len(co.consts) {
		return Value{}
	}
	return co.consts[i]
}

// Name returns the code object's qualified name, for JIT statistics.
func (co *CodeObject) Name() string { return co.Code.QualName }

// RangeIterState returns the position of a range iterator (the next value,
// the step and the number of values left), or ok false if v is not one.
func RangeIterState(v Value) (next, step, n int64, ok bool) {
	if v.ref == nil || v.ref.typ != &RangeIterType {
		return 0, 0, 0, false
	}
	ri := objectAs[rangeIter](v.ref)
	return ri.next, ri.step, ri.n, true
}

// SetRangeIterState moves a range iterator to a new position (trace exits
// write back the position a trace advanced in registers). It reports
// false if v is not a range iterator.
func SetRangeIterState(v Value, next, n int64) bool {
	if v.ref == nil || v.ref.typ != &RangeIterType {
		return false
	}
	ri := objectAs[rangeIter](v.ref)
	ri.next, ri.n = next, n
	return true
}
