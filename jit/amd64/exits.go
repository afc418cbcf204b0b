package amd64

import (
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"

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
	// SP <= *stackguard0 means the runtime wants this goroutine.
	b.Inst(x86.AMOVQ, Mem(RegCtx, abi.OffStackGuard), Reg(tmpA))
	b.Inst(x86.ACMPQ, Reg(x86.REG_SP), Mem(tmpA, 0))
	b.Jump(x86.AJHI, g.loop)
	b.Bind(preempt)
	for _, r := range g.a.LoopLive {
		if w, ok := g.homes[r]; ok {
			typ := g.t.At(r).Type
			g.storeWord(typ, regOf(typ, g.a.LocOf(r).Index), w)
		}
	}
	b.Inst(x86.AMOVQ, Imm(abi.ExitPreempt), Reg(RegExit))
	b.Op(obj.ARET)
	g.cont = b.Label()
	for _, r := range g.a.LoopLive {
		if w, ok := g.homes[r]; ok {
			typ := g.t.At(r).Type
			mov := obj.As(x86.AMOVQ)
			if typ == ir.TFloat {
				mov = x86.AMOVSD
			}
			b.Inst(mov, Mem(RegCtx, abi.ScratchOff(w)), Reg(regOf(typ, g.a.LocOf(r).Index)))
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

func (g *gen) emitMove(m move) {
	float := m.typ == ir.TFloat
	var src obj.Addr
	switch {
	case m.fromTmp && float:
		src = Reg(ftmpDst)
	case m.fromTmp:
		src = Reg(tmpDst)
	case float:
		src = g.srcFloat(m.src, ftmpA)
	default:
		src = g.srcInt(m.src, tmpA)
	}
	dst := g.locAddr(m.typ, m.dst)
	if src.Type == obj.TYPE_MEM && dst.Type == obj.TYPE_MEM {
		tmp := int16(tmpA)
		if float {
			tmp = ftmpA
		}
		g.b.Inst(movFor(m.typ), src, Reg(tmp))
		src = Reg(tmp)
	}
	if !float && src.Type == obj.TYPE_CONST && dst.Type == obj.TYPE_MEM && !fitsInt32(src.Offset) {
		g.b.Inst(x86.AMOVQ, src, Reg(tmpA))
		src = Reg(tmpA)
	}
	g.b.Inst(movFor(m.typ), src, dst)
}

// loadLoc copies the value at l into register reg.
func (g *gen) loadLoc(typ ir.Type, l ir.Loc, reg int16) {
	g.b.Inst(movFor(typ), g.locAddr(typ, l), Reg(reg))
}

// locAddr is the operand for location l.
func (g *gen) locAddr(typ ir.Type, l ir.Loc) obj.Addr {
	if l.Kind == ir.LocSpill {
		return Mem(RegCtx, abi.ScratchOff(l.Index))
	}
	return Reg(regOf(typ, l.Index))
}

func movFor(typ ir.Type) obj.As {
	if typ == ir.TFloat {
		return x86.AMOVSD
	}
	return x86.AMOVQ
}

func fitsInt32(v int64) bool { return v == int64(int32(v)) }
