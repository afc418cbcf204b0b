package amd64

import "github.com/twitchyliquid64/golang-asm/obj"

// Operand constructors. Operands follow Go assembler order: source first,
// destination last (CMPQ a, b sets flags from a-b).

// Reg is a register operand (x86.REG_AX, x86.REG_X0, ...).
func Reg(r int16) obj.Addr { return obj.Addr{Type: obj.TYPE_REG, Reg: r} }

// Imm is an immediate. MOVQ picks the shortest encoding, including the
// 10-byte movabs for values that need all 64 bits: embed addresses this way
// rather than as symbol references, which would need relocation.
func Imm(v int64) obj.Addr { return obj.Addr{Type: obj.TYPE_CONST, Offset: v} }

// Mem is the memory operand disp(base).
func Mem(base int16, disp int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Offset: disp}
}

// MemIndex is disp(base)(index*scale); scale is 1, 2, 4 or 8.
func MemIndex(base, index int16, scale int16, disp int64) obj.Addr {
	return obj.Addr{Type: obj.TYPE_MEM, Reg: base, Index: index, Scale: scale, Offset: disp}
}

// None is the empty operand.
func None() obj.Addr { return obj.Addr{} }
