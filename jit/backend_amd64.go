//go:build amd64

package jit

import (
	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/amd64"
	"github.com/pyjit/pyjit/jit/ir"
)

// native is a trace's machine code.
type native struct{ c *amd64.Compiled }

// Available reports whether this architecture has a JIT backend.
const Available = true

func compileNative(t *ir.Trace) (*native, error) {
	c, err := amd64.Compile(t)
	if err != nil {
		return nil, abort(AbortCompile, "%v", err)
	}
	return &native{c}, nil
}

// run executes the trace until a guard exits and returns the exit's
// resume pc, guard and restored slot values. When stop reports an
// interrupt request at a back-edge poll, the exit is the loop head's
// (guard ir.RefNone).
func (n *native) run(ctx *abi.Context, stop func() bool) (int32, ir.Ref, []ir.SlotValue, error) {
	exit, _, interrupted, err := n.c.RunInterruptible(ctx, stop)
	if err != nil {
		return 0, 0, nil, err
	}
	if interrupted {
		e, vals := n.c.RestoreInterrupt(ctx)
		return e.PC, ir.RefNone, vals, nil
	}
	e, vals, err := n.c.Restore(ctx, exit)
	if err != nil {
		return 0, 0, nil, err
	}
	return e.PC, e.Guard, vals, nil
}

func (n *native) free() { n.c.Free() }

// setCall installs the handler of the trace's call sites.
func (n *native) setCall(call func(ir.Op, *abi.Context) bool) { n.c.OnCall = call }

func (n *native) disasm() string { return n.c.Disasm() }
