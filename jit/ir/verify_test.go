package ir_test

import (
	"strings"
	"testing"

	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/jit/ir/irtest"
)

func TestVerifyRejects(t *testing.T) {
	cases := []struct {
		name, want string
		build      func(tr *ir.Trace)
	}{
		{"forward ref", "not defined before use", func(tr *ir.Trace) {
			tr.Emit(ir.Ins{Op: ir.ADD, Type: ir.TInt, A: 2, B: 2})
			tr.SLoad(ir.TInt, 0)
		}},
		{"type mismatch", "bad types", func(tr *ir.Trace) {
			tr.Emit(ir.Ins{Op: ir.ADD, Type: ir.TInt, A: tr.SLoad(ir.TInt, 0), B: tr.SLoad(ir.TFloat, 1)})
		}},
		{"float overflow guard", "bad types", func(tr *ir.Trace) {
			f := tr.SLoad(ir.TFloat, 0)
			tr.Guard(ir.ADDOV, f, f, tr.AddSnap(0))
		}},
		{"void operand", "has no value", func(tr *ir.Trace) {
			x := tr.SLoad(ir.TInt, 0)
			g := tr.Guard(ir.LT, x, x, tr.AddSnap(0))
			tr.Arith(ir.ADD, g, x)
		}},
		{"bad snapshot", "bad snapshot", func(tr *ir.Trace) {
			x := tr.SLoad(ir.TInt, 0)
			tr.Guard(ir.LT, x, x, 3)
		}},
		{"snapshot uses later value", "not defined before use", func(tr *ir.Trace) {
			x := tr.SLoad(ir.TInt, 0)
			s := tr.AddSnap(0, ir.SnapEntry{Slot: 1, Ref: x + 2})
			tr.Guard(ir.LT, x, x, s)
			tr.Arith(ir.ADD, x, x)
		}},
		{"sload in loop", "SLOAD inside the loop", func(tr *ir.Trace) {
			tr.Emit(ir.Ins{Op: ir.LOOP})
			tr.SLoad(ir.TInt, 0)
		}},
		{"phi before loop", "PHI without LOOP", func(tr *ir.Trace) {
			x := tr.SLoad(ir.TInt, 0)
			tr.Emit(ir.Ins{Op: ir.PHI, Type: ir.TInt, A: x, B: x})
		}},
		{"bad constant", "bad constant", func(tr *ir.Trace) { tr.Arith(ir.NEG, -40, 0) }},
		{"unsorted snapshot", "sorted", func(tr *ir.Trace) {
			x := tr.SLoad(ir.TInt, 0)
			tr.Snaps = append(tr.Snaps, ir.Snapshot{Entries: []ir.SnapEntry{{Slot: 2, Ref: x}, {Slot: 1, Ref: x}}})
		}},
	}
	for _, c := range cases {
		tr := ir.NewTrace()
		c.build(tr)
		err := ir.Verify(tr)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
	for _, tr := range []*ir.Trace{irtest.SumLoop(fakeTags), irtest.FloatKernel(fakeTags), irtest.FibLoop(fakeTags, true)} {
		if err := ir.Verify(tr); err != nil {
			t.Errorf("valid trace rejected: %v\n%s", err, tr)
		}
	}
}
