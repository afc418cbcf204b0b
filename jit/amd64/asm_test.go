package amd64

import (
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
		{"illegal combination", func(b *Builder) { b.Inst(x86.AMOVQ, Mem(x86.REG_AX, 0), Mem(x86.REG_BX, 0)) }, "invalid instruction"},
		{"symbol operand", func(b *Builder) {
			b.Inst(x86.AMOVQ, obj.Addr{Type: obj.TYPE_MEM, Name: obj.NAME_EXTERN, Sym: sym}, Reg(x86.REG_AX))
		}, "symbol"},
		{"R14", func(b *Builder) { b.Inst(x86.AMOVQ, Reg(x86.REG_R14), Reg(x86.REG_AX)) }, "reserved"},
		{"X15", func(b *Builder) { b.Inst(x86.AMOVSD, Reg(x86.REG_X0), Reg(x86.REG_X15)) }, "reserved"},
		{"BP base", func(b *Builder) { b.Inst(x86.AMOVQ, Mem(x86.REG_BP, 8), Reg(x86.REG_AX)) }, "reserved"},
		{"SP written", func(b *Builder) { b.Inst(x86.AADDQ, Imm(8), Reg(x86.REG_SP)) }, "reserved"},
		{"SP memory", func(b *Builder) { b.Inst(x86.AMOVQ, Reg(x86.REG_AX), Mem(x86.REG_SP, 0)) }, "reserved"},
		{"TLS", func(b *Builder) { b.Inst(x86.AMOVQ, Mem(x86.REG_TLS, 0), Reg(x86.REG_AX)) }, "reserved"},
		{"foreign opcode", func(b *Builder) { b.Op(arm64.AADD) }, "invalid opcode"},
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

func TestAssembleTwice(t *testing.T) {
	b := NewBuilder()
	b.Op(obj.ARET)
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
	b.Inst(x86.AMOVQ, Imm(0x123456789abcdef0), Reg(x86.REG_AX)) // 10 bytes
	second := b.Label()
	b.Op(obj.ARET) // 1 byte
	third := b.Label()
	code, err := b.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	if first.Offset() != 0 || second.Offset() != 10 || third.Offset() != 11 || len(code) != 11 {
		t.Errorf("offsets %d %d %d, len %d", first.Offset(), second.Offset(), third.Offset(), len(code))
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
