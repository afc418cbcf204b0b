package arm64

import (
	"unsafe"

	"github.com/pyjit/pyjit/jit/abi"
)

// jitcall enters compiled code at address code with the register
// convention of regs.go and returns the exit number the code left in R0.
// Implemented in call_arm64.s.
//
//go:noescape
func jitcall(code uintptr, ctx unsafe.Pointer) uint64

// Call runs the compiled code at address code (inside a sealed, Entered
// codemem.Block) with ctx and returns its exit number. The ctx argument
// keeps the Context alive for the whole call.
func Call(code uintptr, ctx *abi.Context) uint64 {
	return jitcall(code, unsafe.Pointer(ctx))
}
