package jit

import (
	"fmt"
	"unsafe"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/ir"
)

// tagSet holds the addresses of interp's tag objects, the constants a
// slot's ref word is compared with by type guards.
type tagSet struct{ i, f, b uintptr }

func interpTags() tagSet {
	return tagSet{
		i: uintptr(unsafe.Pointer(&interp.IntTag)),
		f: uintptr(unsafe.Pointer(&interp.FloatTag)),
		b: uintptr(unsafe.Pointer(&interp.BoolTag)),
	}
}

func (ts tagSet) apply(t *ir.Trace) {
	t.SetTag(ir.TInt, ts.i, "IntTag")
	t.SetTag(ir.TFloat, ts.f, "FloatTag")
	t.SetTag(ir.TBool, ts.b, "BoolTag")
}

// Trace is a compiled loop trace, cached by (code, head).
type Trace struct {
	// ID numbers the JIT's compiled traces from 1 (diagnostics).
	ID   int
	Code *interp.CodeObject
	Head int
	// Recorded and Optimized are the IR before and after ir.Optimize.
	Recorded, Optimized *ir.Trace

	rec    *recording
	native *native

	// loop is the LOOP instruction of Optimized: guards before it belong
	// to the peeled first iteration.
	loop ir.Ref
	// shortExits counts consecutive exits before LOOP; see hot.go.
	shortExits int
	entry      entryBuffers
}

// compile optimizes and compiles a recording. It checks what deopt.go
// relies on: every exit resumes at a pc with a known stack depth and
// restores only ints, floats, bools and object references.
func compile(co *interp.CodeObject, head int, rec *recording, opts ir.Options) (*Trace, error) {
	opt, err := ir.Optimize(rec.ir, opts)
	if err != nil {
		return nil, abort(AbortCompile, "%v", err)
	}
	for i, s := range opt.Snaps {
		if _, ok := rec.depthAt[s.PC]; !ok {
			return nil, abort(AbortCompile, "snapshot %d resumes at pc %d without a stack depth", i, s.PC)
		}
		for _, e := range s.Entries {
			if typ := opt.TypeOf(e.Ref); typ != ir.TInt && typ != ir.TFloat && typ != ir.TBool && typ != ir.TPtr {
				return nil, abort(AbortCompile, "snapshot %d slot %d holds a %v", i, e.Slot, typ)
			}
			if e.Slot < 0 || int(e.Slot) >= rec.nslots+numVirtual {
				return nil, abort(AbortCompile, "snapshot %d writes slot %d", i, e.Slot)
			}
		}
	}
	nat, err := compileNative(opt)
	if err != nil {
		return nil, err
	}
	return &Trace{Code: co, Head: head, Recorded: rec.ir, Optimized: opt, rec: rec, native: nat,
		loop: opt.LoopRef()}, nil
}

// String describes the trace for debugging.
func (t *Trace) String() string {
	return fmt.Sprintf("trace %s@%d\n%s", t.Code.Name(), t.Head, t.Optimized)
}
