package arm64

import (
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// The back-edge: PHI moves, the preemption poll, the jump to the loop
// head; then the preempt exit and the continuation entry that undoes it.
func (g *gen) backEdge() {
	b := g.b
	var moves []move
	for i := 1; i < g.t.Len(); i++ {
		ins := g.t.At(ir.Ref(i))
		if ins.Op == ir.PHI {
			moves = append(moves, move{typ: ins.Type, dst: g.a.LocOf(ins.A), src: ins.B})
		}
	}
	g.parallelMove(moves)
	preempt := b.NewLabel()
	// SP <= *stackguard0 means the runtime wants this goroutine. RSP can
	// only be read by copying it (CMP would take it as the zero register).
	b.Inst(arm64.AMOVD, Mem(RegCtx, abi.OffStackGuard), Reg(tmpA))
	b.Inst(arm64.AMOVD, Mem(tmpA, 0), Reg(tmpA))
	b.Inst(arm64.AMOVD, Reg(arm64.REG_RSP), Reg(tmpB))
	b.Inst3(arm64.ACMP, Reg(tmpA), tmpB, None()) // flags from SP - stackguard0
	b.Jump(arm64.ABHI, g.loop)
	b.Bind(preempt)
	for _, r := range g.a.LoopLive {
		if w, ok := g.homes[r]; ok {
			typ := g.t.At(r).Type
			g.storeWord(typ, regOf(typ, g.a.LocOf(r).Index), w)
		}
	}
	b.Inst(arm64.AMOVD, Imm(abi.ExitPreempt), Reg(RegExit))
	b.Ret()
	g.cont = b.Label()
	for _, r := range g.a.LoopLive {
		if w, ok := g.homes[r]; ok {
			typ := g.t.At(r).Type
			b.Inst(movFor(typ), Mem(RegCtx, abi.ScratchOff(w)), Reg(regOf(typ, g.a.LocOf(r).Index)))
		}
	}
	b.Jump(obj.AJMP, g.loop)
}

// move is one PHI assignment: dst (a PHI left's location) gets the value
// of src (a Ref: constant, register or spill word).
type move struct {
	typ ir.Type
	dst ir.Loc
	src ir.Ref
	// fromTmp is set once src's value has been parked in the cycle
	// temporary.
	fromTmp bool
}

// parallelMove performs all moves as if simultaneously: a move runs once
// no pending move still reads its destination; a cycle is broken by
// parking one destination's old value in the temporary.
func (g *gen) parallelMove(moves []move) {
	var pending []move
	for _, m := range moves {
		if m.src > 0 && g.a.LocOf(m.src) == m.dst {
			continue
		}
		pending = append(pending, m)
	}
	// reads reports whether pending move o still reads the location that
	// move m writes. Register numbers alias only within a class; spill
	// words are shared by both.
	reads := func(o, m move) bool {
		if o.fromTmp || o.src <= 0 {
			return false
		}
		l := g.a.LocOf(o.src)
		return l == m.dst && (l.Kind == ir.LocSpill || ir.ClassOf(o.typ) == ir.ClassOf(m.typ))
	}
	for len(pending) > 0 {
		done := false
		for j, m := range pending {
			blocked := false
			for k, o := range pending {
				if k != j && reads(o, m) {
					blocked = true
					break
				}
			}
			if !blocked {
				g.emitMove(m)
				pending = append(pending[:j], pending[j+1:]...)
				done = true
				break
			}
		}
		if done {
			continue
		}
		// Every pending move is in a cycle: park pending[0].dst's value.
		m := pending[0]
		tmp := int16(tmpDst)
		if m.typ == ir.TFloat {
			tmp = ftmpDst
		}
		for k := range pending {
			if reads(pending[k], m) {
				pending[k].fromTmp = true
			}
		}
		g.loadLoc(m.typ, m.dst, tmp)
	}
}

// emitMove performs one move. A register destination is loaded directly
// (constant, spill word or register copy); a spill destination is stored
// from a register, tmpA/ftmpA when the source is not in one.
func (g *gen) emitMove(m move) {
	float := m.typ == ir.TFloat
	tmp := int16(tmpA)
	if float {
		tmp = ftmpA
	}
	if m.dst.Kind == ir.LocReg {
		tmp = regOf(m.typ, m.dst.Index)
	}
	var src int16
	switch {
	case m.fromTmp && float:
		src = ftmpDst
	case m.fromTmp:
		src = tmpDst
	case float:
		src = g.regFloat(m.src, tmp)
	default:
		src = g.regInt(m.src, tmp)
	}
	if m.dst.Kind == ir.LocSpill {
		g.storeWord(m.typ, src, m.dst.Index)
	} else if dst := regOf(m.typ, m.dst.Index); src != dst {
		g.b.Inst(movFor(m.typ), Reg(src), Reg(dst))
	}
}

// loadLoc copies the value at l into register reg.
func (g *gen) loadLoc(typ ir.Type, l ir.Loc, reg int16) {
	if l.Kind == ir.LocSpill {
		g.b.Inst(movFor(typ), Mem(RegCtx, abi.ScratchOff(l.Index)), Reg(reg))
	} else if src := regOf(typ, l.Index); src != reg {
		g.b.Inst(movFor(typ), Reg(src), Reg(reg))
	}
}

func movFor(typ ir.Type) obj.As {
	if typ == ir.TFloat {
		return arm64.AFMOVD
	}
	return arm64.AMOVD
}
