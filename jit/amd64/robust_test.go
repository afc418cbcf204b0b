package amd64

import (
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// TestOperandMatrix assembles every pairing of common opcodes with every
// operand shape, valid or not. Each must either encode or return an error:
// a panic escaping, or golang-asm's log.Fatalf (which would kill the test
// binary), fails the test.
func TestOperandMatrix(t *testing.T) {
	ops := []obj.As{
		x86.AMOVQ, x86.AMOVL, x86.AMOVB, x86.ALEAQ, x86.AADDQ, x86.ASUBQ, x86.AIMULQ, x86.AIDIVQ,
		x86.ACMPQ, x86.ATESTQ, x86.AANDQ, x86.AORQ, x86.AXORQ, x86.ASHLQ, x86.ASARQ, x86.ANEGQ,
		x86.AINCQ, x86.ACMOVQEQ, x86.ASETEQ, x86.AMOVSD, x86.AADDSD, x86.AUCOMISD, x86.ACVTSQ2SD,
		x86.ACVTTSD2SQ, x86.AMOVBQZX, x86.AXCHGQ, x86.APUSHQ, x86.APOPQ, x86.AJEQ, obj.AJMP,
		obj.ACALL, obj.ARET, obj.ANOP, x86.ACQO, x86.AIMUL3Q,
	}
	shapes := []obj.Addr{
		None(), Reg(x86.REG_AX), Reg(x86.REG_CX), Reg(x86.REG_X3), Imm(0), Imm(-200), Imm(1 << 40),
		Mem(x86.REG_DI, 8), MemIndex(x86.REG_SI, x86.REG_R9, 8, -4), {Type: obj.TYPE_FCONST, Val: 1.5},
		{Type: obj.TYPE_ADDR, Reg: x86.REG_DI, Offset: 16},
	}
	ok, failed := 0, 0
	for _, as := range ops {
		for _, from := range shapes {
			for _, to := range shapes {
				b := NewBuilder()
				b.Inst(as, from, to)
				if _, err := b.Assemble(); err != nil {
					failed++
				} else {
					ok++
				}
			}
		}
	}
	if ok == 0 || failed == 0 {
		t.Errorf("%d encoded, %d rejected: the matrix should contain both", ok, failed)
	}
}
