package jit

import (
	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/abi"
)

// Compiled loops poll for preemption at every back-edge; with a signal
// pending the backends leave the loop at its head instead of re-entering,
// so Ctrl-C stops a compiled loop as it stops an interpreted one.
func init() { abi.Interrupted = interp.SignalPending }
