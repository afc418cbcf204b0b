#include "textflag.h"

// func jitcall(code uintptr, ctx unsafe.Pointer) uint64
//
// The entry trampoline (JIT-NOTES.md "Recommended calling convention").
// ABI0, NOSPLIT, $0 locals (the assembler still saves BP, because it
// CALLs): Go callers reach it through the compiler's ABI wrapper, which
// restores R14 (g) and X15 (zero) on return, but compiled code must still
// leave them, BP and SP alone. BP + the CALL's return address use 16 bytes,
// well inside the nosplit red zone; traces use no stack.
//
// On entry to the code: DI = ctx, DX = &g.stackguard0 (also stored in
// ctx.StackGuard, offset 8 = abi.OffStackGuard). The exit number comes
// back in AX.
TEXT ·jitcall(SB), NOSPLIT, $0-24
	MOVQ code+0(FP), AX
	MOVQ ctx+8(FP), DI
	MOVQ (TLS), DX
	LEAQ 16(DX), DX // stackguard0 is g's third word on every Go release
	MOVQ DX, 8(DI)
	CALL AX
	MOVQ AX, ret+16(FP)
	RET
