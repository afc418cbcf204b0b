package jit

import (
	"errors"
	"fmt"
	"sync"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/ir"
)

// DefaultThreshold is the back-edge count that makes a loop hot when the
// command line does not choose one.
const DefaultThreshold = 500

// Per-loop policy. A loop whose recording aborts maxAborts times, or
// that needed maxTraces traces, is blacklisted. A trace that exits
// maxShortExits times in a row before completing one iteration is dropped
// and re-recorded (e.g. a local changed type for good: an int became a
// float).
const (
	maxAborts     = 3
	maxTraces     = 4
	maxShortExits = 3
	maxLoopExits  = 16
)

// Options configures a JIT.
type Options struct {
	// Passes selects the optimizer passes (default: all).
	Passes *ir.Options
	// OnTrace, if set, is called with every compiled trace (tests).
	OnTrace func(*Trace)
	// OnAbort, if set, is called with every abort (tests).
	OnAbort func(co *interp.CodeObject, head int, reason Abort, detail string)
	// OnEvent, if set, observes every JIT event (diagnostics); it runs on
	// the interpreter's thread and must not call back into the JIT.
	OnEvent func(Event)
}

type loopKey struct {
	code *interp.CodeObject
	head int
}

type loopState struct {
	trace     *Trace
	aborts    int
	traces    int
	loopExits int
}

// JIT is the tracing JIT; it implements interp.JIT.
type JIT struct {
	Stats Stats

	opts    Options
	mu      sync.Mutex
	loops   map[loopKey]*loopState
	traceID int
}

// New returns a JIT with no traces.
func New(o Options) *JIT {
	return &JIT{opts: o, loops: make(map[loopKey]*loopState)}
}

var _ interp.JIT = (*JIT)(nil)

// BackEdge implements interp.JIT: it records and compiles the loop at
// head if it has no trace yet, then runs the trace.
func (j *JIT) BackEdge(t *interp.Thread, f *interp.Frame, head int) (act interp.JITAction) {
	key := loopKey{f.Code(), head}
	j.mu.Lock()
	ls := j.loops[key]
	if ls == nil {
		ls = &loopState{}
		j.loops[key] = ls
	}
	tr := ls.trace
	spent := ls.traces >= maxTraces
	j.mu.Unlock()
	if tr == nil && spent {
		j.Stats.Blacklisted.Add(1)
		j.emit(Event{Kind: EvBlacklist, Code: key.code, Head: head})
		return interp.JITBlacklist
	}
	if tr == nil {
		var err error
		if tr, err = j.build(t, f, head); err != nil {
			return j.aborted(key, ls, err)
		}
		j.mu.Lock()
		ls.trace = tr
		ls.traces++
		j.mu.Unlock()
	}
	j.Stats.Entries.Add(1)
	j.emit(Event{Kind: EvEnter, Code: key.code, Head: head, Trace: tr})
	interp.EnterTrace(tr.ID) // for the profiler's attribution
	ex, err := enter(tr, t, f, t.InterruptRequested)
	interp.LeaveTrace(t, tr.ID)
	if err != nil {
		// The frame is unchanged: let the interpreter go on, and forget
		// a trace that cannot be entered.
		j.drop(ls, tr)
		j.emit(Event{Kind: EvDrop, Code: key.code, Head: head, Trace: tr, Detail: err.Error()})
		return interp.JITContinue
	}
	j.Stats.Exits.Add(1)
	j.emit(Event{Kind: EvExit, Code: key.code, Head: head, Trace: tr, Guard: int(ex.guard), PC: int(ex.pc), Short: ex.short})
	j.mu.Lock()
	stale := false
	if ex.short {
		tr.shortExits++
		stale = tr.shortExits >= maxShortExits
	} else {
		tr.shortExits = 0
	}
	j.mu.Unlock()
	if stale {
		j.drop(ls, tr)
		j.emit(Event{Kind: EvDrop, Code: key.code, Head: head, Trace: tr, Detail: "exits before completing an iteration"})
	}
	return interp.JITResumed
}

// drop forgets tr so that the loop is recorded again (or blacklisted
// once it used up its traces).
func (j *JIT) drop(ls *loopState, tr *Trace) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if ls.trace == tr {
		ls.trace = nil
		j.Stats.Invalidated.Add(1)
		// The machine code is not freed: another goroutine may still
		// be inside it (codemem's Enter/Leave would make Free safe, but
		// traces are small and invalidation is rare).
	}
}

// aborted counts an abort and decides between backing off and
// blacklisting.
func (j *JIT) aborted(key loopKey, ls *loopState, err error) interp.JITAction {
	var ae *abortError
	if !errors.As(err, &ae) {
		ae = &abortError{Reason: AbortCompile, Detail: err.Error()}
	}
	j.Stats.Aborts[ae.Reason].Add(1)
	if j.opts.OnAbort != nil {
		j.opts.OnAbort(key.code, key.head, ae.Reason, ae.Detail)
	}
	j.emit(Event{Kind: EvAbort, Code: key.code, Head: key.head, Reason: ae.Reason, Detail: ae.Detail})
	j.mu.Lock()
	if ae.Reason == AbortLoopExit && ls.loopExits < maxLoopExits {
		// The loop was at its last iteration: record the next one,
		// without counting this against the loop (unless it keeps
		// happening: a loop of one iteration).
		ls.loopExits++
		j.mu.Unlock()
		return interp.JITRetry
	}
	ls.aborts++
	black := ls.aborts >= maxAborts || ls.traces >= maxTraces || ae.Reason == AbortNoBackend
	j.mu.Unlock()
	if black {
		j.Stats.Blacklisted.Add(1)
		j.emit(Event{Kind: EvBlacklist, Code: key.code, Head: key.head})
		return interp.JITBlacklist
	}
	return interp.JITContinue
}

// build records and compiles the loop at head. A panic in the recorder,
// optimizer or backend (a bug) becomes an abort: nothing has touched the
// frame yet.
func (j *JIT) build(t *interp.Thread, f *interp.Frame, head int) (tr *Trace, err error) {
	defer func() {
		if r := recover(); r != nil {
			tr, err = nil, abort(AbortCompile, "internal error: %v", r)
		}
	}()
	j.Stats.Recorded.Add(1)
	j.emit(Event{Kind: EvRecord, Code: f.Code(), Head: head})
	rec, err := record(t, f, head, interpTags())
	if err != nil {
		return nil, err
	}
	passes := ir.AllPasses
	if j.opts.Passes != nil {
		passes = *j.opts.Passes
	}
	tr, err = compile(f.Code(), head, rec, passes)
	if err != nil {
		return nil, err
	}
	j.Stats.Compiled.Add(1)
	j.traceID++
	tr.ID = j.traceID
	if j.opts.OnTrace != nil {
		j.opts.OnTrace(tr)
	}
	j.emit(Event{Kind: EvCompile, Code: f.Code(), Head: head, Trace: tr})
	return tr, nil
}

// Traces returns a description of every cached trace (debugging).
func (j *JIT) Traces() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	var out []string
	for k, ls := range j.loops {
		if ls.trace != nil {
			out = append(out, fmt.Sprintf("%s@%d", k.code.Name(), k.head))
		}
	}
	return out
}
