package jit

import (
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/pyjit/pyjit/jit/abi"
)

// With an interrupt reported as pending at every preempt exit, compiled
// loops leave through their loop-head exit and the interpreter re-enters
// them: the results must stay exactly CPython's. Garbage collections
// running meanwhile make the preempt exits happen.
func TestInterruptHeadExit(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	var polls atomic.Int64
	saved := abi.Interrupted
	abi.Interrupted = func() bool { polls.Add(1); return true }
	defer func() { abi.Interrupted = saved }()
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			default:
				runtime.GC()
			}
		}
	}()
	src := "def f():\n    x = 0.5\n    i = 0\n    n = 0\n    while i < 1000000:\n" +
		"        x = x * 0.5 + 1.0\n        n += i\n        i += 1\n    return x, i, n\n" +
		"def g():\n    k = 0\n    while True:\n        k += 1\n        if k > 500000:\n            return k\n" +
		"print(f(), g())\n"
	res := runJIT(t, src, 1)
	close(stop)
	<-done
	if want := cpython(t, src); res.stdout != want || res.status != 0 {
		t.Fatalf("stdout %q status %d, CPython %q (stderr %q)", res.stdout, res.status, want, res.stderr)
	}
	if len(res.traces) == 0 {
		t.Fatalf("no trace compiled; aborts %v", res.aborts)
	}
	if polls.Load() == 0 {
		t.Fatalf("no preempt exit asked for an interrupt")
	}
}
