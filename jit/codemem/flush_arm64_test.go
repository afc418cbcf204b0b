//go:build linux

package codemem

import (
	"testing"
	"unsafe"
)

// TestFlushICache runs the cache-maintenance routine over empty, unaligned
// and multi-line ranges of ordinary memory (DC CVAU and IC IVAU work on any
// readable address). qemu cannot tell whether the flush is needed; this
// checks that it terminates and does not fault on any range shape.
func TestFlushICache(t *testing.T) {
	buf := make([]byte, 64<<10)
	base := uintptr(unsafe.Pointer(&buf[0]))
	for _, r := range [][2]uintptr{{0, 0}, {1, 1}, {3, 61}, {60, 8}, {0, 64 << 10}, {4095, 4098}} {
		flushICache(base+r[0], r[1])
	}
}
