package jit

// This file defines the JIT's events: what diagnostics (pyjit
// --trace-jit) observe. The JIT never prints; it reports each event to
// Options.OnEvent when that is set.

import "github.com/pyjit/pyjit/interp"

// EventKind says what happened.
type EventKind uint8

// Event kinds.
const (
	EvRecord    EventKind = iota // a hot loop starts recording
	EvCompile                    // a trace was compiled (Trace set)
	EvAbort                      // a recording aborted (Reason, Detail)
	EvBlacklist                  // a loop will not be recorded again
	EvEnter                      // a trace is entered (Trace set)
	EvExit                       // a trace exited at a guard (Trace, Guard, PC, Short)
	EvDrop                       // a trace was dropped for failing at entry
)

var eventNames = [...]string{"record", "compile", "abort", "blacklist", "enter", "exit", "drop"}

func (k EventKind) String() string {
	if int(k) < len(eventNames) {
		return eventNames[k]
	}
	return "event?"
}

// Event is one JIT event.
type Event struct {
	Kind EventKind
	// Code and Head identify the loop (its head's word index).
	Code *interp.CodeObject
	Head int
	// Trace is the trace concerned (EvCompile, EvEnter, EvExit, EvDrop).
	Trace *Trace
	// Reason and Detail explain an abort.
	Reason Abort
	Detail string
	// Guard is the IR reference of the guard that exited, PC the
	// bytecode word index the interpreter resumes at, and Short whether
	// the exit came before one full iteration.
	Guard int
	PC    int
	Short bool
}

func (j *JIT) emit(e Event) {
	if j.opts.OnEvent != nil {
		j.opts.OnEvent(e)
	}
}
