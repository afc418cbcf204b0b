package interp

// This file stands in for CPython's reference counting where files are
// concerned: CPython flushes a buffered writer the moment its last
// reference goes (so `open(p, "w").write(s)` followed by `open(p).read()`
// sees s) and flushes every file at exit. pyjit tracks the writers that
// hold unflushed data, weakly; before a file is opened it runs the
// collector and flushes the writers nobody references any more, and at
// exit it flushes them all.

import (
	"runtime"
	"sync"
	"weak"
)

// pendingWriter is a writer with unflushed data: obj is its Python
// object (weak, to learn when it is unreachable), flush passes the data
// on.
type pendingWriter struct {
	obj   weak.Pointer[ioObject]
	flush func(t *Thread)
	text  bool // text layers flush before buffered ones
}

var pendingWriters struct {
	sync.Mutex
	m map[any]pendingWriter
}

// notePending records that impl (a *textIO or *buffered owned by obj)
// holds unflushed data.
func notePending(obj *ioObject, impl any, flush func(t *Thread), text bool) {
	pendingWriters.Lock()
	defer pendingWriters.Unlock()
	if pendingWriters.m == nil {
		pendingWriters.m = map[any]pendingWriter{}
	}
	if _, ok := pendingWriters.m[impl]; !ok {
		pendingWriters.m[impl] = pendingWriter{obj: weak.Make(obj), flush: flush, text: text}
	}
}

// clearPending forgets impl once its data is flushed.
func clearPending(impl any) {
	pendingWriters.Lock()
	if pendingWriters.m != nil {
		delete(pendingWriters.m, impl)
	}
	pendingWriters.Unlock()
}

// takePending removes and returns the pending writers (only the
// unreachable ones unless all), text layers first.
func takePending(all bool) []pendingWriter {
	pendingWriters.Lock()
	defer pendingWriters.Unlock()
	var text, bin []pendingWriter
	for k, p := range pendingWriters.m {
		if !all && p.obj.Value() != nil {
			continue
		}
		delete(pendingWriters.m, k)
		if p.text {
			text = append(text, p)
		} else {
			bin = append(bin, p)
		}
	}
	return append(text, bin...)
}

func hasPending() bool {
	pendingWriters.Lock()
	defer pendingWriters.Unlock()
	return len(pendingWriters.m) > 0
}

// flushDeadWriters flushes the writers with unflushed data that the
// program can no longer reach, as CPython's deallocation would have.
func flushDeadWriters(t *Thread) {
	if !hasPending() {
		return
	}
	runtime.GC()
	for _, p := range takePending(false) {
		p.flush(t)
	}
}

// flushAllWriters flushes every writer with unflushed data (at exit).
func flushAllWriters(t *Thread) {
	for _, p := range takePending(true) {
		p.flush(t)
	}
}
