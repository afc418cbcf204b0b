//go:build linux && arm64

package arm64_test

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir/irtest"
)

// TestInterruptLoop stops a compiled loop that would run for hours: after
// the interrupt is raised, the next preempt exit must leave the trace at
// the loop head with a consistent state (total == i*(i-1) for
// `while i < n: total += i*2; i += 1`), from which the interpreter could
// resume.
func TestInterruptLoop(t *testing.T) {
	tested := 0
	for _, m := range passModes {
		c := compileTrace(t, irtest.SumLoop(realTags), m.opt)
		if pc, ok := c.InterruptPC(); !ok || pc != irtest.SumPCHead {
			// With fold and CSE the loop body starts with the
			// `i < n` guard, whose hand-built snapshot resumes after
			// the loop (not the recorder's convention): not a state
			// to stop in.
			t.Logf("%s: interrupt exit at pc %d (%v), not the loop head", m.name, pc, ok)
			continue
		}
		tested++
		n := int64(1) << 50
		slots := sumFrame(0, n, 0)
		ctx := abi.NewContext()
		ctx.Slots = uintptr(unsafe.Pointer(&slots[0]))
		var stop atomic.Bool
		done := make(chan struct{})
		go func() {
			time.Sleep(20 * time.Millisecond)
			stop.Store(true)
			// Preemption requests make the trace take its preempt exit.
			for {
				select {
				case <-done:
					return
				default:
					runtime.GC()
				}
			}
		}()
		exit, preempts, err := c.RunInterruptible(ctx, stop.Load)
		close(done)
		runtime.KeepAlive(slots)
		if err != nil {
			t.Fatal(err)
		}
		e, vals, err := c.Restore(ctx, exit)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vals {
			slots[v.Slot] = interp.Int(int64(v.Bits))
		}
		i, total := slots[irtest.SumI].AsInt(), slots[irtest.SumTotal].AsInt()
		t.Logf("%s: stopped after %d iterations, %d preempt exits", m.name, i, preempts)
		if e.PC != irtest.SumPCHead || e.Guard <= c.Trace.LoopRef() {
			t.Errorf("%s: left at pc %d guard %v, want the loop head's first guard", m.name, e.PC, e.Guard)
		}
		if i <= 0 || i >= n || total != i*(i-1) || slots[irtest.SumN].AsInt() != n {
			t.Errorf("%s: inconsistent state i=%d total=%d", m.name, i, total)
		}
	}
	if tested == 0 {
		t.Error("no pass mode gave SumLoop an interrupt exit at the loop head")
	}
}
