// Package irtest builds the hand-written traces that the optimizer's
// golden tests and the backends' execution tests share, standing in for
// the recorder until it exists. Each builder documents the Python loop it
// records, its slot layout and its bytecode positions (made up, but
// consistent: a resumed interpreter would re-execute from there).
//
// It imports only jit/ir.
package irtest

import (
	"math"

	"github.com/pyjit/pyjit/jit/ir"
)

// Tags holds the addresses of the static tag objects that mark unboxed
// values in a slot's ref word (interp.IntTag, ...). Golden tests may pass
// any distinct numbers: the printer shows names.
type Tags struct {
	Int, Float, Bool uintptr
}

func newTrace(tags Tags) *ir.Trace {
	t := ir.NewTrace()
	t.SetTag(ir.TInt, tags.Int, "IntTag")
	t.SetTag(ir.TFloat, tags.Float, "FloatTag")
	t.SetTag(ir.TBool, tags.Bool, "BoolTag")
	return t
}

// typed emits the type guard and the bits load of a slot expected to hold
// typ, the way the recorder does on a slot's first read.
func typed(t *ir.Trace, typ ir.Type, slot int, snap int) ir.Ref {
	ref := t.SLoad(ir.TPtr, slot)
	t.Guard(ir.EQ, ref, t.Tags[typ], snap)
	return t.SLoad(typ, slot)
}

func e(slot int32, r ir.Ref) ir.SnapEntry { return ir.SnapEntry{Slot: slot, Ref: r} }

// Slots and bytecode positions of SumLoop.
const (
	SumI, SumN, SumTotal = 0, 1, 2

	SumPCHead = 0  // `while i < n`
	SumPCBody = 8  // `total += i * 2`
	SumPCIncr = 14 // `i += 1`
	SumPCExit = 20 // after the loop
)

// SumLoop records one iteration of
//
//	while i < n:
//	    total += i * 2
//	    i += 1
//
// with i, n and total unboxed ints in slots 0, 1, 2.
func SumLoop(tags Tags) *ir.Trace {
	t := newTrace(tags)
	head := t.AddSnap(SumPCHead)
	exit := t.AddSnap(SumPCExit)
	body := t.AddSnap(SumPCBody)
	i := typed(t, ir.TInt, SumI, head)
	n := typed(t, ir.TInt, SumN, head)
	t.Guard(ir.LT, i, n, exit)
	total := typed(t, ir.TInt, SumTotal, body)
	twice := t.Guard(ir.MULOV, i, t.KInt(2), body)
	total2 := t.Guard(ir.ADDOV, total, twice, body)
	incr := t.AddSnap(SumPCIncr, e(SumTotal, total2))
	i2 := t.Guard(ir.ADDOV, i, t.KInt(1), incr)
	t.LoopSnap = t.AddSnap(SumPCHead, e(SumTotal, total2), e(SumI, i2))
	return t
}

// Slots and bytecode positions of FloatKernel.
const (
	KX1, KY1, KVX1, KVY1 = 0, 1, 2, 3
	KX2, KY2, KVX2, KVY2 = 4, 5, 6, 7
	KM1, KM2, KDT        = 8, 9, 10
	KI, KN, KAcc         = 11, 12, 13
	KSlots               = 14

	KPCHead = 0
	KPCBody = 10
	KPCExit = 90
)

// FloatKernel records one iteration of a two-body step in the plane:
//
//	while i < n:
//	    dx = x1 - x2; dy = y1 - y2
//	    d2 = dx*dx + dy*dy
//	    mag = dt / (d2 * sqrt(d2))
//	    vx1 -= dx * m2 * mag; vy1 -= dy * m2 * mag
//	    vx2 += dx * m1 * mag; vy2 += dy * m1 * mag
//	    x1 += dt * vx1; y1 += dt * vy1
//	    x2 += dt * vx2; y2 += dt * vy2
//	    acc += float(i) * 0.5 - -0.0
//	    i += 1
//
// Slots 0-10 and 13 hold floats, 11 and 12 (i, n) ints; see the K*
// constants. dx and friends are temporaries, not slots. A guard failing
// inside the body resumes at KPCBody with nothing changed (the recorder
// would snapshot finer; this keeps the test small).
func FloatKernel(tags Tags) *ir.Trace {
	t := newTrace(tags)
	head := t.AddSnap(KPCHead)
	exit := t.AddSnap(KPCExit)
	body := t.AddSnap(KPCBody)
	i := typed(t, ir.TInt, KI, head)
	n := typed(t, ir.TInt, KN, head)
	t.Guard(ir.LT, i, n, exit)
	f := func(slot int) ir.Ref { return typed(t, ir.TFloat, slot, body) }
	x1, y1, vx1, vy1 := f(KX1), f(KY1), f(KVX1), f(KVY1)
	x2, y2, vx2, vy2 := f(KX2), f(KY2), f(KVX2), f(KVY2)
	m1, m2, dt, acc := f(KM1), f(KM2), f(KDT), f(KAcc)
	op := func(o ir.Op, a, b ir.Ref) ir.Ref { return t.Arith(o, a, b) }
	dx, dy := op(ir.SUB, x1, x2), op(ir.SUB, y1, y2)
	d2 := op(ir.ADD, op(ir.MUL, dx, dx), op(ir.MUL, dy, dy))
	mag := op(ir.DIV, dt, op(ir.MUL, d2, op(ir.SQRT, d2, 0)))
	vx1 = op(ir.SUB, vx1, op(ir.MUL, op(ir.MUL, dx, m2), mag))
	vy1 = op(ir.SUB, vy1, op(ir.MUL, op(ir.MUL, dy, m2), mag))
	vx2 = op(ir.ADD, vx2, op(ir.MUL, op(ir.MUL, dx, m1), mag))
	vy2 = op(ir.ADD, vy2, op(ir.MUL, op(ir.MUL, dy, m1), mag))
	x1 = op(ir.ADD, x1, op(ir.MUL, dt, vx1))
	y1 = op(ir.ADD, y1, op(ir.MUL, dt, vy1))
	x2 = op(ir.ADD, x2, op(ir.MUL, dt, vx2))
	y2 = op(ir.ADD, y2, op(ir.MUL, dt, vy2))
	half := op(ir.MUL, op(ir.CONV, i, 0), t.KFloat(0.5))
	acc = op(ir.ADD, acc, op(ir.SUB, half, t.KFloat(negZero)))
	state := []ir.SnapEntry{e(KX1, x1), e(KY1, y1), e(KVX1, vx1), e(KVY1, vy1),
		e(KX2, x2), e(KY2, y2), e(KVX2, vx2), e(KVY2, vy2), e(KAcc, acc)}
	incr := t.AddSnap(KPCBody+60, state...)
	i2 := t.Guard(ir.ADDOV, i, t.KInt(1), incr)
	t.LoopSnap = t.AddSnap(KPCHead, append(state, e(KI, i2))...)
	return t
}

// negZero is -0.0 (a Go constant -0.0 is +0).
var negZero = math.Copysign(0, -1)

// KernelState is FloatKernel's slot state, for reference computations.
type KernelState struct {
	X1, Y1, VX1, VY1, X2, Y2, VX2, VY2, M1, M2, DT, Acc float64
	I, N                                                int64
}

// Step runs one iteration in Go with exactly the trace's operations and
// rounding (explicit float64 conversions forbid fused multiply-add).
func (s *KernelState) Step() {
	dx, dy := s.X1-s.X2, s.Y1-s.Y2
	d2 := float64(dx*dx) + float64(dy*dy)
	mag := s.DT / float64(d2*math.Sqrt(d2))
	s.VX1 -= float64(float64(dx*s.M2) * mag)
	s.VY1 -= float64(float64(dy*s.M2) * mag)
	s.VX2 += float64(float64(dx*s.M1) * mag)
	s.VY2 += float64(float64(dy*s.M1) * mag)
	s.X1 += float64(s.DT * s.VX1)
	s.Y1 += float64(s.DT * s.VY1)
	s.X2 += float64(s.DT * s.VX2)
	s.Y2 += float64(s.DT * s.VY2)
	s.Acc += float64(float64(s.I)*0.5) - negZero
	s.I++
}

// FibLoop records
//
//	while i < n:
//	    a, b = b, a + b   # resumes at pc 0 if a + b overflows
//	    i += 1
//
// with i, n, a, b unboxed ints in slots 0-3. Its PHIs form a chain (b's
// left is a's right). If swap is set the body is `a, b = b, a` instead,
// whose PHIs form a cycle.
func FibLoop(tags Tags, swap bool) *ir.Trace {
	t := newTrace(tags)
	head, exit := t.AddSnap(0), t.AddSnap(30)
	var v [4]ir.Ref
	for s := range v {
		v[s] = typed(t, ir.TInt, s, head)
	}
	i, n, a, b := v[0], v[1], v[2], v[3]
	t.Guard(ir.LT, i, n, exit)
	next := a
	if !swap {
		next = t.Guard(ir.ADDOV, a, b, head)
	}
	i2 := t.Guard(ir.ADDOV, i, t.KInt(1), t.AddSnap(20, e(2, b), e(3, next)))
	t.LoopSnap = t.AddSnap(0, e(0, i2), e(2, b), e(3, next))
	return t
}
