// Package amd64 is the lowest layer of pyjit's amd64 backend: the
// trampoline that enters compiled code from Go (Call), a small instruction
// builder over golang-asm (Builder) that returns encoding errors instead of
// printing them, and the register rules compiled code must obey.
//
// It may import github.com/twitchyliquid64/golang-asm, jit/abi and the
// standard library. It must not import interp or jit (they import it).
// jit/arm64 mirrors this package: same file names, same section order.
//
// Files: doc.go (this), regs.go (register convention), asm.go (Builder),
// operand.go (operand constructors), call_amd64.go/.s (trampoline).
package amd64
