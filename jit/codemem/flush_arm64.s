//go:build linux

#include "textflag.h"

// func flushICache(addr, n uintptr)
//
// arm64 does not keep instruction fetch coherent with data stores. Line
// sizes come from CTR_EL0 (readable from EL0 on Linux): DminLine in bits
// 19:16 and IminLine in bits 3:0, each log2 of the size in 4-byte words.
// IC IVAU is encoded as a WORD: Go's arm64 assembler has no IC instruction.
TEXT ·flushICache(SB), NOSPLIT, $0-16
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
