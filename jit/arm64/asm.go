package arm64

import (
	"github.com/pyjit/pyjit/jit/asm"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

// This file defines Builder, pyjit's arm64 front end to golang-asm: the
// architecture-neutral core (errors returned, tables initialized once,
// labels, no relocations) is jit/asm; this adds arm64's operand forms and
// register rules, and handles golang-asm's arm64 traps: span7 treats the
// first Prog as the TEXT pseudo-op and never encodes it (the core prepends
// a placeholder), RET must name R30 (filled in here), and the output is
// zero-padded to a multiple of 16 bytes (kept: padding is never executed).

var archDesc = &asm.Arch{Name: "arm64", Fix: fix, Check: check, SkipsFirstProg: true}

// A Builder accumulates instructions for one piece of code (see asm.Builder
// for the methods it shares with amd64).
type Builder struct{ *asm.Builder }

// A Label marks a position in the code: a branch target or an entry point.
type Label = asm.Label

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder { return &Builder{asm.NewBuilder(archDesc)} }

// fix does what golang-asm's progedit would have: RET gets its R30
// operand, and an immediate $0 becomes ZR. The encoder classifies $0 as
// matching register operands too, and for those forms it encodes register
// number 0: without the rewrite CMP $0, R17 assembles as "cmp x17, x0".
func fix(p *obj.Prog) {
	if p.As == obj.ARET && p.To.Type == obj.TYPE_NONE {
		p.To = Reg(arm64.REGLINK)
	}
	for _, a := range []*obj.Addr{&p.From, &p.To} {
		if a.Type == obj.TYPE_CONST && a.Offset == 0 {
			*a = Reg(arm64.REGZERO)
		}
	}
}

// Ret appends RET (through R30).
func (b *Builder) Ret() *obj.Prog { return b.Op(obj.ARET) }

// Word appends a raw 32-bit instruction word, the escape hatch for
// instructions golang-asm cannot encode.
func (b *Builder) Word(w uint32) *obj.Prog {
	p := b.NewProg()
	p.As = arm64.AWORD
	p.To = Imm(int64(w))
	return b.Add(p)
}

// Inst3 appends a three-operand instruction "as from, reg, to", such as
// ADD R1, R2, R3 (R3 = R2 + R1) or SUBS $1, R2, R3.
func (b *Builder) Inst3(as obj.As, from obj.Addr, reg int16, to obj.Addr) *obj.Prog {
	p := b.NewProg()
	p.As, p.From, p.Reg, p.To = as, from, reg, to
	return b.Add(p)
}

// Jump appends a branch (B, BEQ, BVS, BLS, ...) to l. golang-asm handles
// conditional branches beyond their +-1 MiB range itself.
func (b *Builder) Jump(as obj.As, l *Label) *obj.Prog { return b.Branch(as, obj.Addr{}, l) }

// JumpReg appends a compare-and-branch on a register: CBZ/CBNZ reg, l.
func (b *Builder) JumpReg(as obj.As, reg int16, l *Label) *obj.Prog {
	return b.Branch(as, Reg(reg), l)
}

// check refuses foreign opcodes and the reserved registers of regs.go.
// Reading RSP as a plain register source is allowed: the preemption poll
// copies it.
func check(p *obj.Prog, errorf func(format string, args ...any)) {
	if !validOp(p.As) {
		errorf("invalid opcode %d", p.As)
		return
	}
	args := append([]obj.Addr{p.From, p.To, Reg(p.Reg), Reg(p.RegTo2)}, p.RestArgs...)
	for i, a := range args {
		if i == 0 && a.Type == obj.TYPE_REG && a.Reg == arm64.REG_RSP {
			continue
		}
		regs := []int16{a.Reg, a.Index & ^int16(0x3e0)}
		if a.Type == obj.TYPE_SHIFT {
			regs = append(regs, arm64.REG_R0+int16(a.Offset>>16&31))
		}
		for _, r := range regs {
			if r != 0 && Reserved(r) {
				errorf("%v: uses reserved register %v", p, obj.Rconv(int(r)))
			}
		}
	}
}

// validOp accepts the arm64 opcodes and the few generic ones that make
// sense inside a trace; other pseudo-ops (TEXT, FUNCDATA, ...) or another
// architecture's opcodes would confuse the encoder.
func validOp(as obj.As) bool {
	switch as {
	case obj.ANOP, obj.AJMP, obj.ACALL, obj.ARET, obj.AUNDEF:
		return true
	}
	return as > obj.ABaseARM64 && as < arm64.ALAST
}
