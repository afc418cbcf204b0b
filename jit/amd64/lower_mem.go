package amd64

import (
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/pyjit/pyjit/jit/ir"
)

// Lowering of the object-access ops: ELEM (address of a Value in an
// array) and STORE (a scalar store into an object). One small function
// per op, so that the arm64 backend can follow op by op.

// lowerElem computes A + 16*B + Aux. The result is an interior pointer
// that lives only in a register or the (pointer-free) spill area: the
// garbage collector never needs to see it, because the array it points
// into stays reachable from the object the trace loaded it from.
func (g *gen) lowerElem(r ir.Ref, ins ir.Ins) {
	d := g.dst(r)
	g.b.Inst(x86.AMOVQ, g.srcInt(ins.B, tmpB), Reg(d))
	g.b.Inst(x86.ASHLQ, Imm(4), Reg(d))
	g.b.Inst(x86.AADDQ, g.srcInt(ins.A, tmpA), Reg(d))
	if ins.Aux != 0 {
		g.b.Inst(x86.AADDQ, Imm(ins.Aux), Reg(d))
	}
	g.finish(r, d)
}

// lowerStore writes scalar B to the word at A + Aux. The IR only ever
// stores into the bits word of a Value whose ref word was guarded to be
// the tag of B's kind, so the word is a scalar to the garbage collector
// (JIT-NOTES.md, "GC hazards and the safe rule", rule 1).
func (g *gen) lowerStore(ins ir.Ins) {
	if g.t.TypeOf(ins.B) == ir.TFloat {
		// The float first: a float constant passes through tmpA, where a
		// spilled or constant base address would be loaded.
		v := g.regFloat(ins.B, ftmpB)
		g.b.Inst(x86.AMOVSD, Reg(v), Mem(g.regInt(ins.A, tmpA), ins.Aux))
		return
	}
	base := g.regInt(ins.A, tmpA)
	g.b.Inst(x86.AMOVQ, Reg(g.regInt(ins.B, tmpB)), Mem(base, ins.Aux))
}

// lowerLoad32 loads the 32-bit word at A + Aux; MOVL zero-extends.
func (g *gen) lowerLoad32(r ir.Ref, ins ir.Ins) {
	d := g.dst(r)
	g.b.Inst(x86.AMOVL, Mem(g.regInt(ins.A, tmpA), ins.Aux), Reg(d))
	g.finish(r, d)
}
