package ir_test

import (
	"errors"
	"math"
	"testing"

	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/jit/ir/irtest"
)

func newTrace() *ir.Trace {
	t := ir.NewTrace()
	t.SetTag(ir.TInt, fakeTags.Int, "IntTag")
	t.SetTag(ir.TFloat, fakeTags.Float, "FloatTag")
	return t
}

func TestFoldGolden(t *testing.T) {
	tr := newTrace()
	s := tr.AddSnap(4)
	x := tr.SLoad(ir.TInt, 0)
	f := tr.SLoad(ir.TFloat, 1)
	k := tr.Arith(ir.ADD, tr.KInt(3), tr.KInt(4))           // 7
	y := tr.Arith(ir.ADD, x, tr.KInt(0))                    // x
	z := tr.Arith(ir.MUL, tr.KInt(1), y)                    // x (swapped, then x*1)
	w := tr.Guard(ir.ADDOV, k, tr.KInt(math.MaxInt64-7), s) // constant, no overflow
	tr.Guard(ir.LT, tr.KInt(2), z, s)                       // becomes GT z +2
	tr.Guard(ir.LE, k, tr.KInt(7), s)                       // always holds: removed
	tr.Guard(ir.EQ, x, x, s)                                // always holds: removed
	g := tr.Arith(ir.SUB, f, tr.KFloat(0))                  // f
	h := tr.Arith(ir.ADD, g, tr.KFloat(0))                  // kept: -0.0+0.0 is 0.0
	c := tr.Arith(ir.CONV, tr.KInt(-3), 0)                  // -3.0
	q := tr.Arith(ir.MUL, h, tr.Arith(ir.SQRT, tr.KFloat(16), 0))
	tr.AddSnap(8, ir.SnapEntry{Slot: 0, Ref: w}, ir.SnapEntry{Slot: 1, Ref: q}, ir.SnapEntry{Slot: 2, Ref: c})
	tr.Guard(ir.NE, tr.Arith(ir.NEG, tr.Arith(ir.NEG, x, 0), 0), tr.KInt(5), 1)
	passGolden(t, "fold", tr, ir.Fold)
}

func TestFoldGuardFails(t *testing.T) {
	for _, build := range []func(tr *ir.Trace, s int){
		func(tr *ir.Trace, s int) { tr.Guard(ir.GT, tr.KInt(1), tr.KInt(2), s) },
		func(tr *ir.Trace, s int) { tr.Guard(ir.ADDOV, tr.KInt(math.MaxInt64), tr.KInt(1), s) },
		func(tr *ir.Trace, s int) { tr.Guard(ir.MULOV, tr.KInt(math.MinInt64), tr.KInt(-1), s) },
		func(tr *ir.Trace, s int) { tr.Guard(ir.LT, tr.KFloat(math.NaN()), tr.KFloat(1), s) },
		func(tr *ir.Trace, s int) { x := tr.SLoad(ir.TInt, 0); tr.Guard(ir.NE, x, x, s) },
	} {
		tr := newTrace()
		build(tr, tr.AddSnap(0))
		if _, err := ir.Fold(tr); !errors.Is(err, ir.ErrGuardFails) {
			t.Errorf("%s: got %v, want ErrGuardFails", tr, err)
		}
	}
}

func TestCSEGolden(t *testing.T) {
	tr := newTrace()
	s0 := tr.AddSnap(0)
	p := tr.SLoad(ir.TPtr, 0)
	tr.Guard(ir.EQ, p, tr.Tags[ir.TInt], s0)
	x := tr.SLoad(ir.TInt, 0)
	y := tr.SLoad(ir.TInt, 1)
	a := tr.Arith(ir.ADD, x, y)
	b := tr.Arith(ir.ADD, y, x) // commutative: same as a
	s1 := tr.AddSnap(2, ir.SnapEntry{Slot: 0, Ref: a})
	tr.Guard(ir.EQ, tr.SLoad(ir.TPtr, 0), tr.Tags[ir.TInt], s1) // same load, same guard
	c := tr.Guard(ir.ADDOV, a, b, s1)
	d := tr.Guard(ir.ADDOV, a, a, s1) // same as c
	e := tr.Arith(ir.SUB, x, y)
	f := tr.Arith(ir.SUB, y, x) // not commutative: kept
	tr.AddSnap(6, ir.SnapEntry{Slot: 0, Ref: d}, ir.SnapEntry{Slot: 1, Ref: e}, ir.SnapEntry{Slot: 2, Ref: f}, ir.SnapEntry{Slot: 3, Ref: c})
	tr.Guard(ir.LT, e, f, 2)
	passGolden(t, "cse", tr, ir.CSE)
}

func TestDCEGolden(t *testing.T) {
	tr := newTrace()
	x := tr.SLoad(ir.TInt, 0)
	y := tr.SLoad(ir.TInt, 1)
	tr.Arith(ir.MUL, x, y) // unused
	a := tr.Arith(ir.ADD, x, y)
	kept := tr.Arith(ir.SUB, a, x) // only a snapshot needs it
	tr.AddSnap(1)                  // unused snapshot
	s := tr.AddSnap(2, ir.SnapEntry{Slot: 3, Ref: kept})
	tr.Guard(ir.LT, x, y, s)
	tr.Arith(ir.BXOR, a, tr.KInt(1)) // unused, after the guard
	tr.AddSnap(3, ir.SnapEntry{Slot: 4, Ref: tr.Arith(ir.SHL, y, tr.KInt(2))})
	passGolden(t, "dce", tr, ir.DCE)
}

func TestLoopGolden(t *testing.T) {
	on := func(tr *ir.Trace) (*ir.Trace, error) { return ir.Optimize(tr, ir.AllPasses) }
	off := func(tr *ir.Trace) (*ir.Trace, error) { return ir.Optimize(tr, ir.Options{}) }
	passGolden(t, "loop_sum_on", irtest.SumLoop(fakeTags), on)
	passGolden(t, "loop_sum_off", irtest.SumLoop(fakeTags), off)
	passGolden(t, "loop_kernel_on", irtest.FloatKernel(fakeTags), on)
	passGolden(t, "loop_fib", irtest.FibLoop(fakeTags, false), on)
	passGolden(t, "loop_swap", irtest.FibLoop(fakeTags, true), on)
}

// TestLoopHoists checks the point of peeling: with passes on, the loop
// part of the sum trace holds no type guard and no load.
func TestLoopHoists(t *testing.T) {
	out, err := ir.Optimize(irtest.SumLoop(fakeTags), ir.AllPasses)
	if err != nil {
		t.Fatal(err)
	}
	loop := out.LoopRef()
	if loop == ir.RefNone {
		t.Fatal("no LOOP")
	}
	for r := loop + 1; int(r) < out.Len(); r++ {
		if ins := out.At(r); ins.Op == ir.SLOAD || ins.Op == ir.EQ {
			t.Errorf("%s survived in the loop:\n%s", out.FormatIns(r), out)
		}
	}
}

// TestLoopVaryingGuard: a guard repeated on a loop-carried value must not
// be replaced by its pre-loop twin.
func TestLoopVaryingGuard(t *testing.T) {
	tr := newTrace()
	s := tr.AddSnap(0)
	i := tr.SLoad(ir.TInt, 0)
	n := tr.SLoad(ir.TInt, 1)
	tr.Guard(ir.LT, i, n, s)
	i2 := tr.Guard(ir.ADDOV, i, tr.KInt(1), s)
	tr.Guard(ir.LT, i2, n, s)
	tr.LoopSnap = tr.AddSnap(0, ir.SnapEntry{Slot: 0, Ref: i2})
	out := passGolden(t, "loop_varying_guard", tr, func(tr *ir.Trace) (*ir.Trace, error) {
		return ir.Optimize(tr, ir.AllPasses)
	})
	guards := 0
	for r := out.LoopRef() + 1; int(r) < out.Len(); r++ {
		if out.At(r).Op == ir.LT {
			guards++
		}
	}
	if guards != 2 {
		t.Errorf("loop has %d LT guards, want 2:\n%s", guards, out)
	}
}
