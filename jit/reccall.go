package jit

import (
	"math"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/ir"
)

// This file records CALL of builtins the trace computes itself. The
// callee must be a trace constant (a LOAD_GLOBAL or module attribute
// guarded by identity), so the trace needs no further callee guard.
// Each builtin's argument types are checked at recording time; the
// operand guards of the values themselves were emitted when they were
// loaded.

// call records CALL n: stack callee, NULL (or self), n arguments.
func (r *recorder) call(n, pc int) error {
	if len(r.stack) < n+2 {
		return abort(AbortBadBytecode, "CALL %d on a short stack", n)
	}
	base := len(r.stack) - n - 2
	callee, self, args := r.stack[base], r.stack[base+1], r.stack[base+2:]
	if callee.null || callee.typ != ir.TPtr || !self.null || !callee.ref.IsConst() {
		return abort(AbortCall, "call of %s", callee.typeName())
	}
	mod, name, ok := interp.BuiltinIdentity(callee.v)
	if !ok {
		return abort(AbortCall, "call of %s", callee.typeName())
	}
	var res tval
	var err error
	switch fn := mod + "." + name; {
	case fn == "builtins.len" && n == 1:
		if res, ok = r.seqLen(args[0]); !ok {
			return abort(AbortCall, "len of %s", args[0].typeName())
		}
	case fn == "math.sqrt" && n == 1 && isNum(args[0]):
		res, err = r.sqrt(args[0], pc)
	case fn == "builtins.abs" && n == 1 && args[0].typ == ir.TFloat:
		// |x| as max(x, -x) would get -0.0 and NaN wrong: clear the sign
		// bit through an int view instead.
		res = tval{ref: r.tr.Arith(ir.FABS, args[0].ref, ir.RefNone), typ: ir.TFloat, f: abs(args[0].f)}
	default:
		return abort(AbortCall, "call of %s.%s with %d arguments", mod, name, n)
	}
	if err != nil {
		return err
	}
	r.stack = r.stack[:base]
	r.push(res)
	return nil
}

// sqrt records math.sqrt(x): a guard that x >= 0 (negative numbers
// raise ValueError, and NaN fails the guard too, so the interpreter
// handles both), then SQRT, which is correctly rounded like C's sqrt.
func (r *recorder) sqrt(x tval, pc int) (tval, error) {
	snap, err := r.snapshot(pc)
	if err != nil {
		return tval{}, err
	}
	x = r.asFloat(x)
	if !(x.f >= 0) {
		return tval{}, abort(AbortCall, "math.sqrt of %v", x.f)
	}
	r.tr.Guard(ir.GE, x.ref, r.tr.KFloat(0), snap)
	return tval{ref: r.tr.Arith(ir.SQRT, x.ref, ir.RefNone), typ: ir.TFloat, f: sqrtf(x.f)}, nil
}

func abs(f float64) float64   { return math.Abs(f) }
func sqrtf(f float64) float64 { return math.Sqrt(f) }
