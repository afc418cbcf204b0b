//go:build linux && arm64

package arm64_test

import (
	"math"
	"math/big"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/arm64"
	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/jit/ir/irtest"
)

// Execution tests of compiled IR traces over a real []interp.Value frame.

var realTags = irtest.Tags{
	Int:   uintptr(unsafe.Pointer(&interp.IntTag)),
	Float: uintptr(unsafe.Pointer(&interp.FloatTag)),
	Bool:  uintptr(unsafe.Pointer(&interp.BoolTag)),
}

var passModes = []struct {
	name string
	opt  ir.Options
}{{"off", ir.Options{}}, {"on", ir.AllPasses}}

func compileTrace(t *testing.T, tr *ir.Trace, opt ir.Options) *arm64.Compiled {
	t.Helper()
	o, err := ir.Optimize(tr, opt)
	if err != nil {
		t.Fatal(err)
	}
	c, err := arm64.Compile(o)
	if err != nil {
		t.Fatalf("%v\n%s", err, o)
	}
	t.Cleanup(c.Free)
	return c
}

// runFrame runs c over slots and writes the exit's values back into
// slots, as the interpreter's exit handler will.
func runFrame(t *testing.T, c *arm64.Compiled, slots []interp.Value) (*arm64.Exit, int) {
	t.Helper()
	ctx := abi.NewContext()
	ctx.Slots = uintptr(unsafe.Pointer(&slots[0]))
	exit, preempts, err := c.Run(ctx)
	runtime.KeepAlive(slots)
	if err != nil {
		t.Fatal(err)
	}
	e, vals, err := c.Restore(ctx, exit)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vals {
		switch v.Type {
		case ir.TInt:
			slots[v.Slot] = interp.Int(int64(v.Bits))
		case ir.TFloat:
			slots[v.Slot] = interp.Float(math.Float64frombits(v.Bits))
		case ir.TBool:
			slots[v.Slot] = interp.Bool(v.Bits != 0)
		default:
			t.Fatalf("unexpected %v value in slot %d", v.Type, v.Slot)
		}
	}
	return e, preempts
}

func sumFrame(i, n, total int64) []interp.Value {
	s := make([]interp.Value, 3)
	s[irtest.SumI], s[irtest.SumN], s[irtest.SumTotal] = interp.Int(i), interp.Int(n), interp.Int(total)
	return s
}

func TestCompiledSumLoop(t *testing.T) {
	for _, m := range passModes {
		c := compileTrace(t, irtest.SumLoop(realTags), m.opt)
		for _, n := range []int64{0, 1, 2, 3, 10, 1000, 1 << 20} {
			slots := sumFrame(0, n, 0)
			e, _ := runFrame(t, c, slots)
			// while i < n: total += i*2; i += 1   (python3.11: n*(n-1))
			want := n * (n - 1)
			if n == 0 {
				want = 0
			}
			if e.PC != irtest.SumPCExit || slots[0].AsInt() != max(n, 0) || slots[2].AsInt() != want {
				t.Errorf("%s n=%d: pc %d i=%d total=%d, want pc %d i=%d total=%d", m.name, n,
					e.PC, slots[0].AsInt(), slots[2].AsInt(), irtest.SumPCExit, n, want)
			}
		}
	}
}

// TestCompiledSumOverflow: total overflows int64; the exit leaves the
// state from before the failing operation and Go finishes the loop with
// math/big like the interpreter's int promotion would.
func TestCompiledSumOverflow(t *testing.T) {
	for _, m := range passModes {
		c := compileTrace(t, irtest.SumLoop(realTags), m.opt)
		start := int64(math.MaxInt64 - 100)
		slots := sumFrame(0, 1000, start)
		e, _ := runFrame(t, c, slots)
		// 0+2+4+...+18 = 90 fits, +20 overflows: stop before i=10's add.
		if e.PC != irtest.SumPCBody || slots[0].AsInt() != 10 || slots[2].AsInt() != start+90 {
			t.Fatalf("%s: exit pc %d i=%d total=%d", m.name, e.PC, slots[0].AsInt(), slots[2].AsInt())
		}
		total := big.NewInt(slots[2].AsInt())
		for i := slots[0].AsInt(); i < 1000; i++ {
			total.Add(total, big.NewInt(i*2))
		}
		// python3.11 -c "t=2**63-1-100
		// for i in range(1000): t += i*2
		// print(t)"
		if got := total.String(); got != "9223372036855774707" {
			t.Errorf("%s: resumed total %s", m.name, got)
		}
	}
}

// TestCompiledTypeGuard: a float where an int was expected exits at the
// loop head before anything changed; a float appearing later (the
// interpreter changed n between runs) exits at the right snapshot too.
func TestCompiledTypeGuard(t *testing.T) {
	for _, m := range passModes {
		c := compileTrace(t, irtest.SumLoop(realTags), m.opt)
		for slot := 0; slot < 3; slot++ {
			slots := sumFrame(3, 10, 5)
			slots[slot] = interp.Float(2.5)
			e, _ := runFrame(t, c, slots)
			wantPC := int32(irtest.SumPCHead)
			if slot == irtest.SumTotal {
				wantPC = irtest.SumPCBody
			}
			if e.PC != wantPC || !slots[slot].IsFloat() || slots[slot].AsFloat() != 2.5 {
				t.Errorf("%s slot %d: exit pc %d, want %d; slots %v", m.name, slot, e.PC, wantPC, slots)
			}
			for s := range slots {
				if s != slot && slots[s] != sumFrame(3, 10, 5)[s] {
					t.Errorf("%s slot %d: slot %d changed to %v", m.name, slot, s, slots[s])
				}
			}
		}
	}
}

func TestCompiledFloatKernel(t *testing.T) {
	init := irtest.KernelState{X1: 0, Y1: 0, VX1: 0.01, VY1: -0.02, X2: 1.5, Y2: 0.25,
		VX2: -0.03, VY2: 0.5, M1: 1.0, M2: 3.0e-3, DT: 0.01, Acc: 0.125, I: 0, N: 0}
	for _, m := range passModes {
		c := compileTrace(t, irtest.FloatKernel(realTags), m.opt)
		for _, n := range []int64{0, 1, 2, 7, 1000} {
			want := init
			want.N = n
			for want.I < want.N {
				want.Step()
			}
			s := init
			s.N = n
			slots := kernelFrame(s)
			e, _ := runFrame(t, c, slots)
			got := fromKernelFrame(slots)
			if e.PC != irtest.KPCExit || got != want {
				t.Errorf("%s n=%d: exit pc %d\n got %+v\nwant %+v", m.name, n, e.PC, got, want)
			}
		}
	}
}

func kernelFrame(s irtest.KernelState) []interp.Value {
	f := interp.Float
	return []interp.Value{
		irtest.KX1: f(s.X1), irtest.KY1: f(s.Y1), irtest.KVX1: f(s.VX1), irtest.KVY1: f(s.VY1),
		irtest.KX2: f(s.X2), irtest.KY2: f(s.Y2), irtest.KVX2: f(s.VX2), irtest.KVY2: f(s.VY2),
		irtest.KM1: f(s.M1), irtest.KM2: f(s.M2), irtest.KDT: f(s.DT), irtest.KAcc: f(s.Acc),
		irtest.KI: interp.Int(s.I), irtest.KN: interp.Int(s.N),
	}
}

func fromKernelFrame(v []interp.Value) irtest.KernelState {
	return irtest.KernelState{
		X1: v[irtest.KX1].AsFloat(), Y1: v[irtest.KY1].AsFloat(),
		VX1: v[irtest.KVX1].AsFloat(), VY1: v[irtest.KVY1].AsFloat(),
		X2: v[irtest.KX2].AsFloat(), Y2: v[irtest.KY2].AsFloat(),
		VX2: v[irtest.KVX2].AsFloat(), VY2: v[irtest.KVY2].AsFloat(),
		M1: v[irtest.KM1].AsFloat(), M2: v[irtest.KM2].AsFloat(),
		DT: v[irtest.KDT].AsFloat(), Acc: v[irtest.KAcc].AsFloat(),
		I: v[irtest.KI].AsInt(), N: v[irtest.KN].AsInt(),
	}
}

// TestSlotLayout keeps ir's slot constants equal to interp's Value layout.
func TestSlotLayout(t *testing.T) {
	if ir.SlotSize != interp.ValueSize || ir.SlotRefOffset != interp.ValueRefOffset ||
		ir.SlotBitsOffset != interp.ValueBitsOffs {
		t.Fatal("ir slot layout differs from interp.Value")
	}
}

// TestCompiledGCLiveness runs a long compiled loop while another goroutine
// forces collections: the back-edge poll must let them finish, and the
// preempt exits must not disturb the result.
func TestCompiledGCLiveness(t *testing.T) {
	c := compileTrace(t, irtest.SumLoop(realTags), ir.AllPasses)
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	n := int64(100_000_000) // about 5 ns per iteration under qemu-user
	if testing.Short() {
		n /= 4
	}
	var running atomic.Bool
	running.Store(true)
	var wg sync.WaitGroup
	wg.Add(1)
	var (
		preempts int
		exit     uint64
		err      error
	)
	slots := sumFrame(0, n, 0)
	ctx := abi.NewContext()
	ctx.Slots = uintptr(unsafe.Pointer(&slots[0]))
	go func() {
		defer wg.Done()
		defer running.Store(false)
		exit, preempts, err = c.Run(ctx)
	}()
	begin := time.Now()
	time.Sleep(time.Millisecond)
	during, worst := 0, time.Duration(0)
	for running.Load() {
		t0 := time.Now()
		runtime.GC()
		if running.Load() {
			during++
			worst = max(worst, time.Since(t0))
		}
	}
	wg.Wait()
	elapsed := time.Since(begin)
	if err != nil {
		t.Fatal(err)
	}
	_, vals, err := c.Restore(ctx, exit)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vals {
		slots[v.Slot] = interp.Int(int64(v.Bits))
	}
	if slots[2].AsInt() != n*(n-1) || slots[0].AsInt() != n {
		t.Fatalf("i=%d total=%d, want %d %d", slots[0].AsInt(), slots[2].AsInt(), n, n*(n-1))
	}
	t.Logf("%d iterations: %d GCs during the trace (worst %v), %d preempt exits", n, during, worst, preempts)
	if during < 2 || preempts == 0 {
		t.Errorf("GC did not make progress: %d GCs, %d preempt exits", during, preempts)
	}
	// A GC that had to wait for the trace would take most of its run (a
	// fixed bound would flake under qemu-user on a loaded machine).
	if worst > elapsed/4 {
		t.Errorf("runtime.GC took %v during a %v trace", worst, elapsed)
	}
}

// TestCompiledFib runs Fibonacci until a+b overflows, then finishes in
// math/big; also the swap loop, whose PHI moves form a cycle.
func TestCompiledFib(t *testing.T) {
	for _, m := range passModes {
		c := compileTrace(t, irtest.FibLoop(realTags, false), m.opt)
		slots := []interp.Value{interp.Int(0), interp.Int(100), interp.Int(0), interp.Int(1)}
		e, _ := runFrame(t, c, slots)
		a, b := big.NewInt(slots[2].AsInt()), big.NewInt(slots[3].AsInt())
		if e.PC != 0 || slots[0].AsInt() != 91 {
			t.Errorf("%s: exit pc %d at i=%d", m.name, e.PC, slots[0].AsInt())
		}
		for i := slots[0].AsInt(); i < 100; i++ {
			a, b = b, new(big.Int).Add(a, b)
		}
		// python3.11: a,b=0,1; for _ in range(100): a,b=b,a+b; print(a,b)
		if a.String() != "354224848179261915075" || b.String() != "573147844013817084101" {
			t.Errorf("%s: a=%s b=%s", m.name, a, b)
		}
		c = compileTrace(t, irtest.FibLoop(realTags, true), m.opt)
		for _, n := range []int64{0, 1, 2, 5, 10} {
			slots := []interp.Value{interp.Int(0), interp.Int(n), interp.Int(7), interp.Int(-9)}
			runFrame(t, c, slots)
			wa, wb := int64(7), int64(-9)
			if n%2 == 1 {
				wa, wb = wb, wa
			}
			if slots[2].AsInt() != wa || slots[3].AsInt() != wb || slots[0].AsInt() != n {
				t.Errorf("%s swap n=%d: %v", m.name, n, slots)
			}
		}
	}
}

// TestCompiledCompares runs every compare guard on ints and floats
// (including NaN, where only != holds, as in Python) and checks whether
// it passed against Go's own comparison.
func TestCompiledCompares(t *testing.T) {
	nan := math.NaN()
	fpairs := [][2]float64{{1, 2}, {2, 1}, {1, 1}, {nan, 1}, {1, nan}, {math.Inf(-1), -0.0}, {0.0, math.Copysign(0, -1)}}
	ipairs := [][2]int64{{1, 2}, {2, 1}, {5, 5}, {-1, 1}, {math.MinInt64, math.MaxInt64}}
	fcmp := map[ir.Op]func(a, b float64) bool{
		ir.EQ: func(a, b float64) bool { return a == b }, ir.NE: func(a, b float64) bool { return a != b },
		ir.LT: func(a, b float64) bool { return a < b }, ir.LE: func(a, b float64) bool { return a <= b },
		ir.GT: func(a, b float64) bool { return a > b }, ir.GE: func(a, b float64) bool { return a >= b },
	}
	icmp := map[ir.Op]func(a, b int64) bool{
		ir.EQ: func(a, b int64) bool { return a == b }, ir.NE: func(a, b int64) bool { return a != b },
		ir.LT: func(a, b int64) bool { return a < b }, ir.LE: func(a, b int64) bool { return a <= b },
		ir.GT: func(a, b int64) bool { return a > b }, ir.GE: func(a, b int64) bool { return a >= b },
		ir.ULT: func(a, b int64) bool { return uint64(a) < uint64(b) },
		ir.UGE: func(a, b int64) bool { return uint64(a) >= uint64(b) },
	}
	build := func(op ir.Op, typ ir.Type) *arm64.Compiled {
		tr := ir.NewTrace()
		fail, pass := tr.AddSnap(1), tr.AddSnap(2)
		tr.Guard(op, tr.SLoad(typ, 0), tr.SLoad(typ, 1), fail)
		tr.Emit(ir.Ins{Op: ir.LOOP})
		tr.Guard(ir.EQ, tr.KInt(0), tr.KInt(1), pass)
		c, err := arm64.Compile(tr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Free)
		return c
	}
	for op, f := range fcmp {
		c := build(op, ir.TFloat)
		for _, p := range fpairs {
			e, _ := runFrame(t, c, []interp.Value{interp.Float(p[0]), interp.Float(p[1])})
			if got := e.PC == 2; got != f(p[0], p[1]) {
				t.Errorf("float %v %v %v: passed=%v", p[0], op, p[1], got)
			}
		}
	}
	for op, f := range icmp {
		c := build(op, ir.TInt)
		for _, p := range ipairs {
			e, _ := runFrame(t, c, []interp.Value{interp.Int(p[0]), interp.Int(p[1])})
			if got := e.PC == 2; got != f(p[0], p[1]) {
				t.Errorf("int %v %v %v: passed=%v", p[0], op, p[1], got)
			}
		}
	}
}
