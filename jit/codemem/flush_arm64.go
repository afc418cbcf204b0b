//go:build linux

package codemem

import (
	"sync"

	"golang.org/x/sys/unix"
)

// arm64 has no coherence between data stores and instruction fetch: after
// writing code, clean the data cache and invalidate the instruction cache
// (flushICache), then make every other core drop instructions it may
// already have fetched at reused addresses (membarrier SYNC_CORE).

// flushICache makes n bytes of freshly written code at addr visible to
// instruction fetch: DC CVAU over each data-cache line, DSB ISH, IC IVAU
// over each instruction-cache line, DSB ISH, ISB (line sizes from CTR_EL0).
// Seal calls it. Implemented in flush_arm64.s (here rather than in
// jit/arm64, which imports codemem to load its traces).
//
//go:noescape
func flushICache(addr, n uintptr)

// Linux membarrier(2) commands (uapi/linux/membarrier.h).
const (
	membarrierPrivateExpeditedSyncCore         = 1 << 5
	membarrierRegisterPrivateExpeditedSyncCore = 1 << 6
)

var (
	membarrierOnce sync.Once
	membarrierOK   bool
)

// syncCores issues a core-serializing barrier on every thread of the
// process. Kernels or emulators without it (qemu-user) get none; the
// icache maintenance in flushICache is still broadcast to all cores.
func syncCores() {
	membarrierOnce.Do(func() {
		_, _, errno := unix.Syscall(unix.SYS_MEMBARRIER, membarrierRegisterPrivateExpeditedSyncCore, 0, 0)
		membarrierOK = errno == 0
	})
	if membarrierOK {
		_, _, _ = unix.Syscall(unix.SYS_MEMBARRIER, membarrierPrivateExpeditedSyncCore, 0, 0)
	}
}
