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
// values that decide branch directions. It supports only side-effect-free
// instructions on unboxed ints and floats (LOAD_FAST, STORE_FAST,
// LOAD_CONST, POP_TOP, SWAP, COPY, unary -, + and ~, BINARY_OP + - * & | ^
// and float /, COMPARE_OP fused with POP_JUMP_IF_*, truth tests, jumps and
// FOR_ITER over a range iterator at the head), so recording changes
// nothing and an abort needs no undo. Every guard's
// snapshot resumes *at* the instruction that made the assumption, with the
// stack as it was before it, so the interpreter simply redoes that
// instruction (with big ints after an overflow, raising after a division
// by zero, taking the other branch...).
//
// # Slots seen by compiled code
//
// A trace reads a private copy of the frame's slots followed by three
// virtual int slots holding the range iterator's next value, remaining
// count and step: the loop pass forwards slots only, so keeping the
// iterator position in slots makes it loop-carried like any local. Exits
// write the virtual slots back into the iterator.
//
// It imports interp, bytecode, jit/abi, jit/ir, jit/amd64 (on amd64 only),
// jit/arm64 (on arm64 only) and the standard library. On other architectures New returns a JIT that
// never compiles (backend_other.go).
package jit
