package arm64

import (
	"github.com/twitchyliquid64/golang-asm/obj/arm64"

	"github.com/pyjit/pyjit/jit/ir"
)

// lowerFloorDiv computes Python's int // or %. SDIV truncates toward
// zero and leaves the registers of other values alone (unlike x86's
// IDIV); the remainder is a - q*b. Then the truncated quotient is
// floored: when the remainder is non-zero and its sign differs from the
// divisor's, quotient-1 and remainder+divisor. The recorder guards
// against b == 0 and MinInt64 // -1 (SDIV would not trap, but the
// quotient would be wrong).
func (g *gen) lowerFloorDiv(r ir.Ref, ins ir.Ins) {
	b := g.b
	a := g.regInt(ins.A, tmpA)
	d := g.regInt(ins.B, tmpB)
	q, rem := int16(tmpDst), int16(tmpC)
	b.Inst3(arm64.ASDIV, Reg(d), a, Reg(q))
	b.Inst3(arm64.AMUL, Reg(q), d, Reg(rem))
	b.Inst3(arm64.ASUB, Reg(rem), a, Reg(rem))
	done := b.NewLabel()
	b.JumpReg(arm64.ACBZ, rem, done)
	// a is dead now, so tmpA is free even if a was in it.
	b.Inst3(arm64.AEOR, Reg(d), rem, Reg(tmpA))
	b.Inst3(arm64.ACMP, Imm(0), tmpA, None()) // flags from (rem^d) - 0
	b.Jump(arm64.ABGE, done)
	b.Inst3(arm64.ASUB, Imm(1), q, Reg(q))
	b.Inst3(arm64.AADD, Reg(d), rem, Reg(rem))
	b.Bind(done)
	res := q
	if ins.Op == ir.FLOORMOD {
		res = rem
	}
	if l := g.a.LocOf(r); l.Kind == ir.LocReg {
		b.Inst(arm64.AMOVD, Reg(res), Reg(gprPool[l.Index]))
	} else {
		g.finish(r, res)
	}
}
