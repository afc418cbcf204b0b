package amd64

import (
	"errors"
	"fmt"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// This file turns an ir.Trace into machine code (see doc.go, "Trace
// compilation", for the code layout, the register use and the exit
// protocol). Lowering of single instructions is in lower.go (integers)
// and lower_float.go, exit stubs and back-edge moves in exits.go.

// Registers the trace compiler hands to ir.Allocate, by class index, and
// the temporaries it keeps for itself. CX is the B-operand temporary
// because variable shifts need their count in CL.
var (
	gprPool = []int16{x86.REG_AX, x86.REG_BX, x86.REG_DX, x86.REG_SI,
		x86.REG_R8, x86.REG_R9, x86.REG_R10, x86.REG_R11}
	fprPool = []int16{x86.REG_X0, x86.REG_X1, x86.REG_X2, x86.REG_X3,
		x86.REG_X4, x86.REG_X5, x86.REG_X6, x86.REG_X7,
		x86.REG_X8, x86.REG_X9, x86.REG_X10, x86.REG_X11}
)

const (
	tmpDst = x86.REG_R12 // result of a spilled value; cycle breaker in moves
	tmpA   = x86.REG_R13 // A operand, constants, addresses, memory-to-memory moves
	tmpB   = x86.REG_CX  // B operand, shift counts, array indexes

	ftmpDst = x86.REG_X12
	ftmpA   = x86.REG_X13
	ftmpB   = x86.REG_X14
)

// Exit describes one guard's exit: the snapshot to resume from and where
// each of its values is.
type Exit struct {
	Guard  ir.Ref
	Snap   int
	PC     int32
	Frames []ir.Frame
	Values []ir.ExitValue
}

// Compiled is a trace's machine code and exit descriptors. Code, Entry
// and Cont are valid after Assemble; Load maps the code for running.
type Compiled struct {
	Trace *ir.Trace
	Code  []byte
	Entry int64 // offset of the first entry point
	Cont  int64 // offset of the re-entry after ExitPreempt
	// Exits[k] describes exit number abi.FirstTraceExit+k.
	Exits []Exit
	Alloc *ir.Alloc
	// Calls[k] is call site k (exit abi.ExitCallBase+k): its op and the
	// offset of its continuation entry.
	Calls []CallSite
	// OnCall computes a call site's op from ctx.Aux (see lower_call.go)
	// and reports whether its guard holds. The driver sets it before
	// running a trace that has call sites.
	OnCall func(op ir.Op, ctx *abi.Context) bool

	// Interrupt describes the loop-head exit an interrupt request takes
	// at a back-edge poll (interrupt.go); nil when there is none.
	Interrupt *Exit

	mem loadedCode
}

// ErrNoLoop reports a trace without LOOP: only loop traces (peeled by
// ir.PeelLoop) can be compiled so far.
var ErrNoLoop = errors.New("amd64: trace has no LOOP")

// Assemble compiles t to machine code without mapping it. t must verify
// and contain a LOOP.
func Assemble(t *ir.Trace) (c *Compiled, err error) {
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("amd64: compiler panic: %v", r)
		}
	}()
	if err := ir.Verify(t); err != nil {
		return nil, err
	}
	if t.LoopRef() == ir.RefNone {
		return nil, ErrNoLoop
	}
	a, err := ir.Allocate(t, len(gprPool), len(fprPool))
	if err != nil {
		return nil, err
	}
	g := &gen{b: NewBuilder(), t: t, a: a, c: &Compiled{Trace: t, Alloc: a}}
	if err := g.compile(); err != nil {
		return nil, err
	}
	code, err := g.b.Assemble()
	if err != nil {
		return nil, err
	}
	g.c.Code = code
	g.c.Entry = g.entry.Offset()
	g.c.Cont = g.cont.Offset()
	for i, l := range g.callConts {
		g.c.Calls[i].Cont = l.Offset()
	}
	g.c.Interrupt = g.interruptExit()
	return g.c, nil
}

// gen holds the state of one compilation.
type gen struct {
	b *Builder
	t *ir.Trace
	a *ir.Alloc
	c *Compiled

	entry, cont, loop *Label
	callConts         []*Label
	stubs             []stub
	homes             map[ir.Ref]int
}

// stub is an exit stub still to be emitted after the main code.
type stub struct {
	label *Label
	exit  uint64
	vals  []ir.ExitValue
}

func (g *gen) compile() error {
	b := g.b
	homes, err := g.a.Homes()
	if err != nil {
		return err
	}
	g.homes = homes
	g.entry = b.Label()
	g.loop = b.NewLabel()
	for i := 1; i < g.t.Len(); i++ {
		r := ir.Ref(i)
		ins := g.t.At(r)
		switch ins.Op {
		case ir.LOOP:
			b.Bind(g.loop)
			continue
		case ir.PHI, ir.NOP:
			continue
		}
		var exit *Label
		if ins.Op.IsGuard() {
			if exit, err = g.newExit(r, int(ins.Aux)); err != nil {
				return err
			}
		}
		if err := g.lower(r, ins, exit); err != nil {
			return fmt.Errorf("%04d %v: %w", i, ins.Op, err)
		}
	}
	g.backEdge()
	for _, s := range g.stubs {
		b.Bind(s.label)
		g.storeValues(s.vals)
		b.Inst(x86.AMOVQ, Imm(int64(s.exit)), Reg(RegExit))
		b.Op(obj.ARET)
	}
	return nil
}

// newExit registers the exit of guard r and returns its stub's label.
func (g *gen) newExit(r ir.Ref, snap int) (*Label, error) {
	vals, err := g.a.ExitValues(g.t, snap)
	if err != nil {
		return nil, err
	}
	s := g.t.Snaps[snap]
	g.c.Exits = append(g.c.Exits, Exit{Guard: r, Snap: snap, PC: s.PC, Frames: s.Frames, Values: vals})
	l := g.b.NewLabel()
	g.stubs = append(g.stubs, stub{label: l, exit: uint64(abi.FirstTraceExit + len(g.c.Exits) - 1), vals: vals})
	return l, nil
}

// storeValues writes the register-resident exit values to their words.
func (g *gen) storeValues(vals []ir.ExitValue) {
	for _, v := range vals {
		if v.FromReg {
			g.storeWord(v.Type, regOf(v.Type, v.Reg), v.Word)
		}
	}
}

func (g *gen) storeWord(typ ir.Type, reg int16, word int) {
	mov := obj.As(x86.AMOVQ)
	if typ == ir.TFloat {
		mov = x86.AMOVSD
	}
	g.b.Inst(mov, Reg(reg), Mem(RegCtx, abi.ScratchOff(word)))
}

func regOf(typ ir.Type, index int) int16 {
	if typ == ir.TFloat {
		return fprPool[index]
	}
	return gprPool[index]
}
