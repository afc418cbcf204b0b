package arm64_test

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/jit/arm64"
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/jit/ir/irtest"
)

// Golden encoding tests of the trace compiler: one small trace per IR op
// (operands loaded from slots, the op, its result kept alive into an exit
// snapshot), assembled and disassembled with arm64asm next to the IR in
// testdata/ops/*.golden. Regenerate with -update-ops and review the diff.
// Runs on every host.

var updateOps = flag.Bool("update-ops", false, "rewrite testdata/ops/*.golden")

var fakeTags = irtest.Tags{Int: 0x1000, Float: 0x1010, Bool: 0x1020}

type opCase struct {
	name  string
	build func(t *ir.Trace, s int) ir.Ref // returns the value to keep (or 0)
}

func loads(t *ir.Trace, typ ir.Type) (ir.Ref, ir.Ref) { return t.SLoad(typ, 0), t.SLoad(typ, 1) }

func binop(op ir.Op, typ ir.Type) func(*ir.Trace, int) ir.Ref {
	return func(t *ir.Trace, s int) ir.Ref {
		a, b := loads(t, typ)
		if op.IsGuard() {
			return t.Guard(op, a, b, s)
		}
		return t.Arith(op, a, b)
	}
}

func unop(op ir.Op, typ ir.Type) func(*ir.Trace, int) ir.Ref {
	return func(t *ir.Trace, s int) ir.Ref {
		a := t.SLoad(typ, 0)
		if op.IsGuard() {
			return t.Guard(op, a, 0, s)
		}
		return t.Arith(op, a, 0)
	}
}

var opCases = []opCase{
	{"sload", func(t *ir.Trace, s int) ir.Ref { t.SLoad(ir.TPtr, 3); return t.SLoad(ir.TInt, 3) }},
	{"fload", func(t *ir.Trace, s int) ir.Ref {
		return t.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TInt, A: t.SLoad(ir.TPtr, 0), Aux: 24})
	}},
	{"aload", func(t *ir.Trace, s int) ir.Ref {
		return t.Emit(ir.Ins{Op: ir.ALOAD, Type: ir.TFloat, A: t.SLoad(ir.TPtr, 0), B: t.SLoad(ir.TInt, 1), Aux: 16})
	}},
	{"eq_ptr_const", func(t *ir.Trace, s int) ir.Ref {
		t.Guard(ir.EQ, t.SLoad(ir.TPtr, 0), t.KPtr(0x7f0000001000, "Wide"), s)
		return 0
	}},
	{"add_imm", func(t *ir.Trace, s int) ir.Ref { return t.Arith(ir.ADD, t.SLoad(ir.TInt, 0), t.KInt(5)) }},
	{"mul_imm64", func(t *ir.Trace, s int) ir.Ref { return t.Arith(ir.MUL, t.SLoad(ir.TInt, 0), t.KInt(1<<40)) }},
	{"shl_const", func(t *ir.Trace, s int) ir.Ref { return t.Arith(ir.SHL, t.SLoad(ir.TInt, 0), t.KInt(67)) }},
	{"div_const", func(t *ir.Trace, s int) ir.Ref { return t.Arith(ir.DIV, t.SLoad(ir.TFloat, 0), t.KFloat(math.Pi)) }},
	{"elem", func(t *ir.Trace, s int) ir.Ref {
		return t.Emit(ir.Ins{Op: ir.ELEM, Type: ir.TPtr, A: t.SLoad(ir.TPtr, 0), B: t.SLoad(ir.TInt, 1), Aux: 8})
	}},
	{"elem_far", func(t *ir.Trace, s int) ir.Ref {
		return t.Emit(ir.Ins{Op: ir.ELEM, Type: ir.TPtr, A: t.SLoad(ir.TPtr, 0), B: t.KInt(3), Aux: 5000})
	}},
	{"store_int", func(t *ir.Trace, s int) ir.Ref {
		t.Emit(ir.Ins{Op: ir.STORE, A: t.SLoad(ir.TPtr, 0), B: t.SLoad(ir.TInt, 1), Aux: 8})
		return 0
	}},
	{"store_float", func(t *ir.Trace, s int) ir.Ref {
		t.Emit(ir.Ins{Op: ir.STORE, A: t.SLoad(ir.TPtr, 0), B: t.KFloat(-2.5), Aux: 24})
		return 0
	}},
	// A constant base and a float constant both pass through tmpA.
	{"store_float_const_base", func(t *ir.Trace, s int) ir.Ref {
		t.Emit(ir.Ins{Op: ir.STORE, A: t.KPtr(0x7f0000001000, "Obj"), B: t.KFloat(-2.5), Aux: 24})
		return 0
	}},
	{"fload32", func(t *ir.Trace, s int) ir.Ref {
		return t.Emit(ir.Ins{Op: ir.FLOAD32, Type: ir.TInt, A: t.SLoad(ir.TPtr, 0), Aux: 12})
	}},
}

func init() {
	for _, op := range []ir.Op{ir.ADD, ir.SUB, ir.MUL, ir.BAND, ir.BOR, ir.BXOR, ir.SHL, ir.SHR, ir.SAR,
		ir.ADDOV, ir.SUBOV, ir.MULOV, ir.EQ, ir.NE, ir.LT, ir.LE, ir.GT, ir.GE, ir.ULT, ir.UGE} {
		opCases = append(opCases, opCase{"int_" + strings.ToLower(op.String()), binop(op, ir.TInt)})
	}
	for _, op := range []ir.Op{ir.NEG, ir.NEGOV, ir.BNOT, ir.CONV} {
		opCases = append(opCases, opCase{"int_" + strings.ToLower(op.String()), unop(op, ir.TInt)})
	}
	for _, op := range []ir.Op{ir.ADD, ir.SUB, ir.MUL, ir.DIV, ir.EQ, ir.NE, ir.LT, ir.LE, ir.GT, ir.GE} {
		opCases = append(opCases, opCase{"float_" + strings.ToLower(op.String()), binop(op, ir.TFloat)})
	}
	for _, op := range []ir.Op{ir.NEG, ir.SQRT, ir.FABS} {
		opCases = append(opCases, opCase{"float_" + strings.ToLower(op.String()), unop(op, ir.TFloat)})
	}
}

func TestOpEncodingGolden(t *testing.T) {
	for _, oc := range opCases {
		t.Run(oc.name, func(t *testing.T) {
			tr := ir.NewTrace()
			tr.SetTag(ir.TInt, fakeTags.Int, "IntTag")
			s := tr.AddSnap(1)
			keep := oc.build(tr, s)
			tr.Emit(ir.Ins{Op: ir.LOOP})
			if keep > 0 && tr.TypeOf(keep) != ir.TVoid {
				// An exit after LOOP keeps the value alive and shows its stub.
				k := tr.AddSnap(2, ir.SnapEntry{Slot: 5, Ref: keep})
				tr.Guard(ir.EQ, tr.KInt(0), tr.KInt(0), k)
			}
			c, err := arm64.Assemble(tr)
			if err != nil {
				t.Fatalf("%v\n%s", err, tr)
			}
			got := tr.String() + "---- CODE\n" + c.Disasm()
			path := filepath.Join("testdata", "ops", oc.name+".golden")
			if *updateOps {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(want) != got {
				t.Errorf("code differs from %s:\n%s", path, got)
			}
		})
	}
}
