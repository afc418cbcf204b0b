// Package jit is pyjit's tracing JIT driver: it connects the interpreter
// (package interp, through the interp.JIT hook) with the trace IR
// (jit/ir) and the machine backend (jit/amd64 or jit/arm64).
//
// When a loop head gets hot, BackEdge records one iteration of the loop
// (recorder.go), optimizes and compiles it (trace.go), caches it by
// (code, head pc), and runs it; when a guard fails the exit's snapshot is
// written back into the frame (deopt.go) and the interpreter resumes at
// the snapshot's pc. hot.go holds the per-loop policy (abort back-off and
// blacklisting), abort.go the single table of abort reasons, stats.go the
// counters.
//
// # Recording
//
// The recorder does not hook the interpreter's dispatch loop: starting at
// the hot loop head it re-decodes the bytecode itself and follows one
// iteration symbolically, with the frame's current values as the concrete
// values that decide branch directions. Recording executes nothing, so an
// abort needs no undo. It handles unboxed ints, floats and bools and
// object references (recobj.go: a type guard compares the ref word with a
// tag's address or loads the object's type word), arithmetic including
// int // and % (recops.go), list and tuple indexing, UNPACK_SEQUENCE and
// scalar item stores (recseq.go), LOAD_GLOBAL, module and instance
// attributes from the inline caches (recglobal.go), builtin and math
// calls (reccall.go: float ** and math.sin & co. leave the trace for Go
// and re-enter, IR ops POW and CALLF) and inlined calls of Python
// functions and methods (recinline.go). Every guard's snapshot resumes
// *at* the instruction that made the assumption, with the stack as it was
// before it, so the interpreter simply redoes that instruction (with big
// ints after an overflow, raising after a division by zero, taking the
// other branch...); inside an inlined call it resumes before the
// outermost inlined CALL, and the interpreter redoes the call.
//
// Compiled code writes only scalar words: STORE writes the bits word of a
// list item or instance attribute after a guard that its ref word is
// already the tag of the new value's kind. Object references it loads
// are reachable from the slot copy, which Go keeps alive, so handing
// them back to Go at an exit (deopt.go, box) is safe.
//
// # Slots seen by compiled code
//
// A trace reads a private copy of the frame's slots followed by four
// virtual slots: for a range iterator its next value, remaining count
// and step; for a list or tuple iterator (or enumerate over one) the
// index and the sequence, and enumerate's count. The loop pass forwards
// slots only, so keeping the iterator position in slots makes it
// loop-carried like any local. Exits write the virtual slots back into
// the iterator.
//
// It imports interp, bytecode, jit/abi, jit/ir, jit/amd64 (on amd64 only),
// jit/arm64 (on arm64 only) and the standard library. On other architectures New returns a JIT that
// never compiles (backend_other.go).
package jit
