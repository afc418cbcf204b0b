// Package abi defines the contract between Go and compiled trace code that
// both machine backends (jit/amd64, jit/arm64) share: the execution context
// passed to every trace, its field offsets, and the exit numbering.
//
// It imports nothing, so every JIT package may import it.
//
// # The execution context
//
// A trace is entered through the per-architecture trampoline
// (amd64.Call, arm64.Call) with one pointer argument, a *Context. The
// Context is allocated on the Go heap (NewContext) and is pointer-free: the
// garbage collector never scans it, and heap objects never move, so compiled
// code may keep its address in a register and write any of its words freely.
//
// Rules (JIT-NOTES.md, "GC hazards and the safe rule"):
//
//   - Compiled code never stores to a word the GC sees as a pointer, nil
//     included. Every field of Context is a uintptr or uint64 for that
//     reason. Object references live in Go-typed memory that compiled code
//     may read but never write.
//   - Slots is the address of the interpreter's slot array as a uintptr. The
//     Go caller must keep that array alive (reachable through a real pointer)
//     for the whole call; it may not be a goroutine stack address.
//   - StackGuard is &g.stackguard0 of the calling goroutine; the trampoline
//     stores it on every entry, because the goroutine (and so this address)
//     is only fixed for the duration of one call. Back-edge polls compare SP
//     with the word it points to and take the preempt exit when SP is at or
//     below it.
//   - Scratch is the spill area: traces use no machine stack.
//   - Aux carries extra words from an exit stub to Go (e.g. the operands of
//     a failed operation, or which helper to run); the exit number itself is
//     the trampoline's return value.
package abi

// ScratchWords is the size of the spill area in 64-bit words.
const ScratchWords = 64

// AuxWords is the number of words an exit stub can hand to Go in Aux.
const AuxWords = 4

// Context is the pointer-free block every trace receives. Field order is
// part of the ABI: the offsets below are baked into generated code, and a
// test checks them against unsafe.Offsetof.
type Context struct {
	// Slots is the base address of the frame's slot array.
	Slots uintptr
	// StackGuard is &g.stackguard0, written by the trampoline on entry.
	StackGuard uintptr
	// Aux holds values an exit stub passes back to Go.
	Aux [AuxWords]uint64
	// Scratch is the trace's spill area.
	Scratch [ScratchWords]uint64
}

// Byte offsets of the Context fields, for use as memory displacements in
// generated code.
const (
	OffSlots      = 0
	OffStackGuard = 8
	OffAux        = 16
	OffScratch    = OffAux + 8*AuxWords
	ContextSize   = OffScratch + 8*ScratchWords
)

// AuxOff returns the displacement of Aux[i].
func AuxOff(i int) int64 { return OffAux + 8*int64(i) }

// ScratchOff returns the displacement of Scratch[i].
func ScratchOff(i int) int64 { return OffScratch + 8*int64(i) }

// NewContext allocates a Context on the Go heap. Always use it (or another
// heap allocation) rather than a local variable: a Context on a goroutine
// stack could move between calls.
func NewContext() *Context { return new(Context) }

// Exit numbers below FirstTraceExit are reserved for conditions every
// backend shares; trace-specific guard exits are numbered from
// FirstTraceExit upward by the backend that emits them.
const (
	// ExitDone means the trace finished normally and wrote back its state.
	ExitDone = 0
	// ExitPreempt means a back-edge poll saw a preemption request (or an
	// interrupt): Go must call a non-nosplit function and re-enter at the
	// continuation entry point. Live state has been written back.
	ExitPreempt = 1
	// FirstTraceExit is the first number available to guard exits.
	FirstTraceExit = 2
	// ExitCallBase+k asks Go to compute call site k of the trace (a
	// float op the trace cannot do itself) from the operands in Aux and
	// to re-enter at that site's continuation with the result in Aux[0]
	// and Aux[2] zero, or non-zero when the site's guard must exit.
	ExitCallBase = 1 << 20
)

// PreemptPoint is what a driver calls when a trace returns ExitPreempt,
// before re-entering it. It must stay a non-inlined, non-leaf, non-nosplit
// Go function: its prologue compares SP with g.stackguard0 like every Go
// prologue, and when a preemption was requested that check diverts into
// morestack, where the runtime parks the goroutine for the GC or
// reschedules it. runtime.Gosched would not do: it is nosplit and livelocks
// with the GC's stack-scan requests (JIT-NOTES.md, "Why Gosched fails").
//
//go:noinline
func PreemptPoint() { preemptCallee() }

// preemptCallee exists so that PreemptPoint is not a leaf: the compiler
// may omit the stack check from small leaf functions.
//
//go:noinline
func preemptCallee() {}
