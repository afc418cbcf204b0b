// Package exectest holds the execution tests that jit/amd64 and jit/arm64
// share: both generate JIT-NOTES.md's proof-of-concept trace
//
//	while i < n: total += i; i += 1
//
// over 16-byte slots {Tag uintptr; Bits uint64} (slot 0 = n, slot 1 =
// total, slot 2 = i), and these tests run it through the architecture's
// trampoline: results, guard and overflow exits, the stack-guard pointer,
// and GC liveness with the back-edge poll. Only test code imports it.
package exectest

import (
	"context"
	"math"
	"math/big"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/codemem"
)

// Slot is the test trace's slot layout.
type Slot struct {
	Tag  uintptr
	Bits uint64
}

const (
	// TagInt is the tag of an int slot: any small integer, since tags are
	// scalars to the GC.
	TagInt = 1
	// ExitGuard: the entry type guard failed, nothing written.
	ExitGuard = abi.FirstTraceExit
	// ExitOverflow: total+i overflowed; the pre-add state was written.
	ExitOverflow = abi.FirstTraceExit + 1
)

// SumTrace is the generated test trace with its entry points.
type SumTrace struct {
	Code        []byte
	Entry, Cont int64 // first entry, and re-entry after a preempt exit
}

// Arch is what a backend supplies: its trampoline, the trace generator
// (with or without the back-edge poll) and how long the GC liveness trace
// runs (native code is ~10x faster than qemu-user).
type Arch struct {
	Call           func(code uintptr, ctx *abi.Context) uint64
	Build          func(poll bool) (*SumTrace, error)
	LiveIterations int64
}

type loaded struct {
	blk         *codemem.Block
	entry, cont uintptr
	call        func(code uintptr, ctx *abi.Context) uint64
}

func load(t *testing.T, a Arch, poll bool) *loaded {
	t.Helper()
	tr, err := a.Build(poll)
	if err != nil {
		t.Fatal(err)
	}
	blk, err := codemem.Alloc(len(tr.Code))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(blk.Free)
	if err := blk.Write(tr.Code); err != nil {
		t.Fatal(err)
	}
	if err := blk.Seal(); err != nil {
		t.Fatal(err)
	}
	return &loaded{call: a.Call, blk: blk, entry: blk.Addr() + uintptr(tr.Entry), cont: blk.Addr() + uintptr(tr.Cont)}
}

// run drives the trace like the future JIT dispatcher: preempt exits call
// abi.PreemptPoint and re-enter at the continuation.
func (l *loaded) run(t *testing.T, ctx *abi.Context) (exit uint64, preempts int) {
	pc := l.entry
	for {
		if !l.blk.Enter() {
			t.Error("Enter failed on a live block")
			return ^uint64(0), preempts
		}
		exit = l.call(pc, ctx)
		l.blk.Leave()
		if exit != abi.ExitPreempt {
			return exit, preempts
		}
		preempts++
		abi.PreemptPoint()
		pc = l.cont
	}
}

func newState(n, total, i int64) ([]Slot, *abi.Context) {
	slots := []Slot{{TagInt, uint64(n)}, {TagInt, uint64(total)}, {TagInt, uint64(i)}}
	ctx := abi.NewContext()
	ctx.Slots = uintptr(unsafe.Pointer(&slots[0]))
	return slots, ctx
}

func SumLoop(t *testing.T, a Arch) {
	for _, poll := range []bool{false, true} {
		l := load(t, a, poll)
		for _, n := range []int64{0, 1, 2, 10, 1000, 1 << 20} {
			slots, ctx := newState(n, 0, 0)
			exit, _ := l.run(t, ctx)
			runtime.KeepAlive(slots)
			if exit != abi.ExitDone {
				t.Fatalf("poll=%v n=%d: exit %d", poll, n, exit)
			}
			if want := n * (n - 1) / 2; int64(slots[1].Bits) != want || int64(slots[2].Bits) != n {
				t.Errorf("poll=%v n=%d: total=%d i=%d, want %d %d", poll, n, slots[1].Bits, slots[2].Bits, want, n)
			}
		}
	}
}

func TypeGuardExit(t *testing.T, a Arch) {
	l := load(t, a, true)
	for s := 0; s < 3; s++ {
		slots, ctx := newState(10, 5, 3)
		slots[s].Tag = TagInt + 1
		exit, _ := l.run(t, ctx)
		runtime.KeepAlive(slots)
		if exit != ExitGuard {
			t.Fatalf("slot %d mistyped: exit %d, want %d", s, exit, ExitGuard)
		}
		if slots[1].Bits != 5 || slots[2].Bits != 3 {
			t.Errorf("guard exit wrote slots: %+v", slots)
		}
	}
}

// OverflowExit checks that an overflowing add exits with the state from
// before the add, from which Go finishes the loop with math/big (like the
// interpreter's int -> bigint promotion).
func OverflowExit(t *testing.T, a Arch) {
	l := load(t, a, true)
	start := int64(math.MaxInt64 - 10)
	slots, ctx := newState(100, start, 0)
	exit, _ := l.run(t, ctx)
	runtime.KeepAlive(slots)
	if exit != ExitOverflow {
		t.Fatalf("exit %d, want overflow %d", exit, ExitOverflow)
	}
	// 0+1+2+3+4 = 10 fits; adding 5 overflows.
	if int64(slots[1].Bits) != start+10 || slots[2].Bits != 5 {
		t.Fatalf("overflow state total=%d i=%d", int64(slots[1].Bits), slots[2].Bits)
	}
	if ctx.Aux[0] != slots[1].Bits || ctx.Aux[1] != 5 {
		t.Errorf("Aux = %v", ctx.Aux[:2])
	}
	total := big.NewInt(int64(slots[1].Bits))
	for i := int64(slots[2].Bits); i < 100; i++ {
		total.Add(total, big.NewInt(i))
	}
	// Value from python3.11: (2**63-1-10) + sum(range(100))
	if total.String() != "9223372036854780747" {
		t.Errorf("resumed total %s", total)
	}
}

// TrampolineStackGuard checks ctx.StackGuard: the trampoline stores
// &g.stackguard0, which is fixed for one goroutine and differs between
// goroutines.
func TrampolineStackGuard(t *testing.T, a Arch) {
	l := load(t, a, true)
	guard := func() uintptr {
		slots, ctx := newState(3, 0, 0)
		if exit, _ := l.run(t, ctx); exit != abi.ExitDone {
			t.Errorf("exit %d", exit)
		}
		runtime.KeepAlive(slots)
		return ctx.StackGuard
	}
	first, second := guard(), guard()
	other := make(chan uintptr)
	go func() { other <- guard() }()
	elsewhere := <-other
	if first == 0 || first != second || first == elsewhere || elsewhere == 0 {
		t.Errorf("&g.stackguard0: %#x, %#x on one goroutine, %#x on another", first, second, elsewhere)
	}
}

// GCLiveness runs a long trace while other goroutines force garbage
// collections (GOGC=1, a GC loop, concurrent allocation, CPU profiling).
// Without the back-edge poll the first runtime.GC would only return when
// the trace ends; with it several collections complete meanwhile.
func GCLiveness(t *testing.T, a Arch) {
	l := load(t, a, true)
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	if err := pprof.StartCPUProfile(discard{}); err == nil {
		defer pprof.StopCPUProfile()
	} else {
		t.Logf("CPU profiling unavailable: %v", err)
	}
	n := a.LiveIterations
	if testing.Short() {
		n /= 4
	}

	c, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // allocation pressure
		defer wg.Done()
		var keep [][]byte
		for c.Err() == nil {
			keep = append(keep, make([]byte, 1024))
			if len(keep) > 1000 {
				keep = nil
			}
		}
	}()

	var running atomic.Bool
	running.Store(true)
	type result struct {
		exit     uint64
		preempts int
		total    uint64
	}
	res := make(chan result, 1)
	started := make(chan struct{})
	go func() {
		slots, ctx := newState(n, 0, 0)
		close(started)
		exit, preempts := l.run(t, ctx)
		running.Store(false)
		res <- result{exit, preempts, slots[1].Bits}
	}()
	<-started
	begin := time.Now()
	time.Sleep(time.Millisecond)

	var during int
	var worst time.Duration
	for running.Load() {
		t0 := time.Now()
		runtime.GC()
		d := time.Since(t0)
		if running.Load() {
			during++
			worst = max(worst, d)
		}
	}
	r := <-res
	elapsed := time.Since(begin)
	stop()
	wg.Wait()
	if r.exit != abi.ExitDone || r.total != uint64(n*(n-1)/2) {
		t.Fatalf("exit %d total %d, want %d", r.exit, r.total, n*(n-1)/2)
	}
	t.Logf("%d iterations: %d GCs completed during the trace (worst %v), %d preempt exits", n, during, worst, r.preempts)
	if during < 2 || r.preempts == 0 {
		t.Errorf("GC did not make progress while the trace ran: %d GCs, %d preempt exits", during, r.preempts)
	}
	// A GC that had to wait for the trace would take most of its run; a
	// fixed bound would flake under qemu-user on a loaded machine.
	if worst > elapsed/4 {
		t.Errorf("runtime.GC took %v during a %v trace", worst, elapsed)
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
