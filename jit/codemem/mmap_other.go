//go:build !linux

package codemem

import "errors"

// Only Linux is supported: macOS/arm64 would need MAP_JIT and
// pthread_jit_write_protect_np, which this package does not implement.

var errUnsupported = errors.New("codemem: executable memory is only implemented on linux")

func pageSize() int { return 4096 }

func mapRW(int) ([]byte, error) { return nil, errUnsupported }

func protectRX([]byte) error { return errUnsupported }

func unmap([]byte) error { return errUnsupported }
