package jit

import (
	"unsafe"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/ir"
)

// This file inlines calls of Python functions into the trace. The
// recorder follows the callee's bytecode with its own locals and stack
// and comes back at RETURN_VALUE with the result on the caller's stack.
//
// Deoptimization inside an inlined call needs no interpreter frame for
// the callee: inlined code may not have side effects (no stores, no
// calls that change anything, no loops), so every snapshot taken inside
// it resumes the loop frame *at the outermost inlined CALL*, with the
// callable, NULL and arguments on the stack as they were. The interpreter
// redoes the whole call, so its frames, results and tracebacks are
// exactly those of a run without the JIT. Once the call has returned,
// later snapshots resume after it as usual.

// maxInline bounds the depth of inlined calls.
const maxInline = 3

// inlineFrame is a caller's recording state, saved while its callee is
// recorded.
type inlineFrame struct {
	code              *interp.CodeObject
	words             []uint32
	nlocals           int
	locals            map[int]tval
	written           map[int]bool
	stack             []tval // the caller's stack before the CALL
	callPC, retPC     int
	pop               int // callable, NULL or self, and arguments
	globals, builtins *interp.Dict
}

// inline starts recording the Python function callee, called by the
// CALL at pc with args (self first for a method call); base is the
// callable's stack index and retPC the instruction after the CALL.
func (r *recorder) inline(callee tval, args []tval, base, pc, retPC int) (int, error) {
	co, globals, builtins, ok := interp.InlinableFunction(callee.v, len(args))
	if !ok {
		return 0, abort(AbortCall, "call of %s that cannot be inlined", callee.typeName())
	}
	if len(r.inl) >= maxInline {
		return 0, abort(AbortCall, "inlining deeper than %d", maxInline)
	}
	for _, a := range args {
		if a.null {
			return 0, abort(AbortBadBytecode, "NULL argument")
		}
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return 0, err
	}
	// The callee is the same function object and still has the same
	// code (__code__ can be reassigned).
	r.keep = append(r.keep, callee.v, co)
	fn := callee.ref
	if !fn.IsConst() {
		k := r.objConst(callee.v)
		r.tr.Guard(ir.EQ, fn, k.ref, snap)
		fn = k.ref
	}
	code := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: fn, Aux: interp.FunctionCodeOffset})
	r.tr.Guard(ir.EQ, code, r.tr.KPtr(uintptr(unsafe.Pointer(co)), "code "+co.Name()), snap)
	r.inl = append(r.inl, inlineFrame{
		code: r.code, words: r.words, nlocals: r.nlocals, locals: r.locals, written: r.written,
		stack: r.stack, callPC: pc, retPC: retPC, pop: len(r.stack) - base,
		globals: r.globals, builtins: r.builtins,
	})
	r.code, r.words, r.nlocals = co, co.Code.Words, co.NumLocals()
	r.locals, r.written = make(map[int]tval), make(map[int]bool)
	for i, a := range args {
		r.locals[i] = a
	}
	r.stack = nil
	r.globals, r.builtins = globals, builtins
	return 0, nil
}

// inlineReturn records RETURN_VALUE of an inlined call: the caller's
// state comes back with the result in place of the callable, NULL and
// arguments. It returns the pc to continue at in the caller.
func (r *recorder) inlineReturn() (int, error) {
	if len(r.inl) == 0 {
		return 0, abort(AbortUnsupported, "RETURN_VALUE")
	}
	res, err := r.pop()
	if err != nil {
		return 0, err
	}
	c := r.inl[len(r.inl)-1]
	r.inl = r.inl[:len(r.inl)-1]
	r.code, r.words, r.nlocals, r.locals, r.written = c.code, c.words, c.nlocals, c.locals, c.written
	r.globals, r.builtins = c.globals, c.builtins
	keep := len(c.stack) - c.pop
	r.stack = append(c.stack[:keep:keep], res)
	return c.retPC, nil
}
