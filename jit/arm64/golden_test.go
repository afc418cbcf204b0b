package arm64

import (
	"encoding/binary"
	"encoding/hex"
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
	"golang.org/x/arch/arm64/arm64asm"
)

// Encoder golden tests: each case builds a few instructions and compares
// the bytes with hex that was checked once against independent
// disassemblers (arm64asm and aarch64-linux-gnu-objdump). The arm64asm
// disassembly is checked on every run too, so a wrong golden value cannot
// hide. Runs on every host. Trailing zero words are golang-asm's 16-byte
// padding.

var printGolden = flag.Bool("print-golden", false, "print actual encodings for the golden table")

type goldenCase struct {
	name string
	emit func(b *Builder)
	hex  string
	asm  string // arm64asm GNU syntax, instructions separated by "; "
}

const (
	r0, r1, r2, r3, r4 = arm64.REG_R0, arm64.REG_R1, arm64.REG_R2, arm64.REG_R3, arm64.REG_R4
	r9, r19, r25       = arm64.REG_R9, arm64.REG_R19, arm64.REG_R25
	f0, f1, f2         = arm64.REG_F0, arm64.REG_F1, arm64.REG_F2
)

var goldenCases = []goldenCase{
	{"mov reg", func(b *Builder) { b.Inst(arm64.AMOVD, Reg(r1), Reg(r2)) }, "e20301aa000000000000000000000000", "mov x2, x1; pad; pad; pad"},
	{"load", func(b *Builder) { b.Inst(arm64.AMOVD, Mem(r0, 8), Reg(r3)) }, "030440f9000000000000000000000000", "ldr x3, [x0,#8]; pad; pad; pad"},
	{"store", func(b *Builder) { b.Inst(arm64.AMOVD, Reg(r25), Mem(r0, 4096)) }, "190008f9000000000000000000000000", "str x25, [x0,#4096]; pad; pad; pad"},
	{"load unscaled", func(b *Builder) { b.Inst(arm64.AMOVD, Mem(r0, -8), Reg(r3)) }, "03805ff8000000000000000000000000", "ldur x3, [x0,#-8]; pad; pad; pad"},
	{"load index", func(b *Builder) { b.Inst(arm64.AMOVD, MemIndex(r0, r2, 3), Reg(r4)) }, "047862f8000000000000000000000000", "ldr x4, [x0,x2,lsl #3]; pad; pad; pad"},
	{"mov imm16", func(b *Builder) { b.Inst(arm64.AMOVD, Imm(0x1234), Reg(r9)) }, "894682d2000000000000000000000000", "mov x9, #0x1234; pad; pad; pad"},
	{"mov imm -1", func(b *Builder) { b.Inst(arm64.AMOVD, Imm(-1), Reg(r9)) }, "09008092000000000000000000000000", "mov x9, #0xffffffffffffffff; pad; pad; pad"},
	{"mov imm64", func(b *Builder) { b.Inst(arm64.AMOVD, Imm(0x123456789abcdef0), Reg(r9)) }, "09de9bd28957b3f209cfcaf28946e2f2", "mov x9, #0xdef0; movk x9, #0x9abc, lsl #16; movk x9, #0x5678, lsl #32; movk x9, #0x1234, lsl #48"},
	{"add", func(b *Builder) { b.Inst3(arm64.AADD, Reg(r1), r2, Reg(r3)) }, "4300018b000000000000000000000000", "add x3, x2, x1; pad; pad; pad"},
	{"add imm", func(b *Builder) { b.Inst(arm64.AADD, Imm(1), Reg(r19)) }, "73060091000000000000000000000000", "add x19, x19, #0x1; pad; pad; pad"},
	{"adds sub subs", func(b *Builder) {
		b.Inst3(arm64.AADDS, Reg(r1), r2, Reg(r3))
		b.Inst3(arm64.ASUB, Imm(16), r2, Reg(r3))
		b.Inst3(arm64.ASUBS, Reg(r4), r2, Reg(r3))
	}, "430001ab434000d1430004eb00000000", "adds x3, x2, x1; sub x3, x2, #0x10; subs x3, x2, x4; pad"},
	{"add shifted", func(b *Builder) { b.Inst3(arm64.AADD, Shifted(r1, LSL, 4), r2, Reg(r3)) }, "4310018b000000000000000000000000", "add x3, x2, x1, lsl #4; pad; pad; pad"},
	{"mul sdiv", func(b *Builder) {
		b.Inst3(arm64.AMUL, Reg(r1), r2, Reg(r3))
		b.Inst3(arm64.ASDIV, Reg(r1), r2, Reg(r3))
		b.Inst3(arm64.ASMULH, Reg(r1), r2, Reg(r3))
	}, "437c019b430cc19a437c419b00000000", "mul x3, x2, x1; sdiv x3, x2, x1; smulh x3, x2, x1; pad"},
	{"logic", func(b *Builder) {
		b.Inst3(arm64.AAND, Imm(0xff), r1, Reg(r2))
		b.Inst3(arm64.AORR, Reg(r1), r2, Reg(r3))
		b.Inst3(arm64.AEOR, Reg(r1), r2, Reg(r3))
	}, "221c4092430001aa430001ca00000000", "and x2, x1, #0xff; orr x3, x2, x1; eor x3, x2, x1; pad"},
	{"shifts", func(b *Builder) {
		b.Inst3(arm64.ALSL, Imm(3), r1, Reg(r2))
		b.Inst3(arm64.AASR, Reg(r3), r1, Reg(r2))
		b.Inst3(arm64.ALSR, Imm(1), r1, Reg(r2))
	}, "22f07dd32228c39a22fc41d300000000", "lsl x2, x1, #3; asr x2, x1, x3; lsr x2, x1, #1; pad"},
	{"neg mvn", func(b *Builder) {
		b.Inst(arm64.ANEG, Reg(r1), Reg(r2))
		b.Inst(arm64.AMVN, Reg(r1), Reg(r2))
	}, "e20301cbe20321aa0000000000000000", "neg x2, x1; mvn x2, x1; pad; pad"},
	{"cmp", func(b *Builder) { b.Inst3(arm64.ACMP, Reg(r1), r2, None()) }, "5f0001eb000000000000000000000000", "cmp x2, x1; pad; pad; pad"},
	{"cmp imm", func(b *Builder) { b.Inst3(arm64.ACMP, Imm(3), r2, None()) }, "5f0c00f1000000000000000000000000", "cmp x2, #0x3; pad; pad; pad"},
	{"zero imm", func(b *Builder) {
		b.Inst3(arm64.ACMP, Imm(0), r2, None())
		b.Inst3(arm64.AADD, Imm(0), r2, Reg(r3))
		b.Inst(arm64.AMOVD, Imm(0), Reg(r4))
	}, "5f001feb43001f8b040080d200000000", "cmp x2, xzr; add x3, x2, xzr; mov x4, #0x0; pad"},
	{"cset", func(b *Builder) { b.Inst(arm64.ACSET, Reg(arm64.COND_LT), Reg(r1)) }, "e1a79f9a000000000000000000000000", "cset x1, lt; pad; pad; pad"},
	{"poll", func(b *Builder) {
		b.Inst(arm64.AMOVD, Reg(arm64.REG_RSP), Reg(r2))
		b.Inst(arm64.AMOVD, Mem(r1, 0), Reg(r3))
		b.Inst3(arm64.ACMP, Reg(r3), r2, None())
	}, "e2030091230040f95f0003eb00000000", "mov x2, sp; ldr x3, [x1]; cmp x2, x3; pad"},
	{"float", func(b *Builder) {
		b.Inst(arm64.AFMOVD, Mem(r0, 8), Reg(f0))
		b.Inst3(arm64.AFADDD, Reg(f1), f0, Reg(f2))
		b.Inst3(arm64.AFMULD, Reg(f1), f0, Reg(f2))
		b.Inst3(arm64.AFDIVD, Reg(f1), f0, Reg(f2))
		b.Inst3(arm64.AFCMPD, Reg(f1), f0, None())
		b.Inst(arm64.ASCVTFD, Reg(r1), Reg(f0))
		b.Inst(arm64.AFMOVD, Reg(f0), Reg(r1))
		b.Inst(arm64.AFMOVD, Reg(f0), Mem(r0, 8))
	}, "000440fd0228611e0208611e0218611e0020611e2000629e0100669e000400fd", "ldr d0, [x0,#8]; fadd d2, d0, d1; fmul d2, d0, d1; fdiv d2, d0, d1; fcmp d0, d1; scvtf d0, x1; fmov x1, d0; str d0, [x0,#8]"},
	{"ret", func(b *Builder) { b.Ret() }, "c0035fd6000000000000000000000000", "ret; pad; pad; pad"},
	{"word", func(b *Builder) { b.Word(0xd50b7527) }, "27750bd5000000000000000000000000", ".inst 0xd50b7527; pad; pad; pad"},
	{"forward branch", func(b *Builder) {
		l := b.NewLabel()
		b.Jump(arm64.ABVS, l)
		b.Inst(arm64.AADD, Imm(1), Reg(r0))
		b.Bind(l)
		b.Ret()
	}, "4600005400040091c0035fd600000000", "b.vs .+0x8; add x0, x0, #0x1; ret; pad"},
	{"backward branch", func(b *Builder) {
		l := b.Label()
		b.Inst3(arm64.ASUBS, Imm(1), r1, Reg(r1))
		b.Jump(arm64.ABNE, l)
		b.JumpReg(arm64.ACBZ, r2, l)
		b.Jump(obj.AJMP, l)
	}, "210400f1e1ffff54c2ffffb4fdffff17", "subs x1, x1, #0x1; b.ne .+0xfffffffffffffffc; cbz x2, .+0xfffffffffffffff8; b .+0xfffffffffffffff4"},
}

func disasm(code []byte) string {
	var out []string
	for pc := 0; pc+4 <= len(code); pc += 4 {
		if binary.LittleEndian.Uint32(code[pc:]) == 0 {
			out = append(out, "pad")
			continue
		}
		inst, err := arm64asm.Decode(code[pc:])
		if err != nil {
			// arm64asm lacks some system instructions (IC IVAU).
			out = append(out, fmt.Sprintf(".inst %#x", binary.LittleEndian.Uint32(code[pc:])))
			continue
		}
		out = append(out, arm64asm.GNUSyntax(inst))
	}
	return strings.Join(out, "; ")
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		b := NewBuilder()
		c.emit(b)
		code, err := b.Assemble()
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if len(code)%16 != 0 {
			t.Errorf("%s: %d bytes, not padded to 16", c.name, len(code))
		}
		got, text := hex.EncodeToString(code), disasm(code)
		if *printGolden {
			fmt.Printf("%s\n\t%q, %q\n", c.name, got, text)
			continue
		}
		if got != c.hex {
			t.Errorf("%s: bytes %s, want %s", c.name, got, c.hex)
		}
		if text != c.asm {
			t.Errorf("%s: disassembles to %q, want %q", c.name, text, c.asm)
		}
	}
}
