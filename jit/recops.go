package jit

import (
	"math"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/jit/ir"
)

// This file records the arithmetic, comparison and branch instructions.
// Every guard snapshots the state before its instruction, so an exit
// makes the interpreter redo the instruction with full Python semantics.

// binaryOp records BINARY_OP op on the top two stack values.
func (r *recorder) binaryOp(op bytecode.BinOp, pc int) error {
	if len(r.stack) < 2 {
		return abort(AbortBadBytecode, "BINARY_OP on a short stack")
	}
	if op >= bytecode.BinOpInplaceAdd && op < bytecode.NumBinOps {
		op -= bytecode.BinOpInplaceAdd // x += y is x + y for ints and floats
	}
	a, b := r.stack[len(r.stack)-2], r.stack[len(r.stack)-1]
	if !isNum(a) || !isNum(b) {
		return r.objBinaryOp(op, a, b, pc)
	}
	var res tval
	var err error
	if a.typ == ir.TInt && b.typ == ir.TInt {
		res, err = r.intOp(op, a, b, pc)
	} else {
		res, err = r.floatOp(op, a, b, pc)
	}
	if err != nil {
		return err
	}
	r.stack = r.stack[:len(r.stack)-2]
	r.push(res)
	return nil
}

func (r *recorder) intOp(op bytecode.BinOp, a, b tval, pc int) (tval, error) {
	var guard, plain ir.Op
	var v int64
	ok := true
	switch op {
	case bytecode.BinOpAdd:
		guard, v = ir.ADDOV, a.i+b.i
		ok = (a.i^v)&(b.i^v) >= 0
	case bytecode.BinOpSubtract:
		guard, v = ir.SUBOV, a.i-b.i
		ok = (a.i^b.i)&(a.i^v) >= 0
	case bytecode.BinOpMultiply:
		guard, v = ir.MULOV, a.i*b.i
		ok = !mulOverflows(a.i, b.i)
	case bytecode.BinOpAnd:
		plain, v = ir.BAND, a.i&b.i
	case bytecode.BinOpOr:
		plain, v = ir.BOR, a.i|b.i
	case bytecode.BinOpXor:
		plain, v = ir.BXOR, a.i^b.i
	case bytecode.BinOpFloorDivide, bytecode.BinOpRemainder:
		return r.floorDiv(op, a, b, pc)
	case bytecode.BinOpPower:
		// x ** 2 is x * x for ints; other exponents may grow the
		// result beyond int64 or make it a float.
		if kb, ok := r.tr.Const(b.ref); !ok || int64(kb.Bits) != 2 {
			return tval{}, abort(AbortBinOp, "int ** %d", b.i)
		}
		b = a
		guard, v = ir.MULOV, a.i*a.i
		ok = !mulOverflows(a.i, a.i)
	default:
		// / needs Python's rounding rules; shifts grow ints: the
		// interpreter does them.
		return tval{}, abort(AbortBinOp, "int %s", op.Symbol())
	}
	if !ok {
		return tval{}, abort(AbortOverflow, "int %s", op.Symbol())
	}
	if plain != 0 {
		return tval{ref: r.tr.Arith(plain, a.ref, b.ref), typ: ir.TInt, i: v}, nil
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return tval{}, err
	}
	return tval{ref: r.tr.Guard(guard, a.ref, b.ref, snap), typ: ir.TInt, i: v}, nil
}

// unaryOp records -x, +x and ~x on an int or float (~ on ints only).
func (r *recorder) unaryOp(op bytecode.Op, pc int) error {
	if len(r.stack) < 1 {
		return abort(AbortBadBytecode, "%s on an empty stack", op)
	}
	v := r.stack[len(r.stack)-1]
	if !isNum(v) {
		return abort(AbortOperandType, "%s on %s", op, v.typeName())
	}
	var res tval
	switch {
	case op == bytecode.UNARY_POSITIVE:
		res = v
	case op == bytecode.UNARY_NEGATIVE && v.typ == ir.TFloat:
		res = tval{ref: r.tr.Arith(ir.NEG, v.ref, ir.RefNone), typ: ir.TFloat, f: -v.f}
	case op == bytecode.UNARY_NEGATIVE:
		if v.i == math.MinInt64 {
			return abort(AbortOverflow, "-int")
		}
		snap, err := r.snapshot(pc)
		if err != nil {
			return err
		}
		res = tval{ref: r.tr.Guard(ir.NEGOV, v.ref, ir.RefNone, snap), typ: ir.TInt, i: -v.i}
	case v.typ == ir.TInt:
		res = tval{ref: r.tr.Arith(ir.BNOT, v.ref, ir.RefNone), typ: ir.TInt, i: ^v.i}
	default:
		return abort(AbortOperandType, "~float")
	}
	r.stack[len(r.stack)-1] = res
	return nil
}

// mulOverflows reports whether x*y overflows int64.
func mulOverflows(x, y int64) bool {
	if x == 0 || y == 0 {
		return false
	}
	if (x == -1 && y == math.MinInt64) || (y == -1 && x == math.MinInt64) {
		return true
	}
	p := x * y
	return p/y != x
}

func (r *recorder) floatOp(op bytecode.BinOp, a, b tval, pc int) (tval, error) {
	var irop ir.Op
	switch op {
	case bytecode.BinOpAdd:
		irop = ir.ADD
	case bytecode.BinOpSubtract:
		irop = ir.SUB
	case bytecode.BinOpMultiply:
		irop = ir.MUL
	case bytecode.BinOpTrueDivide:
		irop = ir.DIV
	case bytecode.BinOpPower:
		return r.floatPow(a, b, pc)
	default:
		return tval{}, abort(AbortBinOp, "float %s", op.Symbol())
	}
	var snap int
	if irop == ir.DIV {
		// Division by zero raises: guard that the divisor is not zero
		// before converting anything (the exit redoes the division).
		var err error
		if snap, err = r.snapshot(pc); err != nil {
			return tval{}, err
		}
	}
	a, b = r.asFloat(a), r.asFloat(b)
	var v float64
	switch irop {
	case ir.ADD:
		v = a.f + b.f
	case ir.SUB:
		v = a.f - b.f
	case ir.MUL:
		v = a.f * b.f
	case ir.DIV:
		if b.f == 0 {
			return tval{}, abort(AbortBinOp, "float division by zero while recording")
		}
		r.tr.Guard(ir.NE, b.ref, r.tr.KFloat(0), snap)
		v = a.f / b.f
	}
	return tval{ref: r.tr.Arith(irop, a.ref, b.ref), typ: ir.TFloat, f: v}, nil
}

// cmpOps maps COMPARE_OP's argument to the IR compare and its negation.
var cmpOps = [bytecode.NumCmpOps]struct{ op, not ir.Op }{
	bytecode.CmpLT: {ir.LT, ir.GE},
	bytecode.CmpLE: {ir.LE, ir.GT},
	bytecode.CmpEQ: {ir.EQ, ir.NE},
	bytecode.CmpNE: {ir.NE, ir.EQ},
	bytecode.CmpGT: {ir.GT, ir.LE},
	bytecode.CmpGE: {ir.GE, ir.LT},
}

// compare records COMPARE_OP fused with the POP_JUMP_IF_* after it: a
// guard on the direction the concrete values take. For floats the negated
// compare is false on NaN where Python's negated result is true; that only
// makes the guard exit, and the interpreter redoes the compare. It
// returns the pc after the branch.
func (r *recorder) compare(cmp bytecode.CmpOp, pc, next int) (int, error) {
	if cmp >= bytecode.NumCmpOps || len(r.stack) < 2 {
		return 0, abort(AbortBadBytecode, "COMPARE_OP %d", cmp)
	}
	jop, jarg, after, err := r.decode(next)
	if err != nil {
		return 0, err
	}
	if jop != bytecode.POP_JUMP_IF_FALSE && jop != bytecode.POP_JUMP_IF_TRUE {
		return 0, abort(AbortUnfusedCompare, "followed by %s", jop)
	}
	a, b := r.stack[len(r.stack)-2], r.stack[len(r.stack)-1]
	if !isNum(a) || !isNum(b) {
		return 0, abort(AbortOperandType, "compare %s with %s", a.typeName(), b.typeName())
	}
	if a.typ != b.typ {
		// Python compares int and float exactly, not after rounding
		// the int: leave mixed compares to the interpreter.
		return 0, abort(AbortOperandType, "compare %v with %v", a.typ, b.typ)
	}
	var res bool
	if a.typ == ir.TInt {
		res = cmpInts(cmp, a.i, b.i)
	} else {
		res = cmpFloats(cmp, a.f, b.f)
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return 0, err
	}
	g := cmpOps[cmp].op
	if !res {
		g = cmpOps[cmp].not
	}
	r.tr.Guard(g, a.ref, b.ref, snap)
	r.stack = r.stack[:len(r.stack)-2]
	if res == (jop == bytecode.POP_JUMP_IF_TRUE) {
		after += jarg
	}
	return after, nil
}

func cmpInts(cmp bytecode.CmpOp, x, y int64) bool {
	switch cmp {
	case bytecode.CmpLT:
		return x < y
	case bytecode.CmpLE:
		return x <= y
	case bytecode.CmpEQ:
		return x == y
	case bytecode.CmpNE:
		return x != y
	case bytecode.CmpGT:
		return x > y
	}
	return x >= y
}

func cmpFloats(cmp bytecode.CmpOp, x, y float64) bool {
	switch cmp {
	case bytecode.CmpLT:
		return x < y
	case bytecode.CmpLE:
		return x <= y
	case bytecode.CmpEQ:
		return x == y
	case bytecode.CmpNE:
		return x != y
	case bytecode.CmpGT:
		return x > y
	}
	return x >= y
}

// truth records POP_JUMP_IF_FALSE/TRUE on an int or float (truth is
// "not zero"; NaN is true, as NE says). It reports whether the jump is
// taken.
func (r *recorder) truth(ifTrue bool, pc int) (bool, error) {
	if len(r.stack) < 1 {
		return false, abort(AbortBadBytecode, "branch on a short stack")
	}
	v := r.stack[len(r.stack)-1]
	if v.typ == ir.TPtr {
		// None's truth needs no guard beyond the one that loaded it.
		if !v.v.IsNone() {
			return false, abort(AbortOperandType, "truth of %s", v.typeName())
		}
		r.stack = r.stack[:len(r.stack)-1]
		return !ifTrue, nil
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return false, err
	}
	var zero ir.Ref
	var b bool
	switch v.typ {
	case ir.TInt:
		zero, b = r.tr.KInt(0), v.i != 0
	case ir.TBool:
		zero, b = r.tr.KBool(false), v.i != 0
	default:
		zero, b = r.tr.KFloat(0), v.f != 0 || isNaN(v.f)
	}
	g := ir.NE
	if !b {
		g = ir.EQ
	}
	r.tr.Guard(g, v.ref, zero, snap)
	r.stack = r.stack[:len(r.stack)-1]
	return b == ifTrue, nil
}

// isNum reports whether v is an unboxed int or float (bools are ints in
// Python, but the trace keeps them apart).
func isNum(v tval) bool { return v.typ == ir.TInt || v.typ == ir.TFloat }

// floorDiv records int // and % with Python's floor semantics. The
// divisor is guarded to be neither 0 (the interpreter raises
// ZeroDivisionError) nor -1 (MinInt64 // -1 overflows, and IDIV traps):
// a guard exit lets the interpreter do those.
func (r *recorder) floorDiv(op bytecode.BinOp, a, b tval, pc int) (tval, error) {
	if b.i == 0 || b.i == -1 {
		return tval{}, abort(AbortBinOp, "int %s %d", op.Symbol(), b.i)
	}
	if !b.ref.IsConst() {
		snap, err := r.snapshot(pc)
		if err != nil {
			return tval{}, err
		}
		r.tr.Guard(ir.NE, b.ref, r.tr.KInt(0), snap)
		r.tr.Guard(ir.NE, b.ref, r.tr.KInt(-1), snap)
	}
	q, m := ir.FloorDivMod(a.i, b.i)
	if op == bytecode.BinOpFloorDivide {
		return tval{ref: r.tr.Arith(ir.FLOORDIV, a.ref, b.ref), typ: ir.TInt, i: q}, nil
	}
	return tval{ref: r.tr.Arith(ir.FLOORMOD, a.ref, b.ref), typ: ir.TInt, i: m}, nil
}
