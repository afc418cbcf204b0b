// Package asm is the architecture-neutral core of pyjit's front ends to
// golang-asm's encoders; jit/amd64 and jit/arm64 wrap it with their own
// operand forms and register rules. It replaces golang-asm's Builder
// (JIT-NOTES.md "golang-asm notes"): errors are collected and returned
// instead of printed, the package-global opcode tables are initialized once
// per architecture under sync.Once, every Builder gets its own obj.Link so
// traces can be assembled concurrently, labels are zero-size ANOP Progs,
// and symbol references (which would need relocation) are refused.
//
// Package asm imports only golang-asm.
package asm

import (
	"errors"
	"fmt"
	"sync"

	"github.com/twitchyliquid64/golang-asm/asm/arch"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/objabi"
)

// Arch describes one target: the golang-asm architecture name and the
// hooks where the targets differ.
type Arch struct {
	Name string // "amd64" or "arm64"
	// Fix adjusts a Prog before it is checked (arm64: RET gets R30).
	Fix func(p *obj.Prog)
	// Check reports, through errorf, what the architecture forbids in p:
	// foreign opcodes and reserved registers.
	Check func(p *obj.Prog, errorf func(format string, args ...any))
	// SkipsFirstProg is set when the encoder treats the first Prog as the
	// TEXT pseudo-op and never encodes it (arm64's span7): Assemble then
	// prepends a placeholder.
	SkipsFirstProg bool

	once sync.Once
	arch *arch.Arch
}

// init returns golang-asm's description, filling its package-global opcode
// tables exactly once: its Init writes them without locking, so it must
// never run concurrently.
func (a *Arch) init() *arch.Arch {
	a.once.Do(func() {
		d := arch.Set(a.Name)
		ctxt := obj.Linknew(d.LinkArch)
		ctxt.Headtype = objabi.Hlinux
		ctxt.DiagFunc = func(string, ...interface{}) {}
		d.Init(ctxt)
		a.arch = d
	})
	return a.arch
}

// A Builder accumulates instructions for one piece of code. It is not safe
// for concurrent use; different Builders are independent.
type Builder struct {
	arch        *Arch
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

// NewBuilder returns an empty Builder for a.
func NewBuilder(a *Arch) *Builder {
	d := a.init()
	b := &Builder{arch: a, ctxt: obj.Linknew(d.LinkArch)}
	b.ctxt.Headtype = objabi.Hlinux
	b.ctxt.DiagFunc = func(format string, args ...interface{}) {
		b.Errorf(format, args...)
	}
	return b
}

// NewProg returns a fresh Prog for instructions the helpers cannot
// express; add it with Add.
func (b *Builder) NewProg() *obj.Prog { return b.ctxt.NewProg() }

// Add appends a hand-built Prog after checking its operands. The register
// check sees named operands only: implicit stack use (PUSH, POP, CALL) is
// the caller's responsibility.
func (b *Builder) Add(p *obj.Prog) *obj.Prog {
	if p == nil {
		b.Errorf("nil instruction")
		return b.NewProg()
	}
	if b.assembled {
		b.Errorf("instruction added after Assemble")
		return p
	}
	p.Ctxt = b.ctxt
	if b.arch.Fix != nil {
		b.arch.Fix(p)
	}
	b.check(p)
	b.link(p)
	return p
}

// Op appends an instruction without operands.
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
		b.Errorf("label from another builder")
	case l.bound:
		b.Errorf("label bound twice")
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

// Branch appends a branch "as from, l"; from is an empty Addr except for
// compare-and-branch forms (arm64's CBZ reg, l).
func (b *Builder) Branch(as obj.As, from obj.Addr, l *Label) *obj.Prog {
	p := b.NewProg()
	p.As = as
	p.From = from
	p.To.Type = obj.TYPE_BRANCH
	if l == nil || l.b != b {
		b.Errorf("jump to a label from another builder")
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
		return nil, fmt.Errorf("%s: Assemble called twice", b.arch.Name)
	}
	b.assembled = true
	for _, l := range b.labels {
		if l.used && !l.bound {
			b.Errorf("jump to a label that was never bound")
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
			code, err = nil, fmt.Errorf("%s: encoder panic: %v", b.arch.Name, r)
		}
	}()
	text := b.first
	if b.arch.SkipsFirstProg {
		// The placeholder TEXT Prog: the encoder skips it and reads the
		// frame size from its To.Offset (0: traces have no frame).
		text = b.NewProg()
		text.As = obj.ATEXT
		text.Link = b.first
	}
	s := &obj.LSym{Func: &obj.FuncInfo{Text: text}}
	b.arch.init().Assemble(b.ctxt, s, b.ctxt.NewProg)
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	// Zero-size relocations are markers (arm64's RET emits R_CALLIND);
	// anything else would need relocation, which JIT code never gets.
	for _, r := range s.R {
		if r.Siz != 0 {
			return nil, fmt.Errorf("%s: code needs relocation %v at %#x", b.arch.Name, r.Type, r.Off)
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

// Errorf records an error once: the encoder repeats its diagnostics on
// every sizing pass.
func (b *Builder) Errorf(format string, args ...any) {
	err := fmt.Errorf(b.arch.Name+": "+format, args...)
	for _, e := range b.errs {
		if e.Error() == err.Error() {
			return
		}
	}
	b.errs = append(b.errs, err)
}

// check refuses symbol operands (they would need relocation; golang-asm
// also calls log.Fatalf on some TLS forms) and branch operands outside the
// target position, then asks the architecture.
func (b *Builder) check(p *obj.Prog) {
	args := append([]obj.Addr{p.From, p.To}, p.RestArgs...)
	for i, a := range args {
		if a.Sym != nil || a.Name != obj.NAME_NONE {
			b.Errorf("%v: symbol operands are not allowed", p)
		}
		if a.Type == obj.TYPE_BRANCH && i != 1 {
			b.Errorf("%v: branch operand in source position", p)
		}
	}
	b.arch.Check(p, b.Errorf)
}
