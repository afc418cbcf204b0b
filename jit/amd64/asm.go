package amd64

import (
	"github.com/pyjit/pyjit/jit/asm"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// This file defines Builder, pyjit's amd64 front end to golang-asm: the
// architecture-neutral core (errors returned, tables initialized once,
// labels, no relocations) is jit/asm; this adds amd64's operand forms and
// register rules.

var archDesc = &asm.Arch{Name: "amd64", Check: check}

// A Builder accumulates instructions for one piece of code (see asm.Builder
// for the methods it shares with arm64).
type Builder struct{ *asm.Builder }

// A Label marks a position in the code: a branch target or an entry point.
type Label = asm.Label

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder { return &Builder{asm.NewBuilder(archDesc)} }

// Inst3 appends a three-operand instruction "as from, from3, to", such as
// IMUL3Q $imm, src, dst or SHLQ CX, src, dst.
func (b *Builder) Inst3(as obj.As, from, from3, to obj.Addr) *obj.Prog {
	p := b.NewProg()
	p.As, p.From, p.To = as, from, to
	p.RestArgs = []obj.Addr{from3}
	return b.Add(p)
}

// Jump appends a branch (JMP, JEQ, JOS, JLS, ...) to l. The encoder picks
// the short or long form itself.
func (b *Builder) Jump(as obj.As, l *Label) *obj.Prog { return b.Branch(as, obj.Addr{}, l) }

// check refuses foreign opcodes and the reserved registers of regs.go.
// Reading SP as a plain register source is allowed: the preemption poll
// compares it.
func check(p *obj.Prog, errorf func(format string, args ...any)) {
	if !validOp(p.As) {
		errorf("invalid opcode %d", p.As)
		return
	}
	args := append([]obj.Addr{p.From, p.To}, p.RestArgs...)
	for i, a := range args {
		if i == 0 && a.Type == obj.TYPE_REG && a.Reg == x86.REG_SP {
			continue
		}
		for _, r := range []int16{a.Reg, a.Index} {
			if r != 0 && Reserved(r) {
				errorf("%v: uses reserved register %v", p, obj.Rconv(int(r)))
			}
		}
	}
}

// validOp accepts the amd64 opcodes and the few generic ones that make
// sense inside a trace; other pseudo-ops (TEXT, FUNCDATA, ...) or another
// architecture's opcodes would confuse the encoder.
func validOp(as obj.As) bool {
	switch as {
	case obj.ANOP, obj.AJMP, obj.ACALL, obj.ARET, obj.AUNDEF:
		return true
	}
	return as > obj.ABaseAMD64 && as < x86.ALAST
}
