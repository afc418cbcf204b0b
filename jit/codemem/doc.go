// Package codemem provides executable memory for JIT-compiled code under a
// strict W^X discipline: a Block is mapped read-write, filled, then sealed
// read-execute. It is never writable and executable at the same time.
//
// It may import golang.org/x/sys/unix and the standard library (the arm64
// instruction-cache flush is its own assembly, flush_arm64.s); it knows
// nothing about Python values or the trace IR.
//
// # Life cycle
//
//	b, err := codemem.Alloc(len(code)) // mmap RW, not executable
//	err = b.Write(code)                // append bytes at the write cursor
//	err = b.Seal()                     // arm64: flush caches; mprotect RX
//	if b.Enter() {                     // pin: b cannot be unmapped now
//		exit := amd64.Call(b.Addr()+entry, ctx)
//		b.Leave()
//	}
//	b.Free()                           // unmapped once no caller is inside
//
// # The lifetime rule
//
// Go cannot see machine code that runs from mmap'd pages, so nothing keeps
// those pages mapped while a goroutine executes them. The rule is: every
// call into a Block's code is bracketed by Enter and Leave, and code is
// only reachable through that Block. Free retires the Block at once (every
// later Enter fails, so callers fall back to the interpreter) and the pages
// are unmapped by whichever of Free or the last Leave sees the user count
// reach zero. Enter/Leave are two atomic operations, cheap enough for every
// trace entry.
//
// Published code is never patched in place: to change code, assemble a new
// Block and publish its address atomically, then Free the old one. That
// also keeps arm64's cross-core instruction-cache rules simple (see
// JIT-NOTES.md): pages are only executed after Seal has flushed them.
package codemem
