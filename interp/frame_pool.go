package interp

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
	for c, max := range frameClassCaps {
		if n <= max {
			return c
		}
	}
	return -1
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
	clear(f.slots)
	slots := f.slots[:0]
	*f = Frame{Object: Object{typ: &FrameType}, slots: slots, pooled: true}
	*pool = append(*pool, f)
}
