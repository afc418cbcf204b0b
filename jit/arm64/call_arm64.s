#include "textflag.h"

// func jitcall(code uintptr, ctx unsafe.Pointer) uint64
//
// The entry trampoline (JIT-NOTES.md "Recommended calling convention").
// ABI0, NOSPLIT; the assembler gives it a 16-byte frame that saves LR,
// because it CALLs. Compiled code must leave R28 (g), R18, R29 and RSP
// alone and return through R30; R27 belongs to golang-asm.
//
// On entry to the code: R0 = ctx, R1 = &g.stackguard0 (also stored in
// ctx.StackGuard, offset 8 = abi.OffStackGuard). The exit number comes
// back in R0.
TEXT ·jitcall(SB), NOSPLIT, $0-24
	MOVD code+0(FP), R2
	MOVD ctx+8(FP), R0
	ADD  $16, g, R1 // stackguard0 is g's third word on every Go release
	MOVD R1, 8(R0)
	CALL (R2)
	MOVD R0, ret+16(FP)
	RET
