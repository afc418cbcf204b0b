// Package arm64 is pyjit's arm64 backend: the trampoline that enters
// compiled code from Go (Call), a small instruction builder over
// golang-asm (Builder) that returns encoding errors instead of printing
// them and works around golang-asm's arm64 traps, the register rules
// compiled code must obey, and the trace compiler that turns an optimized
// jit/ir trace into machine code (Assemble, Compile, Compiled.Run/Restore).
//
// It may import github.com/twitchyliquid64/golang-asm,
// golang.org/x/arch/arm64/arm64asm (Disasm), jit/abi, jit/codemem, jit/ir
// and the standard library. It must not import interp (its tests do).
// jit/amd64 mirrors this package: same file names, same section order.
// The instruction-cache flush after writing code is codemem's (Seal).
//
// Files: doc.go (this), regs.go (register convention), asm.go (Builder),
// operand.go (operand constructors), call_arm64.go/.s (trampoline);
// trace compiler: compile.go (driver, exit descriptors), lower.go,
// lower_float.go and lower_mem.go (one IR instruction each), exits.go
// (back-edge PHI moves, preemption poll, continuation entry), load.go
// (codemem, Restore), interrupt.go (leaving at the loop head on a pending
// signal), run_arm64.go (Run, RunInterruptible), disasm.go.
//
// # Trace compilation
//
// Code layout:
//
//	entry:  pre-loop instructions (SLOADs, guards, first iteration)
//	loop:   loop body
//	        PHI moves (parallel; cycles broken through R16/F29)
//	        LDR ctx.StackGuard; LDR stackguard0; MOV RSP; CMP; B.HI loop
//	        store loop-live registers to their homes; return ExitPreempt
//	cont:   reload loop-live registers from their homes; B loop
//	stubs:  per guard: store the snapshot's register values; return exit
//
// Registers: R0 holds ctx throughout (and the exit number on return).
// ir.Allocate distributes R1-R13 and R19-R25 (ints, bools, pointers) and
// F0-F28 (floats). Temporaries: R16/F29 hold a spilled result before its
// store, R17/F30 the A operand, constants and slot base addresses,
// R15/F31 the B operand and array element addresses, R14 the high half
// of MULOV's product. Never touched: R18 (platform), R26, R27
// (golang-asm's REGTMP, which it may use for large offsets), R28 (g: the
// signal handler trusts it), R29 (frame pointer), RSP (only copied, by the
// poll), R30 (return address; traces make no calls). Spilled values live
// in ctx.Scratch words, never on the stack; compiled code writes only
// ctx.Scratch and R0.
//
// Exits: guard k (in code order) returns abi.FirstTraceExit+k and is
// described by Compiled.Exits[k]; its stub stores register values to
// ctx.Scratch words from Alloc.Spills upward (ir/exitmap.go), and
// Compiled.Restore turns them back into slot values. ExitPreempt saves
// the loop-live registers to the same words, and Run re-enters at Cont
// after abi.PreemptPoint. A trace therefore only ends through a guard.
//
// Overflow guards: ADDS/SUBS/NEGS then B.VS; MULOV compares SMULH's high
// half with the low half's sign (MUL sets no flags). Float compares use
// FCMPD, whose unordered result (NZCV=0011) makes each exit branch taken
// for a NaN except NE's, as Python requires.
package arm64
