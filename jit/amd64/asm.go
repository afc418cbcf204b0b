package amd64

import (
	"errors"
	"fmt"
	"sync"

	"github.com/twitchyliquid64/golang-asm/asm/arch"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"github.com/twitchyliquid64/golang-asm/objabi"
)

// This file defines Builder, pyjit's own front end to golang-asm's amd64
// encoder. It replaces golang-asm's Builder (JIT-NOTES.md "golang-asm
// notes"): errors are collected and returned instead of printed, the global
// opcode tables are initialized once under sync.Once, every Builder gets
// its own obj.Link so traces can be assembled concurrently, labels are
// zero-size ANOP Progs, and symbol references (which would need relocation)
// are refused.

var (
	archOnce sync.Once
	theArch  *arch.Arch
)

// archInit returns the amd64 description, filling golang-asm's
// package-global opcode tables exactly once: its Init writes them without
// locking, so it must never run concurrently.
func archInit() *arch.Arch {
	archOnce.Do(func() {
		a := arch.Set("amd64")
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
	b.check(p)
	b.link(p)
	return p
}

// Op appends an instruction without operands (RET, CQO, ...).
func (b *Builder) Op(as obj.As) *obj.Prog {
	p := b.NewProg()
	p.As = as
	return b.Add(p)
}

// Inst appends "as from, to" in Go assembler order (source first).
func (b *Builder) Inst(as obj.As, from, to obj.Addr) *obj.Prog {
	p := b.NewProg()
	p.As, p.From, p.To = as, from, to
	return b.Add(p)
}

// Inst3 appends a three-operand instruction "as from, from3, to", such as
// IMUL3Q $imm, src, dst or SHLQ CX, src, dst.
func (b *Builder) Inst3(as obj.As, from, from3, to obj.Addr) *obj.Prog {
	p := b.NewProg()
	p.As, p.From, p.To = as, from, to
	p.RestArgs = []obj.Addr{from3}
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

// Jump appends a branch (JMP, JEQ, JOS, JLS, ...) to l. The encoder picks
// the short or long form itself.
func (b *Builder) Jump(as obj.As, l *Label) *obj.Prog {
	p := b.NewProg()
	p.As = as
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
		return nil, errors.New("amd64: Assemble called twice")
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
			code, err = nil, fmt.Errorf("amd64: encoder panic: %v", r)
		}
	}()
	s := &obj.LSym{Func: &obj.FuncInfo{Text: b.first}}
	archInit().Assemble(b.ctxt, s, b.ctxt.NewProg)
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	for _, r := range s.R {
		if r.Siz != 0 {
			return nil, fmt.Errorf("amd64: code needs relocation %v at %#x", r.Type, r.Off)
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
	err := fmt.Errorf("amd64: "+format, args...)
	for _, e := range b.errs {
		if e.Error() == err.Error() {
			return
		}
	}
	b.errs = append(b.errs, err)
}

// check refuses operands the JIT must never produce: symbol references
// (they would need relocation; golang-asm also calls log.Fatalf on some TLS
// forms) and the reserved registers of regs.go. Reading SP as a plain
// register source is allowed: the preemption poll compares it.
func (b *Builder) check(p *obj.Prog) {
	if !validOp(p.As) {
		b.errorf("invalid opcode %d", p.As)
		return
	}
	args := append([]obj.Addr{p.From, p.To}, p.RestArgs...)
	for i, a := range args {
		if a.Sym != nil || a.Name != obj.NAME_NONE {
			b.errorf("%v: symbol operands are not allowed", p)
		}
		if a.Type == obj.TYPE_BRANCH && i != 1 {
			b.errorf("%v: branch operand in source position", p)
		}
		if i == 0 && a.Type == obj.TYPE_REG && a.Reg == x86.REG_SP {
			continue
		}
		for _, r := range []int16{a.Reg, a.Index} {
			if r != 0 && Reserved(r) {
				b.errorf("%v: uses reserved register %v", p, obj.Rconv(int(r)))
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
