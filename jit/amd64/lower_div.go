package amd64

import (
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/pyjit/pyjit/jit/ir"
)

// lowerFloorDiv computes Python's int // or %. IDIV needs the dividend
// in DX:AX and leaves the quotient in AX and the remainder in DX, both of
// which the allocator may have given to other live values: they are
// parked in the float temporaries (no float op runs inside this
// sequence) and restored before the result is written. Then the
// truncated quotient is floored: when the remainder is non-zero and its
// sign differs from the divisor's, quotient-1 and remainder+divisor.
func (g *gen) lowerFloorDiv(r ir.Ref, ins ir.Ins) {
	b := g.b
	b.Inst(x86.AMOVQ, Reg(x86.REG_AX), Reg(ftmpA))
	b.Inst(x86.AMOVQ, Reg(x86.REG_DX), Reg(ftmpB))
	b.Inst(x86.AMOVQ, g.srcInt(ins.A, tmpA), Reg(tmpDst))
	b.Inst(x86.AMOVQ, g.srcInt(ins.B, tmpB), Reg(tmpB))
	b.Inst(x86.AMOVQ, Reg(tmpDst), Reg(x86.REG_AX))
	b.Op(x86.ACQO)
	b.Inst(x86.AIDIVQ, Reg(tmpB), None())
	done := b.NewLabel()
	b.Inst(x86.ATESTQ, Reg(x86.REG_DX), Reg(x86.REG_DX))
	b.Jump(x86.AJEQ, done)
	b.Inst(x86.AMOVQ, Reg(x86.REG_DX), Reg(tmpDst))
	b.Inst(x86.AXORQ, Reg(tmpB), Reg(tmpDst))
	b.Jump(x86.AJGE, done)
	b.Inst(x86.ADECQ, None(), Reg(x86.REG_AX))
	b.Inst(x86.AADDQ, Reg(tmpB), Reg(x86.REG_DX))
	b.Bind(done)
	res := int16(x86.REG_AX)
	if ins.Op == ir.FLOORMOD {
		res = x86.REG_DX
	}
	b.Inst(x86.AMOVQ, Reg(res), Reg(tmpDst))
	b.Inst(x86.AMOVQ, Reg(ftmpA), Reg(x86.REG_AX))
	b.Inst(x86.AMOVQ, Reg(ftmpB), Reg(x86.REG_DX))
	d := g.dst(r)
	b.Inst(x86.AMOVQ, Reg(tmpDst), Reg(d))
	g.finish(r, d)
}
