package amd64

import (
	"encoding/hex"
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"golang.org/x/arch/x86/x86asm"
)

// Encoder golden tests: each case builds a few instructions and compares
// the bytes with hex that was checked once against an independent
// disassembler. The disassembly (x86asm, GNU syntax) is checked on every
// run too, so a wrong golden value cannot hide. Runs on every host.

var printGolden = flag.Bool("print-golden", false, "print actual encodings for the golden table")

type goldenCase struct {
	name string
	emit func(b *Builder)
	hex  string
	asm  string // x86asm GNU syntax, instructions separated by "; "
}

var goldenCases = []goldenCase{
	{"movq reg reg", func(b *Builder) { b.Inst(x86.AMOVQ, Reg(x86.REG_AX), Reg(x86.REG_BX)) }, "4889c3", "mov %rax,%rbx"},
	{"movq load", func(b *Builder) { b.Inst(x86.AMOVQ, Mem(x86.REG_DI, 8), Reg(x86.REG_CX)) }, "488b4f08", "mov 0x8(%rdi),%rcx"},
	{"movq store", func(b *Builder) { b.Inst(x86.AMOVQ, Reg(x86.REG_R13), Mem(x86.REG_DI, 0x1000)) }, "4c89af00100000", "mov %r13,0x1000(%rdi)"},
	{"movq imm32", func(b *Builder) { b.Inst(x86.AMOVQ, Imm(-1), Reg(x86.REG_R8)) }, "49c7c0ffffffff", "mov $-0x1,%r8"},
	{"movq imm64", func(b *Builder) { b.Inst(x86.AMOVQ, Imm(0x123456789abcdef0), Reg(x86.REG_SI)) }, "48bef0debc9a78563412", "mov $0x123456789abcdef0,%rsi"},
	{"movq zero keeps flags", func(b *Builder) { b.Inst(x86.AMOVQ, Imm(0), Reg(x86.REG_AX)) }, "48c7c000000000", "mov $0x0,%rax"},
	{"movq index", func(b *Builder) { b.Inst(x86.AMOVQ, MemIndex(x86.REG_SI, x86.REG_CX, 8, 16), Reg(x86.REG_R11)) }, "4c8b5cce10", "mov 0x10(%rsi,%rcx,8),%r11"},
	{"leaq", func(b *Builder) { b.Inst(x86.ALEAQ, MemIndex(x86.REG_DI, x86.REG_AX, 4, -8), Reg(x86.REG_DX)) }, "488d5487f8", "lea -0x8(%rdi,%rax,4),%rdx"},
	{"addq", func(b *Builder) { b.Inst(x86.AADDQ, Reg(x86.REG_CX), Reg(x86.REG_R9)) }, "4901c9", "add %rcx,%r9"},
	{"addq imm8", func(b *Builder) { b.Inst(x86.AADDQ, Imm(1), Reg(x86.REG_BX)) }, "4883c301", "add $0x1,%rbx"},
	{"subq mem", func(b *Builder) { b.Inst(x86.ASUBQ, Mem(x86.REG_DI, 24), Reg(x86.REG_AX)) }, "482b4718", "sub 0x18(%rdi),%rax"},
	{"imulq", func(b *Builder) { b.Inst(x86.AIMULQ, Reg(x86.REG_R10), Reg(x86.REG_R12)) }, "4d0fafe2", "imul %r10,%r12"},
	{"imul3q", func(b *Builder) { b.Inst3(x86.AIMUL3Q, Imm(10), Reg(x86.REG_CX), Reg(x86.REG_DX)) }, "486bd10a", "imul $0xa,%rcx,%rdx"},
	{"cmpq", func(b *Builder) { b.Inst(x86.ACMPQ, Reg(x86.REG_AX), Reg(x86.REG_BX)) }, "4839d8", "cmp %rbx,%rax"},
	{"cmpq imm", func(b *Builder) { b.Inst(x86.ACMPQ, Mem(x86.REG_DI, 16), Imm(3)) }, "48837f1003", "cmpq $0x3,0x10(%rdi)"},
	{"poll", func(b *Builder) { b.Inst(x86.ACMPQ, Reg(x86.REG_SP), Mem(x86.REG_DX, 0)) }, "483b22", "cmp (%rdx),%rsp"},
	{"andq orq xorq", func(b *Builder) {
		b.Inst(x86.AANDQ, Imm(0xff), Reg(x86.REG_AX))
		b.Inst(x86.AORQ, Reg(x86.REG_AX), Reg(x86.REG_BX))
		b.Inst(x86.AXORQ, Reg(x86.REG_CX), Reg(x86.REG_CX))
	}, "4825ff0000004809c34831c9", "and $0xff,%rax; or %rax,%rbx; xor %rcx,%rcx"},
	{"shifts", func(b *Builder) {
		b.Inst(x86.ASHLQ, Imm(3), Reg(x86.REG_AX))
		b.Inst(x86.ASARQ, Reg(x86.REG_CX), Reg(x86.REG_BX))
		b.Inst(x86.ASHRQ, Imm(1), Reg(x86.REG_R13))
	}, "48c1e00348d3fb49d1ed", "shl $0x3,%rax; sar %cl,%rbx; shr %r13"},
	{"negq notq", func(b *Builder) {
		b.Inst(x86.ANEGQ, None(), Reg(x86.REG_SI))
		b.Inst(x86.ANOTQ, None(), Reg(x86.REG_SI))
	}, "48f7de48f7d6", "neg %rsi; not %rsi"},
	{"cqo idivq", func(b *Builder) {
		b.Op(x86.ACQO)
		b.Inst(x86.AIDIVQ, Reg(x86.REG_CX), None())
	}, "489948f7f9", "cqto; idiv %rcx"},
	{"setcc movzx", func(b *Builder) {
		b.Inst(x86.ASETLT, None(), Reg(x86.REG_AX))
		b.Inst(x86.AMOVBQZX, Reg(x86.REG_AX), Reg(x86.REG_AX))
	}, "0f9cc0480fb6c0", "setl %al; movzbq %al,%rax"},
	{"cmov", func(b *Builder) { b.Inst(x86.ACMOVQEQ, Reg(x86.REG_R8), Reg(x86.REG_R9)) }, "4d0f44c8", "cmove %r8,%r9"},
	{"sse", func(b *Builder) {
		b.Inst(x86.AMOVSD, Mem(x86.REG_DI, 8), Reg(x86.REG_X0))
		b.Inst(x86.AADDSD, Reg(x86.REG_X1), Reg(x86.REG_X0))
		b.Inst(x86.AMULSD, Reg(x86.REG_X2), Reg(x86.REG_X0))
		b.Inst(x86.ADIVSD, Reg(x86.REG_X3), Reg(x86.REG_X0))
		b.Inst(x86.AUCOMISD, Reg(x86.REG_X1), Reg(x86.REG_X0))
		b.Inst(x86.ACVTSQ2SD, Reg(x86.REG_AX), Reg(x86.REG_X14))
		b.Inst(x86.AMOVQ, Reg(x86.REG_X0), Reg(x86.REG_AX))
		b.Inst(x86.AMOVSD, Reg(x86.REG_X0), Mem(x86.REG_DI, 8))
	}, "f20f104708f20f58c1f20f59c2f20f5ec3660f2ec1f24c0f2af066480f7ec0f20f114708", "movsd 0x8(%rdi),%xmm0; addsd %xmm1,%xmm0; mulsd %xmm2,%xmm0; divsd %xmm3,%xmm0; ucomisd %xmm1,%xmm0; cvtsi2sd %rax,%xmm14; movq %xmm0,%rax; movsd %xmm0,0x8(%rdi)"},
	{"ret", func(b *Builder) { b.Op(obj.ARET) }, "c3", "retq"},
	{"short branch", func(b *Builder) {
		l := b.NewLabel()
		b.Jump(x86.AJOS, l)
		b.Inst(x86.AINCQ, None(), Reg(x86.REG_AX))
		b.Bind(l)
		b.Op(obj.ARET)
	}, "700348ffc0c3", "jo .+0x3; inc %rax; retq"},
	{"backward branch", func(b *Builder) {
		l := b.Label()
		b.Inst(x86.ADECQ, None(), Reg(x86.REG_CX))
		b.Jump(x86.AJNE, l)
		b.Jump(obj.AJMP, l)
	}, "48ffc975fbebf9", "dec %rcx; jne 0x0; jmp 0x0"},
	{"long branch", func(b *Builder) {
		l := b.NewLabel()
		b.Jump(x86.AJLS, l)
		for i := 0; i < 13; i++ {
			b.Inst(x86.AMOVQ, Imm(0x123456789abcdef0), Reg(x86.REG_SI))
		}
		b.Bind(l)
	}, "0f8682000000" + strings.Repeat("48bef0debc9a78563412", 13),
		"jbe .+0x82" + strings.Repeat("; mov $0x123456789abcdef0,%rsi", 13)},
}

func disasm(t *testing.T, code []byte) string {
	var out []string
	for pc := 0; pc < len(code); {
		inst, err := x86asm.Decode(code[pc:], 64)
		if err != nil {
			t.Fatalf("x86asm cannot decode at %#x: % x", pc, code[pc:])
		}
		out = append(out, x86asm.GNUSyntax(inst, uint64(pc), nil))
		pc += inst.Len
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
		got, text := hex.EncodeToString(code), disasm(t, code)
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
