package arm64

import "github.com/twitchyliquid64/golang-asm/obj"

// Operand constructors. Operands follow Go assembler order: source first,
// destination last. Note that CMP a, b sets the flags from b-a on arm64,
// the reverse of amd64's CMPQ.

// Reg is a register operand (arm64.REG_R0, arm64.REG_F0, arm64.REGZERO,
// ...). Conditions are register operands too: CSET LT, R1 is
// Inst(ACSET, Reg(arm64.COND_LT), Reg(R1)).
func Reg(r int16) obj.Addr { return obj.Addr{Type: obj.TYPE_REG, Reg: r} }

// Imm is an immediate. MOVD $imm becomes a MOVZ/MOVK sequence or a load
// from a literal pool inside the same code (PC-relative, so the code can be
// copied anywhere): embed addresses this way, never as symbol references.
func Imm(v int64) obj.Addr { return obj.Addr{Type: obj.TYPE_CONST, Offset: v} }

// Mem is the memory operand disp(base).
func Mem(base int16, disp int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Offset: disp}
}

// MemIndex is (base)(index<<shift); shift is 0 or the access size's log2.
func MemIndex(base, index int16, shift int16) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Index: regLSL + (index & 31) + (shift&7)<<5}
}

// regLSL is golang-asm's REG_LSL: "index register, shifted".
const regLSL = obj.RBaseARM64 + 1<<9

// ShiftKind selects the shift of a shifted-register operand.
type ShiftKind int64

// Shift kinds, in the encoding's order.
const (
	LSL ShiftKind = iota // <<
	LSR                  // >>
	ASR                  // ->
	ROR                  // @>
)

// Shifted is the operand "r<<amount" (or >>, ->, @>), as in
// ADD R1<<3, R2, R3.
func Shifted(r int16, kind ShiftKind, amount int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_SHIFT, Offset: int64(r&31)<<16 | int64(kind)<<22 | (amount&63)<<10}
}

// None is the empty operand.
func None() obj.Addr { return obj.Addr{} }
