package interp

// This file stands in for CPython's reference counting where files are
// concerned: CPython flushes a buffered writer the moment its last
// reference goes (so `open(p, "w").write(s)` followed by `open(p).read()`
// sees s) and flushes every file at exit. pyjit tracks the writers that
// hold unflushed data, weakly; before a file is opened it runs the
// collector and flushes the writers nobody references any more, and at
// exit it flushes them all. Descriptors of dropped files are closed the
// same way once many are open.

import (
	"runtime"
	"sync"
	"syscall"
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

// openFiles are the FileIO objects that own a descriptor, weakly, so
// that descriptors of files the program dropped without closing can be
// closed (CPython closes them on deallocation) before they run out.
var openFiles struct {
	sync.Mutex
	m         map[*fileIO]weak.Pointer[ioObject]
	threshold int
}

// minReapFiles is how many owned descriptors may be open before opening
// another one looks for dropped files.
const minReapFiles = 64

func trackFile(o *ioObject, st *fileIO) {
	openFiles.Lock()
	defer openFiles.Unlock()
	if openFiles.m == nil {
		openFiles.m = map[*fileIO]weak.Pointer[ioObject]{}
	}
	openFiles.m[st] = weak.Make(o)
}

func untrackFile(st *fileIO) {
	openFiles.Lock()
	delete(openFiles.m, st)
	openFiles.Unlock()
}

func manyOpenFiles() bool {
	openFiles.Lock()
	defer openFiles.Unlock()
	return len(openFiles.m) >= max(openFiles.threshold, minReapFiles)
}

// closeDeadFiles closes the descriptors of unreachable FileIO objects.
func closeDeadFiles() {
	openFiles.Lock()
	var dead []*fileIO
	for st, w := range openFiles.m {
		if w.Value() == nil {
			dead = append(dead, st)
			delete(openFiles.m, st)
		}
	}
	openFiles.threshold = 2 * len(openFiles.m)
	openFiles.Unlock()
	for _, st := range dead {
		if st.fd >= 0 && st.closefd {
			_ = syscall.Close(st.fd)
		}
		st.fd = -1
	}
}

// flushDeadWriters flushes the writers with unflushed data that the
// program can no longer reach, as CPython's deallocation would have, and
// when many descriptors are open closes those of dropped files.
func flushDeadWriters(t *Thread) {
	// Closing the descriptors of dropped files (closeDeadFiles) is off:
	// a descriptor the program closed itself may have been reused.
	pending, many := hasPending(), false
	if !pending {
		return
	}
	runtime.GC()
	for _, p := range takePending(false) {
		p.flush(t)
	}
	_ = many
}

// flushAllWriters flushes every writer with unflushed data (at exit).
func flushAllWriters(t *Thread) {
	for _, p := range takePending(true) {
		p.flush(t)
	}
}
