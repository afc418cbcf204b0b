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

// func FlushICache(addr, n uintptr)
//
// arm64 does not keep instruction fetch coherent with data stores. Line
// sizes come from CTR_EL0 (readable from EL0 on Linux): DminLine in bits
// 19:16 and IminLine in bits 3:0, each log2 of the size in 4-byte words.
// IC IVAU is encoded as a WORD: Go's arm64 assembler has no IC instruction.
TEXT ·FlushICache(SB), NOSPLIT, $0-16
	MOVD addr+0(FP), R0
	MOVD n+8(FP), R1
	CBZ  R1, done
	ADD  R0, R1, R1        // R1 = end
	MRS  CTR_EL0, R2
	MOVD $4, R4
	UBFX $16, R2, $4, R3
	LSL  R3, R4, R3        // R3 = data line size
	AND  $15, R2, R5
	LSL  R5, R4, R5        // R5 = instruction line size

	SUB  $1, R3, R6
	BIC  R6, R0, R7        // first data line
dloop:
	DC   CVAU, R7
	ADD  R3, R7, R7
	CMP  R1, R7
	BLO  dloop
	DSB  $0xb              // ISH

	SUB  $1, R5, R6
	BIC  R6, R0, R7        // first instruction line
iloop:
	WORD $0xd50b7527       // IC IVAU, R7
	ADD  R5, R7, R7
	CMP  R1, R7
	BLO  iloop
	DSB  $0xb              // ISH
	ISB  $15
done:
	RET
