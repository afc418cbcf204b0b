//go:build !amd64 && !arm64

package jit

import (
	"errors"

	"github.com/pyjit/pyjit/jit/abi"
	"github.com/pyjit/pyjit/jit/ir"
)

// native is empty: there is no backend for this architecture.
type native struct{}

// Available reports whether this architecture has a JIT backend.
const Available = false

func compileNative(*ir.Trace) (*native, error) { return nil, abort(AbortNoBackend, "") }

func (*native) run(*abi.Context, func() bool) (int32, ir.Ref, []ir.SlotValue, error) {
	return 0, 0, nil, errors.New("jit: no backend")
}

func (*native) free() {}

func (*native) disasm() string { return "" }
