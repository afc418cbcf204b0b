package amd64

import (
	"fmt"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// CallSite is a POW or CALLF the trace leaves to Go for (exit
// abi.ExitCallBase+k for Calls[k]).
type CallSite struct {
	Op   ir.Op
	Cont int64 // offset of the continuation entry
}

// callSaveWords is how many scratch words a call site saves registers
// in: every allocatable register of both classes.
var callSaveWords = len(gprPool) + len(fprPool)

// lowerCall compiles a call out to Go. Compiled code never calls Go
// directly (JIT-NOTES.md), so the site is an exit and a re-entry: save
// every allocatable register in the scratch words from Alloc.Spills
// (which exit stubs and preempt homes use only while leaving for good),
// put the operands in Aux[0] and Aux[1], and return the site's exit
// number; Go computes, then enters the continuation, which restores the
// registers, takes the guard's exit if Aux[2] is set, and reads the
// result from Aux[0]. Object references saved across the call stay
// valid: they are reachable from the slot copy Go keeps alive, Go's heap
// does not move, and the Go side of a call site touches no Python object.
func (g *gen) lowerCall(r ir.Ref, ins ir.Ins, exit *Label) error {
	b := g.b
	base := g.a.Spills
	if base+callSaveWords > abi.ScratchWords {
		return fmt.Errorf("call site needs %d scratch words", base+callSaveWords)
	}
	save := func(load bool) {
		for i, reg := range gprPool {
			m := Mem(RegCtx, abi.ScratchOff(base+i))
			if load {
				b.Inst(x86.AMOVQ, m, Reg(reg))
			} else {
				b.Inst(x86.AMOVQ, Reg(reg), m)
			}
		}
		for i, reg := range fprPool {
			m := Mem(RegCtx, abi.ScratchOff(base+len(gprPool)+i))
			if load {
				b.Inst(x86.AMOVSD, m, Reg(reg))
			} else {
				b.Inst(x86.AMOVSD, Reg(reg), m)
			}
		}
	}
	b.Inst(x86.AMOVSD, Reg(g.regFloat(ins.A, ftmpA)), Mem(RegCtx, abi.AuxOff(0)))
	if ins.Op == ir.POW {
		b.Inst(x86.AMOVSD, Reg(g.regFloat(ins.B, ftmpB)), Mem(RegCtx, abi.AuxOff(1)))
	} else {
		b.Inst(x86.AMOVQ, Reg(g.regInt(ins.B, tmpB)), Mem(RegCtx, abi.AuxOff(1)))
	}
	save(false)
	k := len(g.c.Calls)
	g.c.Calls = append(g.c.Calls, CallSite{Op: ins.Op})
	b.Inst(x86.AMOVQ, Imm(int64(abi.ExitCallBase+k)), Reg(RegExit))
	b.Op(obj.ARET)
	g.callConts = append(g.callConts, b.Label())
	save(true)
	b.Inst(x86.ACMPQ, Mem(RegCtx, abi.AuxOff(2)), Imm(0))
	b.Jump(x86.AJNE, exit)
	d := g.fdst(r)
	b.Inst(x86.AMOVSD, Mem(RegCtx, abi.AuxOff(0)), Reg(d))
	g.finish(r, d)
	return nil
}

// answerCall handles a call-site exit: ok reports that exit was one, and
// cont is the offset to re-enter at.
func (c *Compiled) answerCall(exit uint64, ctx *abi.Context) (cont int64, ok bool, err error) {
	k := exit - abi.ExitCallBase
	if exit < abi.ExitCallBase || k >= uint64(len(c.Calls)) {
		return 0, false, nil
	}
	if c.OnCall == nil {
		return 0, false, fmt.Errorf("amd64: call exit %d without a handler", k)
	}
	ctx.Aux[2] = 0
	if !c.OnCall(c.Calls[k].Op, ctx) {
		ctx.Aux[2] = 1
	}
	return c.Calls[k].Cont, true, nil
}
