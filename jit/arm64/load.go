package arm64

import (
	"fmt"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/codemem"
	"github.com/pyjit/pyjit/jit/ir"
)

type loadedCode struct {
	blk *codemem.Block
}

// Compile assembles t and maps the code for execution (Linux only).
func Compile(t *ir.Trace) (*Compiled, error) {
	c, err := Assemble(t)
	if err != nil {
		return nil, err
	}
	if err := c.Load(); err != nil {
		return nil, err
	}
	return c, nil
}

// Load copies the code into sealed executable memory.
func (c *Compiled) Load() error {
	if c.mem.blk != nil {
		return nil
	}
	blk, err := codemem.Alloc(len(c.Code))
	if err != nil {
		return err
	}
	if err := blk.Write(c.Code); err != nil {
		blk.Free()
		return err
	}
	if err := blk.Seal(); err != nil {
		blk.Free()
		return err
	}
	c.mem.blk = blk
	return nil
}

// Free releases the executable memory once no call is inside it.
func (c *Compiled) Free() {
	if c.mem.blk != nil {
		c.mem.blk.Free()
	}
}

// ExitInfo returns the descriptor of a guard exit number.
func (c *Compiled) ExitInfo(exit uint64) (*Exit, error) {
	k := exit - abi.FirstTraceExit
	if exit < abi.FirstTraceExit || k >= uint64(len(c.Exits)) {
		return nil, fmt.Errorf("arm64: %d is not a guard exit of this trace", exit)
	}
	return &c.Exits[k], nil
}

// Restore decodes the slot values a guard exit left in ctx. Slots not
// listed still hold their values from trace entry.
func (c *Compiled) Restore(ctx *abi.Context, exit uint64) (*Exit, []ir.SlotValue, error) {
	e, err := c.ExitInfo(exit)
	if err != nil {
		return nil, nil, err
	}
	return e, ir.Restore(e.Values, ctx), nil
}
