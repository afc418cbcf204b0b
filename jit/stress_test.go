package jit

// Stress tests of compiled code inside the Go runtime (issue #10): traces
// run while the garbage collector works as hard as it can, while Go's CPU
// profiler sends SIGPROF, and while SIGINT arrives in the middle of a long
// compiled loop. Each program's output is compared with CPython's.

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	pprofile "github.com/google/pprof/profile"

	"github.com/pyjit/pyjit/interp"
)

// stressSrc mixes compiled int and float loops with allocation in the
// interpreter around them, so that collections happen between and during
// trace runs.
const stressSrc = `
def ints(n):
    total = 0
    for i in range(n):
        total += (i * 3) ^ (i & 7)
    return total

def floats(n):
    x = 0.5
    i = 0
    while i < n:
        x = x * 0.999 + 1.0
        i += 1
    return x

def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total

keep = []
for k in range(300):
    keep.append([ints(2000 + k), floats(500 + k), str(k) * 5, {k: [k] * 3}])
    if len(keep) > 50:
        keep.pop(0)
print(len(keep), keep[-1][0], keep[-1][1], keep[-1][2])
print(spin(3_000_000))
`

// stressPrograms returns the programs to run: stressSrc and the
// testdata/run/jit_*.py programs, with CPython's output for each.
func stressPrograms(t *testing.T) (srcs, wants []string) {
	t.Helper()
	srcs = append(srcs, stressSrc)
	files, _ := filepath.Glob("../testdata/run/jit_*.py")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	stressWants.Do(func() {
		for _, s := range srcs {
			stressWants.out = append(stressWants.out, cpython(t, s))
		}
	})
	if len(stressWants.out) != len(srcs) {
		t.Fatal("CPython's outputs are missing")
	}
	return srcs, stressWants.out
}

// stressWants caches CPython's outputs across the stress tests.
var stressWants struct {
	sync.Once
	out []string
}

// runStress runs the programs in turn for about a second (each at least
// once) and returns the number of runs.
func runStress(t *testing.T, srcs, wants []string) int {
	t.Helper()
	runs := 0
	for start := time.Now(); runs == 0 || time.Since(start) < time.Second; {
		for i, src := range srcs {
			res := runJIT(t, src, 1)
			runs++
			if res.status != 0 || res.stdout != wants[i] {
				t.Fatalf("program %d: status %d\n--- got\n%s\n--- want\n%s\n--- stderr\n%s", i, res.status, res.stdout, wants[i], res.stderr)
			}
			// stressSrc's loops compile on every backend; a testdata
			// program may use what one backend does not support yet.
			if i == 0 && res.jit.Stats.Compiled.Load() == 0 {
				t.Fatalf("program %d: nothing compiled", i)
			}
		}
	}
	return runs
}

// TestStressGC runs compiled traces with GOGC=1 and a goroutine that
// forces collections back to back: the collector must be able to stop
// the interpreter's goroutine inside long compiled loops (the back-edge
// preemption poll) and must never see a bad pointer.
func TestStressGC(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	srcs, wants := stressPrograms(t)
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var gcs int
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.NumGC
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			runtime.GC()
			gcs++
		}
	}()
	runs := runStress(t, srcs, wants)
	close(stop)
	wg.Wait()
	runtime.ReadMemStats(&ms)
	t.Logf("%d program runs, %d forced collections, %d in all", runs, gcs, ms.NumGC-before)
}

// TestStressCPUProfile runs compiled traces with Go's CPU profiler on:
// SIGPROF lands inside machine code, which the runtime must tolerate,
// and the profile must still be written and valid.
func TestStressCPUProfile(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	srcs, wants := stressPrograms(t)
	var buf bytes.Buffer
	if err := pprof.StartCPUProfile(&buf); err != nil {
		t.Skipf("CPU profiler busy: %v", err)
	}
	runs := runStress(t, srcs, wants)
	pprof.StopCPUProfile()
	p, err := pprofile.Parse(&buf)
	if err != nil {
		t.Fatalf("CPU profile: %v", err)
	}
	t.Logf("%d program runs, %d profile samples", runs, len(p.Sample))
}

// sigintSrcs loop in compiled code for seconds unless interrupted, and
// check on interruption that the state the trace left is one the loop
// really passes through. They install default_int_handler themselves:
// SIGINT may be ignored when the test was started in the background, and
// then pyjit (like CPython) leaves it ignored. All three leave through
// the trace's loop-head exit: a for loop over range, a while loop whose
// test comes after the loop-carried updates, and a loop with no guard.
var sigintSrcs = []string{`
import signal
signal.signal(signal.SIGINT, signal.default_int_handler)

def spin(n):
    total = 0
    i = -1
    try:
        for i in range(n):
            total += i
    except KeyboardInterrupt:
        print("interrupted", total == i * (i + 1) // 2, 0 < i < n)
        return
    print("finished")

try:
    spin(4_000_000_000)
finally:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
`, `
import signal
signal.signal(signal.SIGINT, signal.default_int_handler)

def spinf(n):
    x = 0.5
    i = 0
    try:
        while i < n:
            x = x + 0.5
            i += 1
    except KeyboardInterrupt:
        print("interrupted", x == 0.5 + 0.5 * i, 0 < i < n)
        return
    print("finished")

try:
    spinf(4_000_000_000)
finally:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
`, `
import signal
signal.signal(signal.SIGINT, signal.default_int_handler)

def spin_no_guard():
    # The trace has no guard at all: only the loop-head exit can stop it,
    # and it must hand back the loop's current x, not the entry value.
    x = 1.0
    try:
        while True:
            x = x * 0.5 + 0.25
    except KeyboardInterrupt:
        print("interrupted", x == 0.5, True)

try:
    spin_no_guard()
finally:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
`}

// TestStressSIGINT sends SIGINT while a compiled loop runs: the loop must
// stop with KeyboardInterrupt long before it would end (seconds of
// compiled code), in a consistent state. Traces only poll for
// preemption; the preempt exit must notice the pending signal and leave
// the trace (amd64/interrupt.go).
func TestStressSIGINT(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	for i, src := range sigintSrcs {
		var out, errs bytes.Buffer
		in := interp.NewInterpreter(&out, &errs)
		entered := make(chan struct{}, 1)
		j := New(Options{OnEvent: func(e Event) {
			if e.Kind == EvEnter {
				select {
				case entered <- struct{}{}:
				default:
				}
			}
		}})
		in.JIT, in.JITThreshold = j, 1
		done := make(chan int)
		go func() { done <- in.RunSource([]byte(src), "<test>") }()
		var status int
		select {
		case <-entered:
		case status = <-done:
			t.Fatalf("program %d ended before entering a trace: status %d, stderr %s", i, status, errs.String())
		}
		// Let the trace run, then interrupt it.
		time.Sleep(50 * time.Millisecond)
		sent := time.Now()
		if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		select {
		case status = <-done:
		case <-time.After(30 * time.Second):
			t.Fatalf("program %d did not stop within 30 s of SIGINT", i)
		}
		t.Logf("program %d stopped %v after SIGINT", i, time.Since(sent))
		if status != 0 || out.String() != "interrupted True True\n" {
			t.Errorf("program %d: status %d, stdout %q, stderr %q; want the loop interrupted in a consistent state", i, status, out.String(), errs.String())
		}
		if strings.Contains(errs.String(), "Traceback") {
			t.Errorf("program %d: stderr: %s", i, errs.String())
		}
	}
}
