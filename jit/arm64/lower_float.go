package arm64

import (
	"fmt"
	"math"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"

	"github.com/pyjit/pyjit/jit/ir"
)

// Float lowering: scalar double-precision FP on the D registers. Float
// constants are materialized through tmpA (MOVD imm64, then FMOVD to the
// F temporary): traces have no constant pool.
func (g *gen) lowerFloat(r ir.Ref, ins ir.Ins, exit *Label) error {
	b := g.b
	switch ins.Op {
	case ir.ADD, ir.SUB, ir.MUL, ir.DIV:
		d := g.fdst(r)
		a := g.regFloat(ins.A, ftmpA)
		as := map[ir.Op]obj.As{ir.ADD: arm64.AFADDD, ir.SUB: arm64.AFSUBD, ir.MUL: arm64.AFMULD, ir.DIV: arm64.AFDIVD}[ins.Op]
		b.Inst3(as, Reg(g.regFloat(ins.B, ftmpB)), a, Reg(d))
		g.finish(r, d)
	case ir.NEG:
		d := g.fdst(r)
		b.Inst(arm64.AFNEGD, Reg(g.regFloat(ins.A, ftmpA)), Reg(d))
		g.finish(r, d)
	case ir.SQRT:
		d := g.fdst(r)
		b.Inst(arm64.AFSQRTD, Reg(g.regFloat(ins.A, ftmpA)), Reg(d))
		g.finish(r, d)
	case ir.FABS:
		d := g.fdst(r)
		b.Inst(arm64.AFABSD, Reg(g.regFloat(ins.A, ftmpA)), Reg(d))
		g.finish(r, d)
	case ir.CONV:
		d := g.fdst(r)
		b.Inst(arm64.ASCVTFD, Reg(g.regInt(ins.A, tmpA)), Reg(d))
		g.finish(r, d)
	case ir.EQ, ir.NE, ir.LT, ir.LE, ir.GT, ir.GE:
		// FCMPD b, a compares a with b. Unordered operands (a NaN) set
		// NZCV to 0011, so each exit condition below is also taken for
		// NaN, except NE's: in Python only != holds for a NaN.
		a := g.regFloat(ins.A, ftmpA)
		b.Inst3(arm64.AFCMPD, Reg(g.regFloat(ins.B, ftmpB)), a, None())
		b.Jump(floatExitJump[ins.Op], exit)
	default:
		return fmt.Errorf("no float lowering for %v", ins.Op)
	}
	return nil
}

// floatExitJump is the branch to the exit after FCMPD: the negation of
// the ordered condition (MI is "less than", LS "less or equal", GT and GE
// are false when unordered because V=1 differs from N=0).
var floatExitJump = map[ir.Op]obj.As{
	ir.EQ: arm64.ABNE, ir.NE: arm64.ABEQ,
	ir.LT: arm64.ABPL, ir.LE: arm64.ABHI, ir.GT: arm64.ABLE, ir.GE: arm64.ABLT,
}

// floatConst loads f into F register f.
func (g *gen) floatConst(f float64, freg int16) {
	g.b.Inst(arm64.AMOVD, Imm(int64(math.Float64bits(f))), Reg(tmpA))
	g.b.Inst(arm64.AFMOVD, Reg(tmpA), Reg(freg))
}

// regFloat returns an F register holding float r: its own, or tmp loaded
// from its spill word or with its constant.
func (g *gen) regFloat(r ir.Ref, tmp int16) int16 {
	if k, ok := g.t.Const(r); ok {
		g.floatConst(math.Float64frombits(k.Bits), tmp)
		return tmp
	}
	l := g.a.LocOf(r)
	if l.Kind == ir.LocReg {
		return fprPool[l.Index]
	}
	g.loadLoc(ir.TFloat, l, tmp)
	return tmp
}

// fdst returns the F register a float result is computed in.
func (g *gen) fdst(r ir.Ref) int16 {
	if l := g.a.LocOf(r); l.Kind == ir.LocReg {
		return fprPool[l.Index]
	}
	return ftmpDst
}
