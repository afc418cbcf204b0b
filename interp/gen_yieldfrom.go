package interp

import "github.com/pyjit/pyjit/bytecode"

// yieldFrom is gi_yieldfrom / cr_await / ag_await: the iterator or
// awaitable a suspended generator is delegating to, else None. As in
// CPython 3.11 (_PyGen_yf), a generator suspended inside yield from or
// await resumes at a RESUME whose argument is 2 or 3, and the delegate is
// then on top of its value stack.
func (g *Generator) yieldFrom() Value {
	f := g.frame
	if !g.started || g.running || g.finished || f == nil {
		return None
	}
	op, arg, _ := bytecode.Decode(f.code.Code.Words, f.pc)
	if op != bytecode.RESUME || arg < 2 || f.sp <= f.code.nlocalsplus {
		return None
	}
	return f.slots[f.sp-1]
}

// generatorYieldFrom is the getter shared by the three attribute names.
func generatorYieldFrom(t *Thread, v Value) (Value, error) {
	return objectAs[Generator](v.ref).yieldFrom(), nil
}
