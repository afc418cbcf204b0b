package pyjit_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pyjit/pyjit"
	"github.com/pyjit/pyjit/jit"
)

// spin is a hot loop over int locals: the JIT compiles it at the first
// back-edge with JITThreshold 1, and it never ends by itself.
const spin = `
def spin():
    i = 0
    try:
        while True:
            i += 1
    except KeyboardInterrupt:
        print("interrupted", i > 0)
        raise
`

func TestCancelHotJITLoop(t *testing.T) {
	if !jit.Available {
		t.Skip("no JIT backend on this architecture")
	}
	var out bytes.Buffer
	py, err := pyjit.New(pyjit.Options{JITThreshold: 1, Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := py.Exec(ctx, spin); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(ctx)
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err = py.Main().Call(ctx, "spin")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want KeyboardInterrupt wrapping context.Canceled", err)
	}
	var pe *pyjit.Error
	if !errors.As(err, &pe) || pe.Type != "KeyboardInterrupt" {
		t.Fatalf("got %#v", err)
	}
	if !strings.Contains(pe.Traceback, `line 5, in spin`) {
		t.Errorf("traceback does not point into the loop:\n%s", pe.Traceback)
	}
	if out.String() != "interrupted True\n" {
		t.Errorf("stdout %q", out.String())
	}
	t.Logf("returned %v after cancel", time.Since(start)-100*time.Millisecond)
}

// TestCancelJITLoopState checks that the frame a cancelled trace leaves
// is consistent: every local as the interpreter would have it at the
// same point (j == 2*i, f == i/2), and the loop was compiled and entered.
func TestCancelJITLoopState(t *testing.T) {
	if !jit.Available {
		t.Skip("no JIT backend on this architecture")
	}
	py, err := pyjit.New(pyjit.Options{JITThreshold: 1})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	src := `
def spin():
    i = 0
    j = 0
    f = 0.0
    try:
        while True:
            i += 1
            j = i * 2
            f += 0.5
    except KeyboardInterrupt:
        return (i, j, f)
`
	if err := py.Exec(ctx, src); err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 3; round++ {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Millisecond)
		v, err := py.Main().Call(ctx, "spin")
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		g, err := v.Go()
		if err != nil {
			t.Fatal(err)
		}
		tu := g.(pyjit.Tuple)
		i, j, f := tu[0].(int64), tu[1].(int64), tu[2].(float64)
		if i <= 0 || j != 2*i || f != float64(i)/2 {
			t.Errorf("round %d: i=%d j=%d f=%v", round, i, j, f)
		}
	}
	st := py.JITStats()
	if st.Compiled == 0 || st.Entries == 0 {
		t.Errorf("the loop did not run compiled: %+v", st)
	}
}

// TestCancelInterpreted covers the interpreter's back-edge check, a
// blocking sleep, a context that is already done, and that an interrupt
// does not leak into the next call.
func TestCancelInterpreted(t *testing.T) {
	py, err := pyjit.New(pyjit.Options{NoJIT: true})
	if err != nil {
		t.Fatal(err)
	}
	bg := context.Background()
	for _, src := range []string{"while True:\n    pass\n", "import time\ntime.sleep(60)\n",
		"def f():\n    return f()\ntry:\n    f()\nexcept RecursionError:\n    while 1: pass\n"} {
		ctx, cancel := context.WithTimeout(bg, 50*time.Millisecond)
		start := time.Now()
		err := py.Exec(ctx, src)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) || err.Error() != "KeyboardInterrupt" {
			t.Errorf("%q: got %v", src, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q: took %v", src, d)
		}
	}
	ctx, cancel := context.WithCancel(bg)
	cancel()
	if err := py.Exec(ctx, "x = 1"); err != context.Canceled {
		t.Errorf("cancelled context: got %v", err)
	}
	if _, ok := py.Main().Get("x"); ok {
		t.Error("code ran under a cancelled context")
	}
	// An Interrupt with nothing running hits the next call (as a signal
	// would), and only that one.
	py.Interrupt()
	if err := py.Exec(bg, "for i in range(10):\n    pass\n"); err == nil || err.Error() != "KeyboardInterrupt" || errors.Is(err, context.Canceled) {
		t.Errorf("pending Interrupt: got %v", err)
	}
	if err := py.Exec(bg, "for i in range(10):\n    pass\n"); err != nil {
		t.Errorf("after the interrupt: %v", err)
	}
}

// TestCancelNested cancels an outer call while a Go function it called is
// running Python code under its own context.
func TestCancelNested(t *testing.T) {
	py, err := pyjit.New(pyjit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	bg := context.Background()
	inner := &pyjit.Func{Name: "inner", Fn: func(a *pyjit.Args) (any, error) {
		// Runs until the outer context (a.Ctx) ends.
		return a.Py.Eval(a.Ctx, "sum(1 for _ in __import__('itertools').count())")
	}}
	py.Main().Set("inner", inner)
	ctx, cancel := context.WithTimeout(bg, 50*time.Millisecond)
	defer cancel()
	err = py.Exec(ctx, "try:\n    inner()\nexcept KeyboardInterrupt:\n    caught = True\n    raise\n")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v", err)
	}
	if v, ok := py.Main().Get("caught"); !ok || v.String() != "True" {
		t.Errorf("Python did not see KeyboardInterrupt through the Go function")
	}
}

// TestCancelJITLoopShapes cancels compiled loops whose first guard comes
// after a loop-carried update (a float stored before it) and loops with no
// guard at all: they leave through the loop-snapshot exit, with every
// local consistent.
func TestCancelJITLoopShapes(t *testing.T) {
	if !jit.Available {
		t.Skip("no JIT backend on this architecture")
	}
	py, err := pyjit.New(pyjit.Options{JITThreshold: 1})
	if err != nil {
		t.Fatal(err)
	}
	bg := context.Background()
	src := `
def floats():
    s = 0.0
    i = 0
    try:
        while i < 10**15:
            s += 0.5
            i += 1
    except KeyboardInterrupt:
        return s == i * 0.5 and i > 0
def endless():
    x = 1.0
    try:
        while True:
            x = x * 1.0
    except KeyboardInterrupt:
        return x == 1.0
def nothing():
    try:
        while True:
            pass
    except KeyboardInterrupt:
        return True
`
	if err := py.Exec(bg, src); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"floats", "endless", "nothing"} {
		for round := 0; round < 3; round++ {
			ctx, cancel := context.WithTimeout(bg, 30*time.Millisecond)
			v, err := py.Main().Call(ctx, name)
			cancel()
			if err != nil || v.String() != "True" {
				t.Errorf("%s round %d: %v %v", name, round, v, err)
			}
		}
	}
	if st := py.JITStats(); st.Compiled < 3 {
		t.Errorf("the loops did not all compile: %+v", st)
	}
}
