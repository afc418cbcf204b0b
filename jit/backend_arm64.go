//go:build arm64

package jit

import (
	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/arm64"
	"github.com/pyjit/pyjit/jit/ir"
)

// native is a trace's machine code.
type native struct{ c *arm64.Compiled }

// Available reports whether this architecture has a JIT backend.
const Available = true

func compileNative(t *ir.Trace) (*native, error) {
	c, err := arm64.Compile(t)
	if err != nil {
		return nil, abort(AbortCompile, "%v", err)
	}
	return &native{c}, nil
}

// run executes the trace until a guard exits and returns the exit's
// resume pc, guard and restored slot values.
// stop is not asked yet: arm64 traces have no interrupt exit, so a
// KeyboardInterrupt reaches a compiled arm64 loop only when a guard fails.
func (n *native) run(ctx *abi.Context, stop func() bool) (int32, ir.Ref, []ir.SlotValue, error) {
	exit, _, err := n.c.Run(ctx)
	if err != nil {
		return 0, 0, nil, err
	}
	e, vals, err := n.c.Restore(ctx, exit)
	if err != nil {
		return 0, 0, nil, err
	}
	return e.PC, e.Guard, vals, nil
}

func (n *native) free() { n.c.Free() }
