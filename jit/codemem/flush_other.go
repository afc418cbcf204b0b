//go:build !arm64 || !linux

package codemem

// amd64 keeps instruction fetch coherent with stores in hardware, so there
// is nothing to flush and no core to resynchronize. (Other architectures
// would need a flush; Alloc refuses them, see mmap_linux.go. On non-Linux
// hosts Alloc always fails.)

func flushICache(addr, n uintptr) {}

func syncCores() {}
