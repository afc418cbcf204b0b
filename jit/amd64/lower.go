package amd64

import (
	"fmt"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// Lowering of one instruction. Every value has one location (register or
// spill word) for its whole life (ir.Allocate); results of spilled values
// are computed in tmpDst/ftmpDst and stored. A result register never
// equals an operand's register, so "MOV a, d; OP b, d" is always valid.

func (g *gen) lower(r ir.Ref, ins ir.Ins, exit *Label) error {
	if ins.Type == ir.TFloat && ins.Op != ir.SLOAD && ins.Op != ir.FLOAD && ins.Op != ir.ALOAD ||
		ins.Op == ir.CONV {
		return g.lowerFloat(r, ins, exit)
	}
	b := g.b
	switch ins.Op {
	case ir.SLOAD:
		off := ins.Aux*ir.SlotSize + ir.SlotBitsOffset
		if ins.Type == ir.TPtr {
			off = ins.Aux*ir.SlotSize + ir.SlotRefOffset
		}
		b.Inst(x86.AMOVQ, Mem(RegCtx, abi.OffSlots), Reg(tmpA))
		g.load(r, ins.Type, Mem(tmpA, off))
	case ir.FLOAD:
		g.load(r, ins.Type, Mem(g.regInt(ins.A, tmpA), ins.Aux))
	case ir.ALOAD:
		g.load(r, ins.Type, MemIndex(g.regInt(ins.A, tmpA), g.regInt(ins.B, tmpB), 8, ins.Aux))
	case ir.ELEM:
		g.lowerElem(r, ins)
	case ir.STORE:
		g.lowerStore(ins)
	case ir.FLOAD32:
		g.lowerLoad32(r, ins)
	case ir.FLOORDIV, ir.FLOORMOD:
		g.lowerFloorDiv(r, ins)
	case ir.ADD, ir.SUB, ir.MUL, ir.BAND, ir.BOR, ir.BXOR, ir.ADDOV, ir.SUBOV, ir.MULOV:
		g.intBinary(r, ins, exit)
	case ir.SHL, ir.SHR, ir.SAR:
		g.shift(r, ins)
	case ir.NEG, ir.NEGOV, ir.BNOT:
		d := g.dst(r)
		b.Inst(x86.AMOVQ, g.srcInt(ins.A, tmpA), Reg(d))
		if ins.Op == ir.BNOT {
			b.Inst(x86.ANOTQ, None(), Reg(d))
		} else {
			b.Inst(x86.ANEGQ, None(), Reg(d))
		}
		if ins.Op == ir.NEGOV {
			b.Jump(x86.AJOS, exit)
		}
		g.finish(r, d)
	case ir.EQ, ir.NE, ir.LT, ir.LE, ir.GT, ir.GE, ir.ULT, ir.UGE:
		b.Inst(x86.ACMPQ, Reg(g.regInt(ins.A, tmpA)), g.srcInt(ins.B, tmpB))
		b.Jump(intExitJump[ins.Op], exit)
	default:
		return fmt.Errorf("no lowering for %v %v", ins.Op, ins.Type)
	}
	return nil
}

// intExitJump is the branch taken to the exit: the negated condition.
var intExitJump = map[ir.Op]obj.As{
	ir.EQ: x86.AJNE, ir.NE: x86.AJEQ,
	ir.LT: x86.AJGE, ir.LE: x86.AJGT, ir.GT: x86.AJLE, ir.GE: x86.AJLT,
	ir.ULT: x86.AJCC, ir.UGE: x86.AJCS,
}

func (g *gen) intBinary(r ir.Ref, ins ir.Ins, exit *Label) {
	b := g.b
	d := g.dst(r)
	b.Inst(x86.AMOVQ, g.srcInt(ins.A, tmpA), Reg(d))
	src := g.srcInt(ins.B, tmpB)
	switch ins.Op {
	case ir.ADD, ir.ADDOV:
		b.Inst(x86.AADDQ, src, Reg(d))
	case ir.SUB, ir.SUBOV:
		b.Inst(x86.ASUBQ, src, Reg(d))
	case ir.MUL, ir.MULOV:
		if src.Type == obj.TYPE_CONST {
			b.Inst3(x86.AIMUL3Q, src, Reg(d), Reg(d))
		} else {
			b.Inst(x86.AIMULQ, src, Reg(d))
		}
	case ir.BAND:
		b.Inst(x86.AANDQ, src, Reg(d))
	case ir.BOR:
		b.Inst(x86.AORQ, src, Reg(d))
	case ir.BXOR:
		b.Inst(x86.AXORQ, src, Reg(d))
	}
	if ins.Op.IsGuard() {
		b.Jump(x86.AJOS, exit)
	}
	g.finish(r, d)
}

func (g *gen) shift(r ir.Ref, ins ir.Ins) {
	as := map[ir.Op]obj.As{ir.SHL: x86.ASHLQ, ir.SHR: x86.ASHRQ, ir.SAR: x86.ASARQ}[ins.Op]
	d := g.dst(r)
	count := Reg(tmpB)
	if k, ok := g.t.Const(ins.B); ok {
		count = Imm(int64(k.Bits & 63))
	} else {
		g.b.Inst(x86.AMOVQ, g.srcInt(ins.B, tmpB), Reg(tmpB))
	}
	g.b.Inst(x86.AMOVQ, g.srcInt(ins.A, tmpA), Reg(d))
	g.b.Inst(as, count, Reg(d))
	g.finish(r, d)
}

// load moves memory operand m into r's location.
func (g *gen) load(r ir.Ref, typ ir.Type, m obj.Addr) {
	if typ == ir.TFloat {
		d := g.fdst(r)
		g.b.Inst(x86.AMOVSD, m, Reg(d))
		g.finish(r, d)
		return
	}
	d := g.dst(r)
	g.b.Inst(x86.AMOVQ, m, Reg(d))
	g.finish(r, d)
}

// srcInt returns an operand for reading integer-class value r: its
// register, its spill word, an imm32, or tmp loaded with a wider constant.
func (g *gen) srcInt(r ir.Ref, tmp int16) obj.Addr {
	if k, ok := g.t.Const(r); ok {
		v := int64(k.Bits)
		if fitsInt32(v) {
			return Imm(v)
		}
		g.b.Inst(x86.AMOVQ, Imm(v), Reg(tmp))
		return Reg(tmp)
	}
	return g.locAddr(ir.TInt, g.a.LocOf(r))
}

// regInt returns a register holding integer-class value r (tmp if it is
// not in one).
func (g *gen) regInt(r ir.Ref, tmp int16) int16 {
	src := g.srcInt(r, tmp)
	if src.Type == obj.TYPE_REG {
		return src.Reg
	}
	g.b.Inst(x86.AMOVQ, src, Reg(tmp))
	return tmp
}

// dst returns the register an integer-class result is computed in.
func (g *gen) dst(r ir.Ref) int16 {
	if l := g.a.LocOf(r); l.Kind == ir.LocReg {
		return gprPool[l.Index]
	}
	return tmpDst
}

// finish stores a spilled result from its temporary.
func (g *gen) finish(r ir.Ref, reg int16) {
	if l := g.a.LocOf(r); l.Kind == ir.LocSpill {
		g.storeWord(g.t.At(r).Type, reg, l.Index)
	}
}
