// Package amd64 is pyjit's amd64 backend: the trampoline that enters
// compiled code from Go (Call), a small instruction builder over
// golang-asm (Builder) that returns encoding errors instead of printing
// them, the register rules compiled code must obey, and the trace
// compiler that turns an optimized jit/ir trace into machine code
// (Assemble, Compile, Compiled.Run/Restore).
//
// It may import github.com/twitchyliquid64/golang-asm,
// golang.org/x/arch/x86/x86asm (Disasm), jit/abi, jit/codemem, jit/ir and
// the standard library. It must not import interp (its tests do).
// jit/arm64 mirrors this package: same file names, same section order.
//
// Files: doc.go (this), regs.go (register convention), asm.go (Builder),
// operand.go (operand constructors), call_amd64.go/.s (trampoline);
// trace compiler: compile.go (driver, exit descriptors), lower.go and
// lower_float.go (one IR instruction each), exits.go (back-edge PHI
// moves, preemption poll, continuation entry), load.go (codemem,
// Restore), run_amd64.go (Run), interrupt.go (leaving a trace at a
// preempt exit for a pending signal), disasm.go.
//
// # Trace compilation
//
// Code layout:
//
//	entry:  pre-loop instructions (SLOADs, guards, first iteration)
//	loop:   loop body
//	        PHI moves (parallel; cycles broken through R12/X12)
//	        MOVQ ctx.StackGuard, R13; CMPQ SP, (R13); JA loop
//	        store loop-live registers to their homes; return ExitPreempt
//	cont:   reload loop-live registers from their homes; JMP loop
//	stubs:  per guard: store the snapshot's register values; return exit
//
// Registers: DI holds ctx throughout. ir.Allocate distributes AX, BX, DX,
// SI, R8-R11 (ints, bools, pointers) and X0-X11 (floats). Temporaries:
// R12/X12 hold a spilled result before its store, R13/X13 the A operand,
// constants and slot base addresses, CX/X14 the B operand (CX because
// variable shifts count in CL). Spilled values live in ctx.Scratch words,
// never on the stack; compiled code writes only ctx.Scratch and AX.
//
// Exits: guard k (in code order) returns abi.FirstTraceExit+k and is
// described by Compiled.Exits[k]; its stub stores register values to
// ctx.Scratch words from Alloc.Spills upward (ir/exitmap.go), and
// Compiled.Restore turns them back into slot values. ExitPreempt saves
// the loop-live registers to the same words, and Run re-enters at Cont
// after abi.PreemptPoint. A trace therefore only ends through a guard.
package amd64
