package arm64

import (
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
)

// TestOperandMatrix assembles every pairing of common opcodes with every
// operand shape (and middle register), valid or not. Each must either
// encode or return an error: a panic escaping, or golang-asm's log.Fatalf
// (which would kill the test binary), fails the test.
func TestOperandMatrix(t *testing.T) {
	ops := []obj.As{
		arm64.AMOVD, arm64.AMOVW, arm64.AMOVB, arm64.AMOVBU, arm64.AADD, arm64.AADDS, arm64.ASUB,
		arm64.ASUBS, arm64.AMUL, arm64.ASDIV, arm64.ASMULH, arm64.ACMP, arm64.ATST, arm64.AAND,
		arm64.AORR, arm64.AEOR, arm64.ALSL, arm64.AASR, arm64.ANEG, arm64.AMVN, arm64.ACSET,
		arm64.ACSEL, arm64.AFMOVD, arm64.AFADDD, arm64.AFCMPD, arm64.ASCVTFD, arm64.AFCVTZSD,
		arm64.ALDP, arm64.ASTP, arm64.ABEQ, arm64.ACBZ, obj.AJMP, obj.ACALL, obj.ARET, obj.ANOP,
		arm64.AWORD, arm64.ADWORD, arm64.AMRS, arm64.ADMB,
	}
	shapes := []obj.Addr{
		None(), Reg(r1), Reg(arm64.REGZERO), Reg(f1), Reg(arm64.COND_EQ), Imm(0), Imm(-200),
		Imm(0x123456789), Imm(1 << 62), Mem(r0, 8), Mem(r0, -300), Mem(r0, 1<<20), MemIndex(r0, r2, 3),
		Shifted(r3, ASR, 7), {Type: obj.TYPE_FCONST, Val: 1.5}, {Type: obj.TYPE_ADDR, Reg: r0, Offset: 16},
	}
	ok, failed := 0, 0
	for _, as := range ops {
		for _, from := range shapes {
			for _, to := range shapes {
				for _, reg := range []int16{0, r2} {
					b := NewBuilder()
					b.Inst3(as, from, reg, to)
					if _, err := b.Assemble(); err != nil {
						failed++
					} else {
						ok++
					}
				}
			}
		}
	}
	if ok == 0 || failed == 0 {
		t.Errorf("%d encoded, %d rejected: the matrix should contain both", ok, failed)
	}
}
