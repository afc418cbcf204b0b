package arm64

import (
	"fmt"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// CallSite is a POW or CALLF the trace leaves to Go for (exit
// abi.ExitCallBase+k for Calls[k]).
type CallSite struct {
	Op   ir.Op
	Cont int64 // offset of the continuation entry
}

// lowerCall compiles a call out to Go. Compiled code never calls Go
// directly (JIT-NOTES.md), so the site is an exit and a re-entry: save
// the registers the allocator handed out in the scratch words from
// Alloc.Spills (which exit stubs and preempt homes use only while leaving
// for good), put the operands in Aux[0] and Aux[1], and return the site's
// exit number; Go computes, then enters the continuation, which restores
// the registers, takes the guard's exit if Aux[2] is set, and reads the
// result from Aux[0]. Only the registers in use are saved (amd64 saves
// its whole pools): arm64's 20+29 would not fit the scratch area next to
// a trace's spills. Object references saved across the call stay valid:
// they are reachable from the slot copy Go keeps alive, Go's heap does
// not move, and the Go side of a call site touches no Python object.
func (g *gen) lowerCall(r ir.Ref, ins ir.Ins, exit *Label) error {
	b := g.b
	gprs, fprs := g.usedRegs()
	base := g.a.Spills
	if n := base + len(gprs) + len(fprs); n > abi.ScratchWords {
		return fmt.Errorf("call site needs %d scratch words", n)
	}
	save := func(load bool) {
		w := base
		for _, regs := range [][]int16{gprs, fprs} {
			for _, reg := range regs {
				mov := obj64(reg)
				if load {
					b.Inst(mov, Mem(RegCtx, abi.ScratchOff(w)), Reg(reg))
				} else {
					b.Inst(mov, Reg(reg), Mem(RegCtx, abi.ScratchOff(w)))
				}
				w++
			}
		}
	}
	b.Inst(arm64.AFMOVD, Reg(g.regFloat(ins.A, ftmpA)), Mem(RegCtx, abi.AuxOff(0)))
	if ins.Op == ir.POW {
		b.Inst(arm64.AFMOVD, Reg(g.regFloat(ins.B, ftmpB)), Mem(RegCtx, abi.AuxOff(1)))
	} else {
		b.Inst(arm64.AMOVD, Reg(g.regInt(ins.B, tmpB)), Mem(RegCtx, abi.AuxOff(1)))
	}
	save(false)
	k := len(g.c.Calls)
	g.c.Calls = append(g.c.Calls, CallSite{Op: ins.Op})
	b.Inst(arm64.AMOVD, Imm(int64(abi.ExitCallBase+k)), Reg(RegExit))
	b.Ret()
	g.callConts = append(g.callConts, b.Label())
	save(true)
	b.Inst(arm64.AMOVD, Mem(RegCtx, abi.AuxOff(2)), Reg(tmpA))
	b.JumpReg(arm64.ACBNZ, tmpA, exit)
	d := g.fdst(r)
	b.Inst(arm64.AFMOVD, Mem(RegCtx, abi.AuxOff(0)), Reg(d))
	g.finish(r, d)
	return nil
}

// obj64 is the 64-bit move for a general or floating-point register.
func obj64(reg int16) obj.As {
	if reg >= arm64.REG_F0 && reg <= arm64.REG_F31 {
		return arm64.AFMOVD
	}
	return arm64.AMOVD
}

// usedRegs lists the pool registers ir.Allocate gave to some value.
func (g *gen) usedRegs() (gprs, fprs []int16) {
	var gu, fu [64]bool
	for i := 1; i < g.t.Len(); i++ {
		r := ir.Ref(i)
		l := g.a.LocOf(r)
		if l.Kind != ir.LocReg {
			continue
		}
		if g.t.At(r).Type == ir.TFloat {
			fu[l.Index] = true
		} else {
			gu[l.Index] = true
		}
	}
	for i, reg := range gprPool {
		if gu[i] {
			gprs = append(gprs, reg)
		}
	}
	for i, reg := range fprPool {
		if fu[i] {
			fprs = append(fprs, reg)
		}
	}
	return gprs, fprs
}

// answerCall handles a call-site exit: ok reports that exit was one, and
// cont is the offset to re-enter at.
func (c *Compiled) answerCall(exit uint64, ctx *abi.Context) (cont int64, ok bool, err error) {
	k := exit - abi.ExitCallBase
	if exit < abi.ExitCallBase || k >= uint64(len(c.Calls)) {
		return 0, false, nil
	}
	if c.OnCall == nil {
		return 0, false, fmt.Errorf("arm64: call exit %d without a handler", k)
	}
	ctx.Aux[2] = 0
	if !c.OnCall(c.Calls[k].Op, ctx) {
		ctx.Aux[2] = 1
	}
	return c.Calls[k].Cont, true, nil
}
