package interp

// This file is the whole of what the interpreter knows about the sampling
// profiler (package profile). The profiler's clock goroutine never reads
// the interpreter's frames (that would race with the eval loop); it only
// counts ticks in atomics and raises the eval loop's existing
// pending-signal flag, like CPython's eval breaker. The interpreter's own
// thread then records its stack at its next check (signalCheck: loop
// back-edges and function entry) by calling the Sampler.
//
// Compiled traces do not check the flag. The JIT publishes the trace it
// runs (EnterTrace/LeaveTrace around each trace run); ticks that fall
// while a trace runs are counted separately and recorded, labelled with
// the trace, when it leaves. With no profiler the cost is the JIT's two
// atomic stores and one load per trace run.

import "sync/atomic"

// Sampler receives the samples the interpreter takes of its own stack.
type Sampler interface {
	// Sample is called on the interpreter's thread with the number of
	// clock ticks that fell since the last sample and, if they fell while
	// a compiled trace ran, the trace's ID (0: interpreted). t's frames
	// (CurrentFrame, Frame.Back) are stable during the call. It must not
	// panic or run Python code.
	Sample(t *Thread, ticks int64, trace int)
}

type profHook struct {
	in *Interpreter
	s  Sampler
}

var (
	// profiler is the active sampler (nil: not profiling).
	profiler atomic.Pointer[profHook]
	// profTicks counts ticks the eval loop has not recorded yet.
	profTicks atomic.Int64
	// jitTicks counts ticks that fell while runningTrace was set.
	jitTicks atomic.Int64
	// runningTrace is the ID of the compiled trace running now, 0 if none.
	runningTrace atomic.Int64
)

// StartSampling makes in's main thread report its stack to s whenever
// ProfileTick has been called. One interpreter per process is sampled.
func StartSampling(in *Interpreter, s Sampler) {
	profTicks.Store(0)
	jitTicks.Store(0)
	profiler.Store(&profHook{in: in, s: s})
}

// StopSampling stops reporting samples; ticks not yet recorded are
// dropped.
func StopSampling() {
	profiler.Store(nil)
	profTicks.Store(0)
	jitTicks.Store(0)
}

// ProfileTick records that n sampling periods elapsed. It may be called
// from any goroutine; the interpreter records the samples on its own
// thread soon after.
func ProfileTick(n int64) {
	if runningTrace.Load() != 0 {
		jitTicks.Add(n)
		return
	}
	profTicks.Add(n)
	anyTripped.Store(true)
}

// EnterTrace tells the profiler that the current thread starts running
// compiled trace id (> 0). The JIT calls it just before entering machine
// code.
func EnterTrace(id int) { runningTrace.Store(int64(id)) }

// LeaveTrace tells the profiler that trace id stopped running, and
// records the ticks that fell while it ran (with t's frames as they are
// after the trace's exit restored them).
func LeaveTrace(t *Thread, id int) {
	runningTrace.Store(0)
	if jitTicks.Load() == 0 {
		return
	}
	n := jitTicks.Swap(0)
	if h := profiler.Load(); h != nil && n > 0 && t != nil && h.in == t.in {
		h.s.Sample(t, n, id)
	}
}

// profileSample records the pending interpreted ticks; signalCheck calls
// it on the main thread.
func profileSample(t *Thread) {
	n := profTicks.Swap(0)
	if h := profiler.Load(); h != nil && n > 0 && h.in == t.in {
		h.s.Sample(t, n, 0)
	}
}

// CurrentFrame returns the innermost Python frame running on t (nil when
// none); the profiler walks the stack from it.
func (t *Thread) CurrentFrame() *Frame { return t.frame }

// Back returns the frame that called f (nil for the outermost frame).
func (f *Frame) Back() *Frame { return f.back }
