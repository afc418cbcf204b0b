package arm64

import (
	"fmt"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// Lowering of one instruction. Every value has one location (register or
// spill word) for its whole life (ir.Allocate); results of spilled values
// are computed in tmpDst/ftmpDst and stored. arm64 arithmetic has three
// operands and no memory operands: spilled operands and constants are
// first loaded into tmpA/tmpB, except small constants that fit an
// instruction's 12-bit immediate.
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
		b.Inst(arm64.AMOVD, Mem(RegCtx, abi.OffSlots), Reg(tmpA))
		g.load(r, ins.Type, Mem(tmpA, off))
	case ir.FLOAD:
		g.load(r, ins.Type, Mem(g.regInt(ins.A, tmpA), ins.Aux))
	case ir.ALOAD:
		// No base+index+displacement form: form the element address first.
		base, index := g.regInt(ins.A, tmpA), g.regInt(ins.B, tmpB)
		b.Inst3(arm64.AADD, Shifted(index, LSL, 3), base, Reg(tmpB))
		g.load(r, ins.Type, Mem(tmpB, ins.Aux))
	case ir.ELEM:
		g.lowerElem(r, ins)
	case ir.STORE:
		g.lowerStore(ins)
	case ir.FLOAD32:
		g.lowerLoad32(r, ins)
	case ir.ADD, ir.SUB, ir.MUL, ir.BAND, ir.BOR, ir.BXOR, ir.ADDOV, ir.SUBOV, ir.MULOV:
		g.intBinary(r, ins, exit)
	case ir.SHL, ir.SHR, ir.SAR:
		g.shift(r, ins)
	case ir.NEG, ir.NEGOV, ir.BNOT:
		d := g.dst(r)
		a := Reg(g.regInt(ins.A, tmpA))
		switch ins.Op {
		case ir.BNOT:
			b.Inst(arm64.AMVN, a, Reg(d))
		case ir.NEG:
			b.Inst(arm64.ANEG, a, Reg(d))
		case ir.NEGOV:
			b.Inst(arm64.ANEGS, a, Reg(d))
			b.Jump(arm64.ABVS, exit)
		}
		g.finish(r, d)
	case ir.EQ, ir.NE, ir.LT, ir.LE, ir.GT, ir.GE, ir.ULT, ir.UGE:
		// CMP b, a sets the flags from a-b.
		a := g.regInt(ins.A, tmpA)
		b.Inst3(arm64.ACMP, g.immOrReg(ins.B, tmpB), a, None())
		b.Jump(intExitJump[ins.Op], exit)
	default:
		return fmt.Errorf("no lowering for %v %v", ins.Op, ins.Type)
	}
	return nil
}

// intExitJump is the branch taken to the exit: the negated condition.
var intExitJump = map[ir.Op]obj.As{
	ir.EQ: arm64.ABNE, ir.NE: arm64.ABEQ,
	ir.LT: arm64.ABGE, ir.LE: arm64.ABGT, ir.GT: arm64.ABLE, ir.GE: arm64.ABLT,
	ir.ULT: arm64.ABHS, ir.UGE: arm64.ABLO,
}

func (g *gen) intBinary(r ir.Ref, ins ir.Ins, exit *Label) {
	b := g.b
	d := g.dst(r)
	a := g.regInt(ins.A, tmpA)
	switch ins.Op {
	case ir.ADD:
		b.Inst3(arm64.AADD, g.immOrReg(ins.B, tmpB), a, Reg(d))
	case ir.ADDOV:
		b.Inst3(arm64.AADDS, g.immOrReg(ins.B, tmpB), a, Reg(d))
		b.Jump(arm64.ABVS, exit)
	case ir.SUB:
		b.Inst3(arm64.ASUB, g.immOrReg(ins.B, tmpB), a, Reg(d))
	case ir.SUBOV:
		b.Inst3(arm64.ASUBS, g.immOrReg(ins.B, tmpB), a, Reg(d))
		b.Jump(arm64.ABVS, exit)
	case ir.MUL:
		b.Inst3(arm64.AMUL, Reg(g.regInt(ins.B, tmpB)), a, Reg(d))
	case ir.MULOV:
		// MUL sets no flags: the product fits in 64 bits exactly when its
		// high half (SMULH) is the sign extension of the low half.
		src := Reg(g.regInt(ins.B, tmpB))
		b.Inst3(arm64.ASMULH, src, a, Reg(tmpC))
		b.Inst3(arm64.AMUL, src, a, Reg(d))
		b.Inst3(arm64.ACMP, Shifted(d, ASR, 63), tmpC, None())
		b.Jump(arm64.ABNE, exit)
	case ir.BAND:
		b.Inst3(arm64.AAND, Reg(g.regInt(ins.B, tmpB)), a, Reg(d))
	case ir.BOR:
		b.Inst3(arm64.AORR, Reg(g.regInt(ins.B, tmpB)), a, Reg(d))
	case ir.BXOR:
		b.Inst3(arm64.AEOR, Reg(g.regInt(ins.B, tmpB)), a, Reg(d))
	}
	g.finish(r, d)
}

// shift lowers SHL, SHR and SAR. Like x86, arm64's variable shifts use the
// count modulo 64, and constant counts are masked the same way.
func (g *gen) shift(r ir.Ref, ins ir.Ins) {
	as := map[ir.Op]obj.As{ir.SHL: arm64.ALSL, ir.SHR: arm64.ALSR, ir.SAR: arm64.AASR}[ins.Op]
	d := g.dst(r)
	a := g.regInt(ins.A, tmpA)
	var count obj.Addr
	if k, ok := g.t.Const(ins.B); ok {
		count = Imm(int64(k.Bits & 63))
	} else {
		count = Reg(g.regInt(ins.B, tmpB))
	}
	g.b.Inst3(as, count, a, Reg(d))
	g.finish(r, d)
}

// load moves memory operand m into r's location.
func (g *gen) load(r ir.Ref, typ ir.Type, m obj.Addr) {
	if typ == ir.TFloat {
		d := g.fdst(r)
		g.b.Inst(arm64.AFMOVD, m, Reg(d))
		g.finish(r, d)
		return
	}
	d := g.dst(r)
	g.b.Inst(arm64.AMOVD, m, Reg(d))
	g.finish(r, d)
}

// immOrReg returns an operand for integer-class value r as the second
// source of ADD, SUB or CMP: a 12-bit unsigned immediate when r is such
// a constant, else a register (tmp if r is not in one).
func (g *gen) immOrReg(r ir.Ref, tmp int16) obj.Addr {
	if k, ok := g.t.Const(r); ok && k.Bits < 1<<12 {
		return Imm(int64(k.Bits))
	}
	return Reg(g.regInt(r, tmp))
}

// immOrRegValue is immOrReg for a known value v.
func (g *gen) immOrRegValue(v int64, tmp int16) obj.Addr {
	if v >= 0 && v < 1<<12 {
		return Imm(v)
	}
	g.b.Inst(arm64.AMOVD, Imm(v), Reg(tmp))
	return Reg(tmp)
}

// regInt returns a register holding integer-class value r: its own, or
// tmp loaded from its spill word or with its constant.
func (g *gen) regInt(r ir.Ref, tmp int16) int16 {
	if k, ok := g.t.Const(r); ok {
		g.b.Inst(arm64.AMOVD, Imm(int64(k.Bits)), Reg(tmp))
		return tmp
	}
	l := g.a.LocOf(r)
	if l.Kind == ir.LocReg {
		return gprPool[l.Index]
	}
	g.loadLoc(ir.TInt, l, tmp)
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
