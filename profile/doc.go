// Package profile is pyjit's sampling profiler of Python programs: at a
// fixed rate it records the Python call stack (function qualname, file,
// line) of the interpreter and writes the samples as a gzipped
// profile.proto (github.com/google/pprof/profile) that `go tool pprof`
// and every pprof viewer read.
//
// # How a sample is taken, and why
//
// Reading the interpreter's frame chain from another goroutine while the
// eval loop pushes and pops frames would be a data race. So the clock
// goroutine (clock.go) never touches frames: it only counts elapsed
// periods with interp.ProfileTick, which adds them to an atomic counter
// and raises the eval loop's existing "signal pending" flag (CPython's
// eval breaker). The interpreter checks that flag at loop back-edges and
// function entry, where it already looks for KeyboardInterrupt, and then
// calls Profiler.Sample on its own thread, which walks the frames into a
// preallocated buffer and adds the stack to a table of unique stacks.
// The cost with the profiler off is nothing new (the flag is already
// tested); at 100 Hz it is 100 stack walks a second.
//
// A tick is recorded at the next check after it fell, so time spent
// inside one long builtin call (sorted, a regular expression match) is
// attributed to the line the interpreter reaches next in the same frame
// or its caller, usually the loop around the call.
//
// # Compiled code
//
// Compiled traces do not test the flag. The JIT brackets every trace run
// with interp.EnterTrace/LeaveTrace; a tick that falls while a trace runs
// is counted apart and recorded when the trace leaves, with the frames as
// the trace's exit left them, a pseudo-frame "[jit trace N]" on top and
// the label jit=trace-N. Interpreted samples carry jit=interpreted, so
// `go tool pprof -tagfocus jit=interpreted` or `-tagignore` split the two.
//
// # Clocks
//
// ModeCPU (the default) counts periods of the process's CPU time
// (CLOCK_PROCESS_CPUTIME_ID, polled at the sampling rate), the semantics
// of setitimer(ITIMER_PROF) without taking the signal Go's own profiler
// uses, so --cpuprofile still works alongside. CPU time includes the
// garbage collector's threads, which is charged to the Python code that
// allocated. ModeWall counts periods of wall-clock time, so a program
// sleeping in time.sleep is sampled too.
//
// # Not recorded
//
// Allocation counts by Python function: pyjit's objects are allocated by
// Go's runtime, which offers no cheap per-allocation hook, and counting
// in every allocating path of the interpreter would cost more than the
// 5% budget. For allocation work on the interpreter itself, a Go heap
// profile of pyjit (runtime/pprof) is the tool.
//
// The package imports interp and github.com/google/pprof/profile.
package profile
