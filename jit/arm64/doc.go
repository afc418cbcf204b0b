// Package arm64 is the lowest layer of pyjit's arm64 backend: the
// trampoline that enters compiled code from Go (Call), the instruction-cache
// flush for freshly written code (FlushICache), a small instruction builder
// over golang-asm (Builder) that returns encoding errors instead of printing
// them and works around golang-asm's arm64 traps, and the register rules
// compiled code must obey.
//
// It may import github.com/twitchyliquid64/golang-asm, jit/abi and the
// standard library. It must not import interp, jit or jit/codemem (codemem
// imports it for FlushICache). jit/amd64 mirrors this package: same file
// names, same section order.
//
// Files: doc.go (this), regs.go (register convention), asm.go (Builder),
// operand.go (operand constructors), call_arm64.go/.s (trampoline, flush).
package arm64
