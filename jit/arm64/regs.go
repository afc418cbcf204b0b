package arm64

import "github.com/twitchyliquid64/golang-asm/obj/arm64"

// Register convention between the trampoline (call_arm64.s) and compiled
// code. On entry:
//
//	R0  = ctx (*abi.Context)
//	R1  = &g.stackguard0 of the running goroutine (also in ctx.StackGuard)
//	R30 = return address into the trampoline (save it before any BL)
//
// Compiled code returns with RET (R30) and leaves the exit number in R0.
const (
	RegCtx        = arm64.REG_R0
	RegStackGuard = arm64.REG_R1
	RegExit       = arm64.REG_R0
)

// Allocatable lists the general registers compiled code may clobber freely
// (JIT-NOTES.md "arm64 register rules"): R0-R17 and R19-R25. Go's ABI0 has
// no callee-saved registers, so none of them needs saving.
var Allocatable = []int16{
	arm64.REG_R0, arm64.REG_R1, arm64.REG_R2, arm64.REG_R3, arm64.REG_R4,
	arm64.REG_R5, arm64.REG_R6, arm64.REG_R7, arm64.REG_R8, arm64.REG_R9,
	arm64.REG_R10, arm64.REG_R11, arm64.REG_R12, arm64.REG_R13, arm64.REG_R14,
	arm64.REG_R15, arm64.REG_R16, arm64.REG_R17,
	arm64.REG_R19, arm64.REG_R20, arm64.REG_R21, arm64.REG_R22, arm64.REG_R23,
	arm64.REG_R24, arm64.REG_R25,
}

// AllocatableFloat lists the floating-point registers compiled code may
// clobber: all of F0-F31.
var AllocatableFloat = func() []int16 {
	r := make([]int16, 32)
	for i := range r {
		r[i] = arm64.REG_F0 + int16(i)
	}
	return r
}()

// Reserved reports registers compiled code must never name: R28 (g; the
// signal handler trusts it as-is, so touching it kills the process on the
// next SIGPROF/SIGURG), R18 (platform register), R29 (frame pointer),
// RSP, and R27 (golang-asm's REGTMP, which it clobbers for large constants
// and literal loads). Reading RSP as a plain register source is allowed
// (the preemption poll copies it); see Builder. R26 is left free for a
// future REGCTXT-style use and R30 (LR) must be saved before any BL.
func Reserved(reg int16) bool {
	switch reg {
	case arm64.REG_R18, arm64.REG_R26, arm64.REG_R27, arm64.REG_R28, arm64.REG_R29, arm64.REG_RSP:
		return true
	}
	return false
}
