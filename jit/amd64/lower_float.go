package amd64

import (
	"fmt"
	"math"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/pyjit/pyjit/jit/ir"
)

// Float lowering: scalar SSE2 on the low lane of X registers. Float
// constants are materialized through tmpA (MOVQ imm64, then MOVQ to the X
// temporary): traces have no constant pool.

func (g *gen) lowerFloat(r ir.Ref, ins ir.Ins, exit *Label) error {
	b := g.b
	switch ins.Op {
	case ir.ADD, ir.SUB, ir.MUL, ir.DIV:
		d := g.fdst(r)
		b.Inst(x86.AMOVSD, g.srcFloat(ins.A, ftmpA), Reg(d))
		as := map[ir.Op]obj.As{ir.ADD: x86.AADDSD, ir.SUB: x86.ASUBSD, ir.MUL: x86.AMULSD, ir.DIV: x86.ADIVSD}[ins.Op]
		b.Inst(as, g.srcFloat(ins.B, ftmpB), Reg(d))
		g.finish(r, d)
	case ir.NEG:
		d := g.fdst(r)
		b.Inst(x86.AMOVSD, g.srcFloat(ins.A, ftmpA), Reg(d))
		g.floatConst(math.Float64frombits(1<<63), ftmpB)
		b.Inst(x86.AXORPD, Reg(ftmpB), Reg(d))
		g.finish(r, d)
	case ir.SQRT:
		d := g.fdst(r)
		b.Inst(x86.ASQRTSD, g.srcFloat(ins.A, ftmpA), Reg(d))
		g.finish(r, d)
	case ir.FABS:
		g.lowerFabs(r, ins)
	case ir.POW, ir.CALLF:
		return g.lowerCall(r, ins, exit)
	case ir.CONV:
		d := g.fdst(r)
		b.Inst(x86.ACVTSQ2SD, Reg(g.regInt(ins.A, tmpA)), Reg(d))
		g.finish(r, d)
	case ir.EQ, ir.NE, ir.LT, ir.LE, ir.GT, ir.GE:
		g.floatGuard(ins, exit)
	default:
		return fmt.Errorf("no float lowering for %v", ins.Op)
	}
	return nil
}

// floatGuard compares with UCOMISD, which sets ZF, PF and CF all to 1 for
// unordered operands (a NaN): every compare but NE must then exit. The
// operands are arranged so that "holds" is CF=0 (and ZF=0 for strict).
func (g *gen) floatGuard(ins ir.Ins, exit *Label) {
	b := g.b
	first, second, jump := ins.A, ins.B, obj.As(x86.AJLS)
	switch ins.Op {
	case ir.LT: // b > a
		first, second = ins.B, ins.A
	case ir.LE: // b >= a
		first, second, jump = ins.B, ins.A, x86.AJCS
	case ir.GE:
		jump = x86.AJCS
	}
	x := g.regFloat(first, ftmpA)
	b.Inst(x86.AUCOMISD, g.srcFloat(second, ftmpB), Reg(x))
	switch ins.Op {
	case ir.EQ:
		b.Jump(x86.AJNE, exit)
		b.Jump(x86.AJPS, exit)
	case ir.NE:
		ok := b.NewLabel()
		b.Jump(x86.AJPS, ok)
		b.Jump(x86.AJEQ, exit)
		b.Bind(ok)
	default:
		b.Jump(jump, exit)
	}
}

// floatConst loads f into X register x.
func (g *gen) floatConst(f float64, x int16) {
	g.b.Inst(x86.AMOVQ, Imm(int64(math.Float64bits(f))), Reg(tmpA))
	g.b.Inst(x86.AMOVQ, Reg(tmpA), Reg(x))
}

// srcFloat returns an operand for float r: its X register, its spill
// word, or tmp loaded with a constant.
func (g *gen) srcFloat(r ir.Ref, tmp int16) obj.Addr {
	if k, ok := g.t.Const(r); ok {
		g.floatConst(math.Float64frombits(k.Bits), tmp)
		return Reg(tmp)
	}
	return g.locAddr(ir.TFloat, g.a.LocOf(r))
}

// regFloat returns an X register holding float r.
func (g *gen) regFloat(r ir.Ref, tmp int16) int16 {
	src := g.srcFloat(r, tmp)
	if src.Type == obj.TYPE_REG {
		return src.Reg
	}
	g.b.Inst(x86.AMOVSD, src, Reg(tmp))
	return tmp
}

// fdst returns the X register a float result is computed in.
func (g *gen) fdst(r ir.Ref) int16 {
	if l := g.a.LocOf(r); l.Kind == ir.LocReg {
		return fprPool[l.Index]
	}
	return ftmpDst
}

// lowerFabs clears the sign bit: AND with a mask built in ftmpB.
func (g *gen) lowerFabs(r ir.Ref, ins ir.Ins) {
	d := g.fdst(r)
	g.b.Inst(x86.AMOVSD, g.srcFloat(ins.A, ftmpA), Reg(d))
	g.floatConst(math.Float64frombits(1<<63-1), ftmpB)
	g.b.Inst(x86.AANDPD, Reg(ftmpB), Reg(d))
	g.finish(r, d)
}
