package arm64

import (
	"errors"
	"fmt"

	"github.com/twitchyliquid64/golang-asm/obj/arm64"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// This file turns an ir.Trace into machine code (see doc.go, "Trace
// compilation", for the code layout, the register use and the exit
// protocol). Lowering of single instructions is in lower.go (integers)
// and lower_float.go, exit stubs and back-edge moves in exits.go.

// Registers the trace compiler hands to ir.Allocate, by class index, and
// the temporaries it keeps for itself. R0 holds ctx throughout; R15-R17
// and R14 are temporaries (R16/R17 are the linker's veneer registers,
// which JIT code, never linked, may use freely).
var (
	gprPool = []int16{arm64.REG_R1, arm64.REG_R2, arm64.REG_R3, arm64.REG_R4,
		arm64.REG_R5, arm64.REG_R6, arm64.REG_R7, arm64.REG_R8, arm64.REG_R9,
		arm64.REG_R10, arm64.REG_R11, arm64.REG_R12, arm64.REG_R13,
		arm64.REG_R19, arm64.REG_R20, arm64.REG_R21, arm64.REG_R22,
		arm64.REG_R23, arm64.REG_R24, arm64.REG_R25}
	fprPool = func() []int16 {
		r := make([]int16, 29) // F0-F28
		for i := range r {
			r[i] = arm64.REG_F0 + int16(i)
		}
		return r
	}()
)

const (
	tmpDst = arm64.REG_R16 // result of a spilled value; cycle breaker in moves
	tmpA   = arm64.REG_R17 // A operand, constants, addresses, memory-to-memory moves
	tmpB   = arm64.REG_R15 // B operand, array element addresses
	tmpC   = arm64.REG_R14 // high half of MULOV's product

	ftmpDst = arm64.REG_F29
	ftmpA   = arm64.REG_F30
	ftmpB   = arm64.REG_F31
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

	// Interrupt describes the loop-head exit an interrupt request takes
	// at a back-edge poll (interrupt.go); nil when there is none.
	Interrupt *Exit

	mem loadedCode
}

// ErrNoLoop reports a trace without LOOP: only loop traces (peeled by
// ir.PeelLoop) can be compiled so far.
var ErrNoLoop = errors.New("arm64: trace has no LOOP")

// Assemble compiles t to machine code without mapping it. t must verify
// and contain a LOOP.
func Assemble(t *ir.Trace) (c *Compiled, err error) {
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("arm64: compiler panic: %v", r)
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
		b.Inst(arm64.AMOVD, Imm(int64(s.exit)), Reg(RegExit))
		b.Ret()
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
	g.b.Inst(movFor(typ), Reg(reg), Mem(RegCtx, abi.ScratchOff(word)))
}

func regOf(typ ir.Type, index int) int16 {
	if typ == ir.TFloat {
		return fprPool[index]
	}
	return gprPool[index]
}
