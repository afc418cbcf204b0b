//go:build !amd64

package amd64

import (
	"math"

	"github.com/pyjit/pyjit/jit/abi"
)

// Call exists on other architectures only so that the package builds
// there (its trace compiler and golden tests run on every host). amd64
// code cannot run on them: the exit number it returns belongs to no
// exit, so Restore reports an error instead of decoding garbage.
func Call(code uintptr, ctx *abi.Context) uint64 { return math.MaxUint64 }
