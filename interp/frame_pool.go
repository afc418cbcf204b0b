package interp

import "math/bits"

// This file pools the frames of Python function calls. A call allocates
// nothing when a frame of the right size class is free: the frame and
// its slots (locals + value stack in one slice) are reused after the
// function returns, unless something may still refer to the frame. A
// frame escapes when a traceback records it (tb_frame) or a generator
// owns it; escaped frames are left to the GC. An escaped frame's back
// pointer is only meaningful while its caller is running: code that
// exposes f_back chains must mark every frame it hands out.

// frameClassCaps are the slot capacities of the pooled size classes.
var frameClassCaps = [...]int{8, 16, 32, 64, 128, 256}

// framePoolMax bounds each class's free list (deep recursion leaves
// that many frames around at most).
const framePoolMax = 256

// frameClass returns the size class for n slots, or -1 for frames too
// big to pool.
func frameClass(n int) int {
	if n > frameClassCaps[len(frameClassCaps)-1] {
		return -1
	}
	// The capacities are 8 << c: the class is the bit length of n-1
	// above 3 (no loop on the call path).
	if c := bits.Len(uint(n-1)) - 3; c > 0 {
		return c
	}
	return 0
}

// allocFrame returns a zeroed frame for a call of co, from the pool when
// one is free.
func (t *Thread) allocFrame(co *CodeObject, globals, builtins *Dict) *Frame {
	n := co.nlocalsplus + co.Code.StackSize + 1
	c := frameClass(n)
	if c < 0 || t == nil {
		return newFrame(co, globals, builtins)
	}
	pool := &t.framePool[c]
	if k := len(*pool); k > 0 {
		f := (*pool)[k-1]
		(*pool)[k-1] = nil
		*pool = (*pool)[:k-1]
		f.code, f.globals, f.builtins = co, globals, builtins
		f.slots = f.slots[:n]
		f.sp = co.nlocalsplus
		return f
	}
	return &Frame{Object: Object{typ: &FrameType}, code: co, globals: globals, builtins: builtins,
		slots: make([]Value, n, frameClassCaps[c]), sp: co.nlocalsplus, pooled: true}
}

// releaseFrame returns f to the pool when nothing can refer to it.
func (t *Thread) releaseFrame(f *Frame) {
	if !f.pooled || f.escaped || f.gen != nil || t == nil {
		return
	}
	c := frameClass(cap(f.slots))
	pool := &t.framePool[c]
	if len(*pool) >= framePoolMax {
		return
	}
	// The eval loop clears every slot it pops, so only the locals and
	// what is still on the stack need clearing. The fields are reset one
	// by one: a whole-struct assignment costs a bulk write barrier.
	// code, fn, globals and builtins are set again by allocFrame and
	// frameForCall. A new Frame field must be reset here too.
	sp := f.sp
	if sp < 0 || sp > len(f.slots) {
		sp = len(f.slots)
	}
	clearValues(f.slots[:sp])
	f.slots = f.slots[:0]
	f.locals, f.back, f.gen, f.pendingErr = nil, nil, nil, nil
	f.sp, f.pc, f.lasti = 0, 0, 0
	f.entry, f.state, f.retKind = false, frameRunning, retNormal
	*pool = append(*pool, f)
}

// clearValues zeroes vs with plain field stores. For the few values of a
// call that is cheaper than clear(), which Go lowers to
// memclrHasPointers and a bulk write barrier (~60 instructions per call
// on `g(i, 2)`, measured with cachegrind).
func clearValues(vs []Value) {
	for i := range vs {
		vs[i].ref = nil
		vs[i].bits = 0
	}
}
