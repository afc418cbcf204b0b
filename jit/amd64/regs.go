package amd64

import "github.com/twitchyliquid64/golang-asm/obj/x86"

// Register convention between the trampoline (call_amd64.s) and compiled
// code. On entry:
//
//	DI = ctx (*abi.Context), also kept in memory by the caller
//	DX = &g.stackguard0 of the running goroutine (also in ctx.StackGuard)
//	SP = trampoline's return address slot; traces use no stack
//
// Compiled code returns with RET and leaves the exit number in AX.
const (
	RegCtx        = x86.REG_DI
	RegStackGuard = x86.REG_DX
	RegExit       = x86.REG_AX
)

// Allocatable lists the general registers compiled code may clobber freely
// (JIT-NOTES.md "amd64 register rules"). Go's ABI0 has no callee-saved
// registers, so none of them needs saving. Flags are clobberable too.
var Allocatable = []int16{
	x86.REG_AX, x86.REG_BX, x86.REG_CX, x86.REG_DX, x86.REG_SI, x86.REG_DI,
	x86.REG_R8, x86.REG_R9, x86.REG_R10, x86.REG_R11, x86.REG_R12, x86.REG_R13,
}

// AllocatableFloat lists the vector registers compiled code may clobber:
// X0-X14. X15 is ABIInternal's zero register.
var AllocatableFloat = []int16{
	x86.REG_X0, x86.REG_X1, x86.REG_X2, x86.REG_X3, x86.REG_X4,
	x86.REG_X5, x86.REG_X6, x86.REG_X7, x86.REG_X8, x86.REG_X9,
	x86.REG_X10, x86.REG_X11, x86.REG_X12, x86.REG_X13, x86.REG_X14,
}

// Reserved reports registers compiled code must never name: R14 (the
// current g under ABIInternal), X15 (the zero register), BP (frame pointer:
// perf and the execution tracer unwind through it). SP is reserved too, but
// reading it as a source (the preemption poll) is allowed; see Builder.
func Reserved(reg int16) bool {
	switch reg {
	case x86.REG_R14, x86.REG_X15, x86.REG_BP, x86.REG_SP,
		x86.REG_FS, x86.REG_GS, x86.REG_TLS:
		return true
	}
	return false
}
