package arm64

import (
	"errors"
	"fmt"
	"sync"

	"github.com/twitchyliquid64/golang-asm/asm/arch"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
	"github.com/twitchyliquid64/golang-asm/objabi"
)

// This file defines Builder, pyjit's own front end to golang-asm's arm64
// encoder. It replaces golang-asm's Builder (JIT-NOTES.md "golang-asm
// notes"): errors are collected and returned instead of printed, the global
// opcode tables are initialized once under sync.Once, every Builder gets
// its own obj.Link so traces can be assembled concurrently, labels are
// zero-size ANOP Progs, and symbol references (which would need relocation)
// are refused. It also handles golang-asm's arm64 traps: span7 treats the
// first Prog as the TEXT pseudo-op and never encodes it (we prepend an
// ATEXT placeholder), RET must name R30 (we fill it in), and the output is
// zero-padded to a multiple of 16 bytes (kept: padding is never executed).

var (
	archOnce sync.Once
	theArch  *arch.Arch
)

// archInit returns the arm64 description, filling golang-asm's
// package-global opcode tables exactly once: its Init writes them without
// locking, so it must never run concurrently.
func archInit() *arch.Arch {
	archOnce.Do(func() {
		a := arch.Set("arm64")
		ctxt := obj.Linknew(a.LinkArch)
		ctxt.Headtype = objabi.Hlinux
		ctxt.DiagFunc = func(string, ...interface{}) {}
		a.Init(ctxt)
		theArch = a
	})
	return theArch
}

// A Builder accumulates instructions for one piece of code. It is not safe
// for concurrent use; different Builders are independent.
type Builder struct {
	ctxt        *obj.Link
	first, last *obj.Prog
	labels      []*Label
	errs        []error
	assembled   bool
}

// A Label marks a position in the code: a branch target or an entry point.
// Create it with NewLabel (bind later with Bind) or Label (bound here).
type Label struct {
	p     *obj.Prog // the ANOP placeholder
	bound bool
	used  bool
	b     *Builder
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	a := archInit()
	b := &Builder{ctxt: obj.Linknew(a.LinkArch)}
	b.ctxt.Headtype = objabi.Hlinux
	b.ctxt.DiagFunc = func(format string, args ...interface{}) {
		b.errorf(format, args...)
	}
	return b
}

// NewProg returns a fresh Prog for instructions the helpers below cannot
// express; add it with Add.
func (b *Builder) NewProg() *obj.Prog { return b.ctxt.NewProg() }

// Add appends a hand-built Prog after checking its operands. The register
// check sees named operands only: implicit stack use (PUSH, POP, CALL) is
// the caller's responsibility.
func (b *Builder) Add(p *obj.Prog) *obj.Prog {
	if p == nil {
		b.errorf("nil instruction")
		return b.NewProg()
	}
	if b.assembled {
		b.errorf("instruction added after Assemble")
		return p
	}
	p.Ctxt = b.ctxt
	if p.As == obj.ARET && p.To.Type == obj.TYPE_NONE {
		p.To = Reg(arm64.REGLINK)
	}
	b.check(p)
	b.link(p)
	return p
}

// Op appends an instruction without operands (NOOP, ERET, ...).
// RET gets its R30 operand automatically.
func (b *Builder) Op(as obj.As) *obj.Prog {
	p := b.NewProg()
	p.As = as
	return b.Add(p)
}

// Ret appends RET (through R30, as golang-asm's preprocess would have
// filled in).
func (b *Builder) Ret() *obj.Prog { return b.Op(obj.ARET) }

// Word appends a raw 32-bit instruction word, the escape hatch for
// instructions golang-asm cannot encode.
func (b *Builder) Word(w uint32) *obj.Prog {
	p := b.NewProg()
	p.As = arm64.AWORD
	p.To = Imm(int64(w))
	return b.Add(p)
}

// Inst appends "as from, to" in Go assembler order (source first).
func (b *Builder) Inst(as obj.As, from, to obj.Addr) *obj.Prog {
	p := b.NewProg()
	p.As, p.From, p.To = as, from, to
	return b.Add(p)
}

// Inst3 appends a three-operand instruction "as from, reg, to", such as
// ADD R1, R2, R3 (R3 = R2 + R1) or SUBS $1, R2, R3.
func (b *Builder) Inst3(as obj.As, from obj.Addr, reg int16, to obj.Addr) *obj.Prog {
	p := b.NewProg()
	p.As, p.From, p.Reg, p.To = as, from, reg, to
	return b.Add(p)
}

// NewLabel returns a label that is not yet placed; place it with Bind.
// Branches may refer to it before it is bound.
func (b *Builder) NewLabel() *Label {
	p := b.NewProg()
	p.As = obj.ANOP
	l := &Label{p: p, b: b}
	b.labels = append(b.labels, l)
	return l
}

// Bind places l at the current end of the code.
func (b *Builder) Bind(l *Label) {
	switch {
	case l == nil || l.b != b:
		b.errorf("label from another builder")
	case l.bound:
		b.errorf("label bound twice")
	default:
		l.bound = true
		b.link(l.p)
	}
}

// Label returns a new label bound at the current end of the code.
func (b *Builder) Label() *Label {
	l := b.NewLabel()
	b.Bind(l)
	return l
}

// Jump appends a branch (B, BEQ, BVS, BLS, ...) to l. golang-asm handles
// conditional branches beyond their +-1 MiB range itself.
func (b *Builder) Jump(as obj.As, l *Label) *obj.Prog {
	return b.jump(as, None(), l)
}

// JumpReg appends a compare-and-branch on a register: CBZ/CBNZ reg, l.
func (b *Builder) JumpReg(as obj.As, reg int16, l *Label) *obj.Prog {
	return b.jump(as, Reg(reg), l)
}

func (b *Builder) jump(as obj.As, from obj.Addr, l *Label) *obj.Prog {
	p := b.NewProg()
	p.As = as
	p.From = from
	p.To.Type = obj.TYPE_BRANCH
	if l == nil || l.b != b {
		b.errorf("jump to a label from another builder")
		return p
	}
	l.used = true
	p.To.SetTarget(l.p)
	return b.Add(p)
}

// Offset returns the label's byte offset in the assembled code (valid
// after a successful Assemble). Entry points are Block.Addr()+Offset().
func (l *Label) Offset() int64 { return l.p.Pc }

// Assemble encodes the instructions and returns the machine code. Encoding
// errors ("illegal combination ...") are returned, never printed. A
// Builder assembles once.
func (b *Builder) Assemble() (code []byte, err error) {
	if b.assembled {
		return nil, errors.New("arm64: Assemble called twice")
	}
	b.assembled = true
	for _, l := range b.labels {
		if l.used && !l.bound {
			b.errorf("jump to a label that was never bound")
		}
	}
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	if b.first == nil {
		return []byte{}, nil
	}
	// The encoder is foreign code written for trusted compiler input; turn
	// any panic into an error rather than let it escape.
	defer func() {
		if r := recover(); r != nil {
			code, err = nil, fmt.Errorf("arm64: encoder panic: %v", r)
		}
	}()
	// The placeholder TEXT Prog: span7 skips the first Prog and reads the
	// frame size from its To.Offset (0: traces have no frame).
	text := b.NewProg()
	text.As = obj.ATEXT
	text.Link = b.first
	s := &obj.LSym{Func: &obj.FuncInfo{Text: text}}
	archInit().Assemble(b.ctxt, s, b.ctxt.NewProg)
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	// RET emits zero-size R_CALLIND markers; anything else would need
	// relocation, which JIT code never gets.
	for _, r := range s.R {
		if r.Siz != 0 {
			return nil, fmt.Errorf("arm64: code needs relocation %v at %#x", r.Type, r.Off)
		}
	}
	return s.P, nil
}

func (b *Builder) link(p *obj.Prog) {
	if b.first == nil {
		b.first = p
	} else {
		b.last.Link = p
	}
	b.last = p
}

// errorf records an error once: the encoder repeats its diagnostics on
// every sizing pass.
func (b *Builder) errorf(format string, args ...any) {
	err := fmt.Errorf("arm64: "+format, args...)
	for _, e := range b.errs {
		if e.Error() == err.Error() {
			return
		}
	}
	b.errs = append(b.errs, err)
}

// check refuses operands the JIT must never produce: symbol references
// (they would need relocation; golang-asm also calls log.Fatalf on some TLS
// forms) and the reserved registers of regs.go. Reading RSP as a plain
// register source is allowed: the preemption poll copies it.
func (b *Builder) check(p *obj.Prog) {
	if !validOp(p.As) {
		b.errorf("invalid opcode %d", p.As)
		return
	}
	args := append([]obj.Addr{p.From, p.To, Reg(p.Reg), Reg(p.RegTo2)}, p.RestArgs...)
	for i, a := range args {
		if a.Sym != nil || a.Name != obj.NAME_NONE {
			b.errorf("%v: symbol operands are not allowed", p)
		}
		if a.Type == obj.TYPE_BRANCH && i != 1 {
			b.errorf("%v: branch operand in source position", p)
		}
		if i == 0 && a.Type == obj.TYPE_REG && a.Reg == arm64.REG_RSP {
			continue
		}
		regs := []int16{a.Reg, a.Index & ^int16(0x3e0)}
		if a.Type == obj.TYPE_SHIFT {
			regs = append(regs, arm64.REG_R0+int16(a.Offset>>16&31))
		}
		for _, r := range regs {
			if r != 0 && Reserved(r) {
				b.errorf("%v: uses reserved register %v", p, obj.Rconv(int(r)))
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
