package arm64

import (
	"github.com/twitchyliquid64/golang-asm/obj/arm64"

	"github.com/pyjit/pyjit/jit/ir"
)

// Lowering of the object-access ops: ELEM (address of a Value in an
// array) and STORE (a scalar store into an object), and FLOAD32. One
// small function per op, as in jit/amd64.

// lowerElem computes A + 16*B + Aux. The result is an interior pointer
// that lives only in a register or the (pointer-free) spill area: the
// garbage collector never needs to see it, because the array it points
// into stays reachable from the object the trace loaded it from.
func (g *gen) lowerElem(r ir.Ref, ins ir.Ins) {
	d := g.dst(r)
	index := g.regInt(ins.B, tmpB)
	g.b.Inst3(arm64.AADD, Shifted(index, LSL, 4), g.regInt(ins.A, tmpA), Reg(d))
	if ins.Aux != 0 {
		g.b.Inst3(arm64.AADD, g.immOrRegValue(ins.Aux, tmpA), d, Reg(d))
	}
	g.finish(r, d)
}

// lowerStore writes scalar B to the word at A + Aux. The IR only ever
// stores into the bits word of a Value whose ref word was guarded to be
// the tag of B's kind, so the word is a scalar to the garbage collector
// (JIT-NOTES.md, "GC hazards and the safe rule", rule 1).
//
// A float operand is materialized first: a float constant passes through
// tmpA, which may also be where the base address goes.
func (g *gen) lowerStore(ins ir.Ins) {
	if g.t.TypeOf(ins.B) == ir.TFloat {
		v := g.regFloat(ins.B, ftmpB)
		g.b.Inst(arm64.AFMOVD, Reg(v), Mem(g.regInt(ins.A, tmpA), ins.Aux))
		return
	}
	v := g.regInt(ins.B, tmpB)
	g.b.Inst(arm64.AMOVD, Reg(v), Mem(g.regInt(ins.A, tmpA), ins.Aux))
}

// lowerLoad32 loads the 32-bit word at A + Aux; MOVWU zero-extends.
func (g *gen) lowerLoad32(r ir.Ref, ins ir.Ins) {
	d := g.dst(r)
	g.b.Inst(arm64.AMOVWU, Mem(g.regInt(ins.A, tmpA), ins.Aux), Reg(d))
	g.finish(r, d)
}
