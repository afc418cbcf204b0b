// Package ir is pyjit's trace IR (after LuaJIT's lj_ir): the linear SSA
// form the recorder emits, its snapshots, printer and verifier, the
// optimizer passes (fold.go, cse.go, dce.go, loop.go; Optimize runs them)
// and the ISA-neutral half of the backends: register allocation
// (regalloc.go) and the exit layout (exitmap.go). jit/amd64 (and later
// jit/arm64) lower an allocated trace to machine code.
//
// It imports only jit/abi and the standard library; it knows nothing of
// Python objects beyond the slot layout (SlotSize...) and the tag
// constants the trace's builder gives it (Trace.Tags).
//
// # Instructions
//
// A Trace is a slice of Ins{Op, Type, A, B, Aux}; Ref indexes it (Ins[0]
// is a placeholder), negative Refs name interned constants (KINT, KFLOAT,
// KPTR). The op table (ops.go) says per op which operands are refs, what
// Aux means (slot, byte offset, snapshot, conversion), the type rule and
// the flags (guard, commutative, load, effect). Guards exit the trace when
// their condition is false (compares) or on signed overflow (ADDOV, ...);
// their Aux is the snapshot to exit with. SLOAD reads a slot's bits word
// (int, float, bool) or ref word (ptr); compiled code never writes slots.
// LOOP separates the peeled first iteration from the loop body; PHIs come
// last (see loop.go for their meaning).
//
// # Printed form
//
// String prints one line per instruction: ref, ">" for guards, type, op,
// operands (refs as 0003, constants as +2, 1.5, [IntTag]; #n a slot, @n
// an offset, Sn a snapshot), then one line per snapshot: index, resume
// pc, "loop" for the loop snapshot, slot:ref entries. The sum loop
// `while i < n: total += i * 2; i += 1` after Optimize:
//
//	---- TRACE IR
//	0001    ptr   SLOAD  #0
//	0002 >  ptr   EQ     0001   [IntTag] S0
//	0003    int   SLOAD  #0
//	...
//	0013 >  int   ADDOV  0003   +1     S3
//	0014 ------ LOOP ------------
//	0015 >  int   LT     0013   0006   S4
//	0016 >  int   MULOV  0013   +2     S5
//	0017 >  int   ADDOV  0012   0016   S6
//	0018 >  int   ADDOV  0013   +1     S7
//	0019    int   PHI    0012   0017
//	0020    int   PHI    0013   0018
//	---- TRACE SNAP
//	S0  pc=0
//	...
//	S7  pc=14  0:0013  2:0017
//
// # Snapshots
//
// A Snapshot holds the pc to resume at and the slots that differ from the
// frame at trace entry (sorted slot:ref entries; the ref's type selects
// the tag), plus a Frames list reserved for inlining. Unlisted slots are
// unchanged because compiled code never writes the frame.
//
// # Register allocation and exits
//
// See regalloc.go (linear scan, whole-interval spills to ctx.Scratch) and
// exitmap.go (what an exit stub writes where, and Restore).
package ir
