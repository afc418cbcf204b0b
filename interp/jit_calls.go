package interp

import (
	"unsafe"

	"github.com/pyjit/pyjit/bytecode"
)

// This file is what compiled traces call back into Go for: float
// operations whose results must be exactly the interpreter's, computed by
// the interpreter's own code. ok is false whenever Python would raise or
// produce something that is not a float; the trace then exits and the
// interpreter redoes the operation (raising if it must).

// JITFloatPow is float ** float.
func JITFloatPow(x, y float64) (float64, bool) {
	v, err := floatPow(x, y)
	if err != nil || !v.IsFloat() {
		return 0, false
	}
	return v.AsFloat(), true
}

// JITCallFloat calls the builtin function fn with one float argument and
// returns its float result.
func JITCallFloat(t *Thread, fn Value, x float64) (float64, bool) {
	if fn.ref == nil || fn.ref.typ != &BuiltinFunctionType {
		return 0, false
	}
	b := objectAs[Builtin](fn.ref)
	v, err := b.Fn(t, b.Self, []Value{Float(x)}, nil)
	if err != nil || !v.IsFloat() {
		return 0, false
	}
	return v.AsFloat(), true
}

// FunctionCodeOffset is the offset of a Python function's code pointer
// (__code__ can be reassigned, so a trace that inlined the function
// guards it).
var FunctionCodeOffset = int64(unsafe.Offsetof(Function{}.code))

// InlinableFunction returns the code, globals and builtins of a Python
// function that a call with exactly nargs positional arguments binds
// one to one: no defaults used, no *args, **kwargs or keyword-only
// parameters, no cells or free variables, not a generator or coroutine.
func InlinableFunction(v Value, nargs int) (co *CodeObject, globals, builtins *Dict, ok bool) {
	if v.ref == nil || v.ref.typ != &FunctionType {
		return nil, nil, nil, false
	}
	fn := objectAs[Function](v.ref)
	c := fn.code.Code
	if fn.code.isGenerator || c.ArgCount != nargs || c.KwOnlyArgCount != 0 ||
		c.Flags&(bytecode.CoVarargs|bytecode.CoVarkeywords) != 0 ||
		len(c.Cellvars()) != 0 || len(c.Freevars()) != 0 || len(fn.closure) != 0 {
		return nil, nil, nil, false
	}
	return fn.code, fn.globals, fn.builtins, true
}
