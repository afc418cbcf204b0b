package amd64_test

import (
	"strings"
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"golang.org/x/arch/x86/x86asm"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/amd64"
	"github.com/pyjit/pyjit/jit/internal/exectest"
)

// This file generates the test trace of JIT-NOTES.md's proof of concept:
//
//	while i < n: total += i; i += 1
//
// over 16-byte slots {Tag uintptr; Bits uint64}: slot 0 = n, slot 1 =
// total, slot 2 = i. It is compiled on every host (its encoding is checked
// by TestTraceDisassembles) and executed by exec_amd64_test.go.

func buildSumTrace(poll bool) (*exectest.SumTrace, error) {
	var (
		R = amd64.Reg
		M = amd64.Mem
		I = amd64.Imm
	)
	const (
		ctx   = amd64.RegCtx
		guard = amd64.RegStackGuard
		base  = x86.REG_SI
		n     = x86.REG_CX
		total = x86.REG_BX
		i     = x86.REG_R8
		tmp   = x86.REG_R9
	)
	b := amd64.NewBuilder()
	guardExit, overflowExit, preemptExit, done := b.NewLabel(), b.NewLabel(), b.NewLabel(), b.NewLabel()

	entry := b.Label()
	b.Inst(x86.AMOVQ, M(ctx, abi.OffSlots), R(base))
	for s := int64(0); s < 3; s++ {
		b.Inst(x86.ACMPQ, M(base, 16*s), I(exectest.TagInt))
		b.Jump(x86.AJNE, guardExit)
	}
	cont := b.Label()
	b.Inst(x86.AMOVQ, M(ctx, abi.OffSlots), R(base))
	b.Inst(x86.AMOVQ, M(base, 8), R(n))
	b.Inst(x86.AMOVQ, M(base, 24), R(total))
	b.Inst(x86.AMOVQ, M(base, 40), R(i))
	loop := b.Label()
	b.Inst(x86.ACMPQ, R(i), R(n))
	b.Jump(x86.AJGE, done)
	b.Inst(x86.AMOVQ, R(total), R(tmp))
	b.Inst(x86.AADDQ, R(i), R(tmp))
	b.Jump(x86.AJOS, overflowExit)
	b.Inst(x86.AMOVQ, R(tmp), R(total))
	b.Inst(x86.AINCQ, amd64.None(), R(i))
	if poll {
		// Preemption poll: SP <= *stackguard0 means the runtime wants
		// this goroutine (stackguard0 = stackPreempt is huge).
		b.Inst(x86.ACMPQ, R(x86.REG_SP), M(guard, 0))
		b.Jump(x86.AJLS, preemptExit)
	}
	b.Jump(obj.AJMP, loop)

	writeBack := func(exit int64) {
		b.Inst(x86.AMOVQ, R(total), M(base, 24))
		b.Inst(x86.AMOVQ, R(i), M(base, 40))
		b.Inst(x86.AMOVQ, I(exit), R(amd64.RegExit))
		b.Op(obj.ARET)
	}
	b.Bind(done)
	writeBack(abi.ExitDone)
	b.Bind(overflowExit)
	// Hand the failed operands to Go through ctx.Aux as well.
	b.Inst(x86.AMOVQ, R(total), M(ctx, abi.AuxOff(0)))
	b.Inst(x86.AMOVQ, R(i), M(ctx, abi.AuxOff(1)))
	writeBack(exectest.ExitOverflow)
	b.Bind(preemptExit)
	writeBack(abi.ExitPreempt)
	b.Bind(guardExit)
	b.Inst(x86.AMOVQ, I(exectest.ExitGuard), R(amd64.RegExit))
	b.Op(obj.ARET)

	code, err := b.Assemble()
	if err != nil {
		return nil, err
	}
	return &exectest.SumTrace{Code: code, Entry: entry.Offset(), Cont: cont.Offset()}, nil
}

// TestTraceDisassembles runs on every host: the whole trace must decode
// (no stray bytes) and the entry points must start instructions.
func TestTraceDisassembles(t *testing.T) {
	for _, poll := range []bool{false, true} {
		tr, err := buildSumTrace(poll)
		if err != nil {
			t.Fatal(err)
		}
		starts := map[int]string{}
		var text []string
		for pc := 0; pc < len(tr.Code); {
			inst, err := x86asm.Decode(tr.Code[pc:], 64)
			if err != nil {
				t.Fatalf("poll=%v: undecodable at %#x", poll, pc)
			}
			s := x86asm.GNUSyntax(inst, uint64(pc), nil)
			starts[pc] = s
			text = append(text, s)
			pc += inst.Len
		}
		if starts[int(tr.Entry)] != "mov (%rdi),%rsi" || starts[int(tr.Cont)] != "mov (%rdi),%rsi" || tr.Cont == tr.Entry {
			t.Errorf("poll=%v: entry %d %q, cont %d %q", poll, tr.Entry, starts[int(tr.Entry)], tr.Cont, starts[int(tr.Cont)])
		}
		joined := strings.Join(text, "; ")
		if got := strings.Contains(joined, "cmp (%rdx),%rsp; jbe"); got != poll {
			t.Errorf("poll=%v but poll sequence present=%v:\n%s", poll, got, joined)
		}
		if !strings.Contains(joined, "jo ") {
			t.Errorf("no overflow guard:\n%s", joined)
		}
	}
}
