package arm64

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// Builder error handling: every bad input must come back as an error from
// Assemble, never as a print, a panic or a silently wrong encoding.
func TestBuilderErrors(t *testing.T) {
	sym := &obj.LSym{Name: "runtime·x"}
	cases := []struct {
		name string
		emit func(b *Builder)
		want string
	}{
		{"illegal combination", func(b *Builder) { b.Inst(arm64.AMOVD, Mem(r1, 0), Mem(r2, 0)) }, "illegal combination"},
		{"symbol operand", func(b *Builder) {
			b.Inst(arm64.AMOVD, obj.Addr{Type: obj.TYPE_MEM, Name: obj.NAME_EXTERN, Sym: sym}, Reg(r1))
		}, "symbol"},
		{"R28 (g)", func(b *Builder) { b.Inst(arm64.AMOVD, Reg(arm64.REG_R28), Reg(r1)) }, "reserved"},
		{"R28 written", func(b *Builder) { b.Inst(arm64.AMOVD, Imm(0), Reg(arm64.REGG)) }, "reserved"},
		{"R18", func(b *Builder) { b.Inst3(arm64.AADD, Reg(r1), arm64.REG_R18, Reg(r2)) }, "reserved"},
		{"R27 (REGTMP)", func(b *Builder) { b.Inst(arm64.AMOVD, Reg(r1), Reg(arm64.REGTMP)) }, "reserved"},
		{"R29 base", func(b *Builder) { b.Inst(arm64.AMOVD, Mem(arm64.REGFP, 8), Reg(r1)) }, "reserved"},
		{"RSP written", func(b *Builder) { b.Inst(arm64.AMOVD, Reg(r1), Reg(arm64.REGSP)) }, "reserved"},
		{"RSP memory", func(b *Builder) { b.Inst(arm64.AMOVD, Reg(r1), Mem(arm64.REGSP, 0)) }, "reserved"},
		{"index R28", func(b *Builder) { b.Inst(arm64.AMOVD, MemIndex(r1, arm64.REG_R28, 3), Reg(r2)) }, "reserved"},
		{"shifted R28", func(b *Builder) { b.Inst3(arm64.AADD, Shifted(arm64.REG_R28, LSL, 1), r1, Reg(r2)) }, "reserved"},
		{"foreign opcode", func(b *Builder) { b.Op(x86.AMOVQ) }, "invalid opcode"},
		{"TEXT pseudo-op", func(b *Builder) { b.Op(obj.ATEXT) }, "invalid opcode"},
		{"unbound label", func(b *Builder) { b.Jump(obj.AJMP, b.NewLabel()) }, "never bound"},
		{"label bound twice", func(b *Builder) {
			l := b.Label()
			b.Bind(l)
		}, "bound twice"},
		{"foreign label", func(b *Builder) { b.Jump(obj.AJMP, NewBuilder().Label()) }, "another builder"},
	}
	for _, c := range cases {
		b := NewBuilder()
		c.emit(b)
		code, err := b.Assemble()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got code %x, err %v; want error containing %q", c.name, code, err, c.want)
		}
	}
}

// TestFirstInstructionKept guards golang-asm's arm64 trap: span7 never
// encodes the first Prog, so without our TEXT placeholder this would lose
// the MOVD.
func TestFirstInstructionKept(t *testing.T) {
	b := NewBuilder()
	b.Inst(arm64.AMOVD, Imm(7), Reg(r0))
	b.Ret()
	code, err := b.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	if got := disasm(code); got != "orr x0, xzr, #0x7; ret; pad; pad" {
		t.Errorf("got %q", got)
	}
}

func TestAssembleTwice(t *testing.T) {
	b := NewBuilder()
	b.Ret()
	if _, err := b.Assemble(); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Assemble(); err == nil {
		t.Error("second Assemble succeeded")
	}
	if code, err := NewBuilder().Assemble(); err != nil || len(code) != 0 {
		t.Errorf("empty builder: %x, %v", code, err)
	}
}

// TestLabelOffsets checks entry-point offsets taken from labels.
func TestLabelOffsets(t *testing.T) {
	b := NewBuilder()
	first := b.Label()
	b.Inst(arm64.AMOVD, Imm(0x123456789abcdef0), Reg(r1)) // 4 instructions
	second := b.Label()
	b.Ret()
	third := b.Label()
	code, err := b.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	if first.Offset() != 0 || second.Offset() != 16 || third.Offset() != 20 || len(code) != 32 {
		t.Errorf("offsets %d %d %d, len %d", first.Offset(), second.Offset(), third.Offset(), len(code))
	}
}

// TestLongBranch checks that a conditional branch beyond +-1 MiB is still
// encoded (golang-asm rewrites it around an unconditional B).
func TestLongBranch(t *testing.T) {
	b := NewBuilder()
	l := b.NewLabel()
	b.Jump(arm64.ABEQ, l)
	for i := 0; i < 300_000; i++ {
		b.Inst(arm64.AADD, Imm(1), Reg(r1))
	}
	b.Bind(l)
	b.Ret()
	code, err := b.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	if l.Offset() < 1<<20 {
		t.Fatalf("label at %d: test does not need a long branch", l.Offset())
	}
	// golang-asm inverts the condition around an unconditional B:
	// B.EQ far; B next; far: B label.
	head := disasm(code[:12])
	want := fmt.Sprintf("b.eq .+0x8; b .+0x8; b .+%#x", l.Offset()-8)
	if head != want {
		t.Errorf("long branch %q, want %q", head, want)
	}
	if got := disasm(code[l.Offset() : l.Offset()+4]); got != "ret" {
		t.Errorf("label lands on %q", got)
	}
}

// TestConcurrentBuilders assembles from many goroutines at once: run with
// -race to check that golang-asm's global tables are only read.
func TestConcurrentBuilders(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				b := NewBuilder()
				for _, c := range goldenCases {
					c.emit(b)
				}
				if _, err := b.Assemble(); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}
