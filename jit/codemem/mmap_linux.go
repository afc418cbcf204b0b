package codemem

import (
	"errors"
	"runtime"

	"golang.org/x/sys/unix"
)

// This file holds the Linux system calls behind Block.

// errArch: only amd64 (coherent instruction fetch) and arm64 (flushICache)
// know how to make written code executable.
var errArch = errors.New("codemem: no instruction-cache support for " + runtime.GOARCH)

func pageSize() int { return unix.Getpagesize() }

func mapRW(size int) ([]byte, error) {
	if runtime.GOARCH != "amd64" && runtime.GOARCH != "arm64" {
		return nil, errArch
	}
	return unix.Mmap(-1, 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON)
}

func protectRX(mem []byte) error {
	return unix.Mprotect(mem, unix.PROT_READ|unix.PROT_EXEC)
}

func unmap(mem []byte) error { return unix.Munmap(mem) }
