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

// call records CALL n: stack callee, NULL (or self), n arguments. next
// is the pc after the CALL; call returns the pc to continue at (the
// callee's first instruction when it inlines a Python function).
func (r *recorder) call(n, pc, next int) (int, error) {
	if len(r.stack) < n+2 {
		return 0, abort(AbortBadBytecode, "CALL %d on a short stack", n)
	}
	base := len(r.stack) - n - 2
	callee, self, args := r.stack[base], r.stack[base+1], r.stack[base+2:]
	if callee.null || callee.typ != ir.TPtr {
		return 0, abort(AbortCall, "call of %s", callee.typeName())
	}
	if !self.null {
		// A method call: self is the first argument.
		return r.inline(callee, r.stack[base+1:], base, pc, next)
	}
	mod, name, ok := interp.BuiltinIdentity(callee.v)
	if !ok {
		return r.inline(callee, args, base, pc, next)
	}
	if !callee.ref.IsConst() {
		return 0, abort(AbortCall, "call of a builtin held in a variable")
	}
	var res tval
	var err error
	switch fn := mod + "." + name; {
	case fn == "builtins.len" && n == 1:
		if res, ok = r.seqLen(args[0]); !ok {
			return 0, abort(AbortCall, "len of %s", args[0].typeName())
		}
	case fn == "math.sqrt" && n == 1 && isNum(args[0]):
		res, err = r.sqrt(args[0], pc)
	case fn == "builtins.abs" && n == 1 && args[0].typ == ir.TFloat:
		// |x| as max(x, -x) would get -0.0 and NaN wrong: clear the sign
		// bit through an int view instead.
		res = tval{ref: r.tr.Arith(ir.FABS, args[0].ref, ir.RefNone), typ: ir.TFloat, f: abs(args[0].f)}
	case mod == "math" && pureMath[name] && n == 1 && isNum(args[0]):
		res, err = r.mathCall(callee.v, args[0], pc)
	default:
		return 0, abort(AbortCall, "call of %s.%s with %d arguments", mod, name, n)
	}
	if err != nil {
		return 0, err
	}
	r.stack = r.stack[:base]
	r.push(res)
	return next, nil
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

// floatPow records float ** float as a call out to the interpreter's own
// float power (POW): the guard exits when Python would raise or give a
// complex result.
func (r *recorder) floatPow(a, b tval, pc int) (tval, error) {
	snap, err := r.snapshot(pc)
	if err != nil {
		return tval{}, err
	}
	a, b = r.asFloat(a), r.asFloat(b)
	v, ok := interp.JITFloatPow(a.f, b.f)
	if !ok {
		return tval{}, abort(AbortBinOp, "float ** raises while recording")
	}
	return tval{ref: r.tr.Guard(ir.POW, a.ref, b.ref, snap), typ: ir.TFloat, f: v}, nil
}

// pureMath are the math functions of one float that a trace may call
// out for: they read nothing but their argument and change nothing.
var pureMath = map[string]bool{
	"sin": true, "cos": true, "tan": true, "asin": true, "acos": true, "atan": true,
	"sinh": true, "cosh": true, "tanh": true, "exp": true, "log": true, "log10": true,
	"log2": true, "fabs": true, "floor": false, "ceil": false,
}

// mathCall records math.f(x) as CALLF: the trace calls the builtin
// itself (through an exit and re-entry) and exits when it raises.
func (r *recorder) mathCall(fn interp.Value, x tval, pc int) (tval, error) {
	snap, err := r.snapshot(pc)
	if err != nil {
		return tval{}, err
	}
	x = r.asFloat(x)
	v, ok := interp.JITCallFloat(r.thread, fn, x.f)
	if !ok {
		return tval{}, abort(AbortCall, "math function raises while recording")
	}
	k := r.tr.KInt(int64(len(r.helpers)))
	r.helpers = append(r.helpers, fn)
	return tval{ref: r.tr.Guard(ir.CALLF, x.ref, k, snap), typ: ir.TFloat, f: v}, nil
}
