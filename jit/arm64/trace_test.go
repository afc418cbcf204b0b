package arm64_test

import (
	"encoding/binary"
	"regexp"
	"strings"
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
	"golang.org/x/arch/arm64/arm64asm"

	"github.com/pyjit/pyjit/jit/abi"
	jit "github.com/pyjit/pyjit/jit/arm64"
	"github.com/pyjit/pyjit/jit/internal/exectest"
)

// This file generates the test trace of JIT-NOTES.md's proof of concept:
//
//	while i < n: total += i; i += 1
//
// over 16-byte slots {Tag uintptr; Bits uint64}: slot 0 = n, slot 1 =
// total, slot 2 = i. It is compiled on every host and executed by
// exec_arm64_test.go (natively or under qemu-user).

func buildSumTrace(poll bool) (*exectest.SumTrace, error) {
	var (
		R = jit.Reg
		M = jit.Mem
		I = jit.Imm
	)
	const (
		ctx   = jit.RegCtx
		guard = jit.RegStackGuard
		base  = arm64.REG_R2
		n     = arm64.REG_R3
		total = arm64.REG_R4
		i     = arm64.REG_R5
		tmp   = arm64.REG_R6
		t1    = arm64.REG_R7
		t2    = arm64.REG_R8
	)
	b := jit.NewBuilder()
	guardExit, overflowExit, preemptExit, done := b.NewLabel(), b.NewLabel(), b.NewLabel(), b.NewLabel()

	entry := b.Label()
	b.Inst(arm64.AMOVD, M(ctx, abi.OffSlots), R(base))
	for s := int64(0); s < 3; s++ {
		b.Inst(arm64.AMOVD, M(base, 16*s), R(t1))
		b.Inst3(arm64.ACMP, I(exectest.TagInt), t1, jit.None())
		b.Jump(arm64.ABNE, guardExit)
	}
	cont := b.Label()
	b.Inst(arm64.AMOVD, M(ctx, abi.OffSlots), R(base))
	b.Inst(arm64.AMOVD, M(base, 8), R(n))
	b.Inst(arm64.AMOVD, M(base, 24), R(total))
	b.Inst(arm64.AMOVD, M(base, 40), R(i))
	loop := b.Label()
	b.Inst3(arm64.ACMP, R(n), i, jit.None()) // flags from i - n
	b.Jump(arm64.ABGE, done)
	b.Inst3(arm64.AADDS, R(i), total, R(tmp))
	b.Jump(arm64.ABVS, overflowExit)
	b.Inst(arm64.AMOVD, R(tmp), R(total))
	b.Inst(arm64.AADD, I(1), R(i))
	if poll {
		// Preemption poll: SP <= *stackguard0 means the runtime wants
		// this goroutine (stackguard0 = stackPreempt is huge).
		b.Inst(arm64.AMOVD, R(arm64.REG_RSP), R(t1))
		b.Inst(arm64.AMOVD, M(guard, 0), R(t2))
		b.Inst3(arm64.ACMP, R(t2), t1, jit.None()) // flags from SP - guard
		b.Jump(arm64.ABLS, preemptExit)
	}
	b.Jump(obj.AJMP, loop)

	writeBack := func(exit int64) {
		b.Inst(arm64.AMOVD, R(total), M(base, 24))
		b.Inst(arm64.AMOVD, R(i), M(base, 40))
		b.Inst(arm64.AMOVD, I(exit), R(jit.RegExit))
		b.Ret()
	}
	b.Bind(done)
	writeBack(abi.ExitDone)
	b.Bind(overflowExit)
	// Hand the failed operands to Go through ctx.Aux as well.
	b.Inst(arm64.AMOVD, R(total), M(ctx, abi.AuxOff(0)))
	b.Inst(arm64.AMOVD, R(i), M(ctx, abi.AuxOff(1)))
	writeBack(exectest.ExitOverflow)
	b.Bind(preemptExit)
	writeBack(abi.ExitPreempt)
	b.Bind(guardExit)
	b.Inst(arm64.AMOVD, I(exectest.ExitGuard), R(jit.RegExit))
	b.Ret()

	code, err := b.Assemble()
	if err != nil {
		return nil, err
	}
	return &exectest.SumTrace{Code: code, Entry: entry.Offset(), Cont: cont.Offset()}, nil
}

// reservedRe finds reserved registers: x18, x26-x29 anywhere, SP as a
// memory base or as a destination (reading it, as the poll does, is fine).
var reservedRe = regexp.MustCompile(`\b[xw](18|26|27|28|29)\b|\[sp|(^|; )\S+ sp,`)

// TestTraceDisassembles runs on every host: the whole trace must decode
// and the entry points must be the expected instructions.
func TestTraceDisassembles(t *testing.T) {
	for _, poll := range []bool{false, true} {
		tr, err := buildSumTrace(poll)
		if err != nil {
			t.Fatal(err)
		}
		var text []string
		for pc := 0; pc+4 <= len(tr.Code); pc += 4 {
			if binary.LittleEndian.Uint32(tr.Code[pc:]) == 0 {
				text = append(text, "pad")
				continue
			}
			inst, err := arm64asm.Decode(tr.Code[pc:])
			if err != nil {
				t.Fatalf("poll=%v: undecodable at %#x", poll, pc)
			}
			text = append(text, arm64asm.GNUSyntax(inst))
		}
		at := func(off int64) string { return text[off/4] }
		if at(tr.Entry) != "ldr x2, [x0]" || at(tr.Cont) != "ldr x2, [x0]" || tr.Cont == tr.Entry {
			t.Errorf("poll=%v: entry %d %q, cont %d %q", poll, tr.Entry, at(tr.Entry), tr.Cont, at(tr.Cont))
		}
		joined := strings.Join(text, "; ")
		if got := strings.Contains(joined, "mov x7, sp; ldr x8, [x1]; cmp x7, x8; b.ls"); got != poll {
			t.Errorf("poll=%v but poll sequence present=%v:\n%s", poll, got, joined)
		}
		if !strings.Contains(joined, "b.vs") {
			t.Errorf("no overflow guard:\n%s", joined)
		}
		if bad := reservedRe.FindString(joined); bad != "" {
			t.Errorf("trace names reserved register %s", bad)
		}
	}
}
